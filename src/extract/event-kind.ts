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
  election: 'election', elect: 'election', vote: 'election', referendum: 'election', ballot: 'election',
  strike: 'strike', walkout: 'strike', stoppage: 'strike',
  recall: 'recall',
};

/** The same, as a map: a plain object would answer "constructor" with Object itself. */
const EVENT_KINDS = new Map(Object.entries(EVENT_LEMMAS));

/** Every kind of happening a word can name (not `statement` or `other`). */
export const HAPPENING_KINDS: ReadonlySet<string> = new Set(EVENT_KINDS.values());

/** Words that make a "strike" an act of war ("a missile strike", "simulated strikes"), not a walkout. */
const ARMED_STRIKE = /^(?:air|missile|drone|rocket|artillery|military|nuclear|precision|pre-?emptive|retaliatory|simulated|surgical|naval|strategic)$/i;

/**
 * "strike" as a noun is a walkout unless a word before it arms it; the verb ("could strike any
 * target") names no happening.
 */
function strikeKind(tokens: readonly Token[], index: number): EventKind | undefined {
  if (tokens[index]!.pos !== 'NOUN') return undefined;
  const before = tokens[index - 1];
  return before && ARMED_STRIKE.test(before.text) ? 'attack' : 'strike';
}

/** "walked off the job" and "walked out" (not "walked out of the talks") are a strike; other walking is nothing. */
function walkoutKind(tokens: readonly Token[], index: number): EventKind | undefined {
  const next = tokens.slice(index + 1, index + 4).map((token) => token.lemma);
  if (next[0] === 'off' && (next[1] === 'job' || (next[1] === 'the' && next[2] === 'job'))) return 'strike';
  if (next[0] === 'out' && next[1] !== 'of') return 'strike';
  return undefined;
}

/** "called back 84,000 SUVs" is a recall; "called back later" is not. */
function callBackKind(tokens: readonly Token[], index: number): EventKind | undefined {
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  return tokens[index]!.pos === 'VERB' && next?.lemma === 'back' && after !== undefined && (after.pos === 'NUM' || after.pos === 'DET' || after.pos === 'NOUN' || after.pos === 'PRON') ? 'recall' : undefined;
}

/** "recalling 84,000 cars" and "the recall" are a recall; "recalled that …", "recalls how …" remember. */
function recallKind(tokens: readonly Token[], index: number): EventKind | undefined {
  if (tokens[index]!.pos === 'NOUN') return 'recall';
  const next = tokens[index + 1];
  return next && /^(?:that|how|when|what|why|being|seeing|his|her|their|my|our)$/i.test(next.text) ? undefined : 'recall';
}

/** Lemmas whose kind depends on the words around them in a sentence. */
const READ_IN_CONTEXT = new Map<string, (tokens: readonly Token[], index: number) => EventKind | undefined>([
  ['strike', strikeKind],
  ['walk', walkoutKind],
  ['call', callBackKind],
  ['recall', recallKind],
]);

/** The kind of happening a lemma names out of context; a "strike" (what an ordinal ranks) is a walkout. */
export function eventKindOf(lemma: string): EventKind | undefined {
  return EVENT_KINDS.get(lemma);
}

/**
 * The kind of happening a sentence reports: the thing an ordinal ranks when it is an event
 * ("first deployment"), otherwise the first event word in the sentence.
 */
export function detectEventKind(tokens: readonly Token[], rankedThings: readonly string[]): EventKind {
  for (const thing of rankedThings) {
    const kind = eventKindOf(thing);
    if (kind) return kind;
  }
  for (const [index, token] of tokens.entries()) {
    if (token.pos !== 'NOUN' && token.pos !== 'VERB') continue;
    const inContext = READ_IN_CONTEXT.get(token.lemma);
    const kind = inContext ? inContext(tokens, index) : EVENT_KINDS.get(token.lemma);
    if (kind) return kind;
  }
  return 'other';
}
