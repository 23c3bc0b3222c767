import type { EventKind } from '../types.js';
import type { Token } from './nlp.js';

/** Lemmas that name a kind of happening. Order matters only within a sentence: the first hit wins. */
const EVENT_LEMMAS: Record<string, EventKind> = {
  drill: 'drill', exercise: 'drill', training: 'drill', maneuver: 'drill', manoeuvre: 'drill', wargame: 'drill',
  deploy: 'deployment', deployment: 'deployment', dispatch: 'deployment', send: 'deployment', station: 'deployment', redeploy: 'deployment',
  land: 'landing', landing: 'landing', touchdown: 'landing',
  meet: 'meeting', meeting: 'meeting', talk: 'meeting', summit: 'meeting', dialogue: 'meeting', convene: 'meeting', gathering: 'meeting', conference: 'meeting',
  visit: 'visit', trip: 'visit', travel: 'visit', arrive: 'visit', tour: 'visit',
  launch: 'launch', fire: 'launch', test: 'launch',
  attack: 'attack', bombing: 'attack', shooting: 'attack', assault: 'attack', airstrike: 'attack', raid: 'attack', shell: 'attack',
  earthquake: 'disaster', quake: 'disaster', tremor: 'disaster', aftershock: 'disaster', flood: 'disaster', flooding: 'disaster', storm: 'disaster',
  hurricane: 'disaster', typhoon: 'disaster', wildfire: 'disaster', explosion: 'disaster', eruption: 'disaster', derailment: 'disaster', crash: 'disaster',
  agree: 'agreement', agreement: 'agreement', deal: 'agreement', treaty: 'agreement', sign: 'agreement',
  arrest: 'arrest', detain: 'arrest', indict: 'arrest',
  election: 'election', vote: 'election', referendum: 'election', ballot: 'election',
};

export function eventKindOf(lemma: string): EventKind | undefined {
  return EVENT_LEMMAS[lemma];
}

/**
 * The kind of happening a sentence reports: the thing an ordinal ranks when it is an event
 * ("first deployment"), otherwise the first event word in the sentence.
 */
export function detectEventKind(tokens: readonly Token[], rankedThings: readonly string[]): EventKind {
  for (const thing of rankedThings) {
    const kind = EVENT_LEMMAS[thing];
    if (kind) return kind;
  }
  for (const token of tokens) {
    if (token.pos !== 'NOUN' && token.pos !== 'VERB') continue;
    const kind = EVENT_LEMMAS[token.lemma];
    if (kind) return kind;
  }
  return 'other';
}
