import nlp from 'compromise';
import type { Entity, EntityType, Span } from '../types.js';
import { isMonthOrWeekday } from '../util/dates.js';
import { isKnownWord, isKnownWordForm, synsetsOf } from '../lexicon/wordnet.js';
import type { Token } from './nlp.js';
import type { Sentence } from './sentences.js';
import { EQUIPMENT, GAZETTEER_PATTERN, ORGANIZATION_HEADS, PERSON_TITLES, countryKey, gazetteerKey, placeKey } from './gazetteer.js';

const PLACE_HEADS = new Set('island islands peninsula sea strait province region city county base bay gulf river mountains valley district'.split(' '));
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);
/** Acronyms compromise takes for organisations that are not. */
const NOT_ORGANIZATIONS = new Set(['ICBM', 'ICBMs', 'SLBM', 'IRBM', 'SRBM', 'THAAD', 'GDP', 'CEO', 'IST', 'GMT', 'UTC', 'AI', 'PM', 'AM']);

/** `person:` key: lower-case, titles, dots and hyphens dropped, words sorted, so word order and hyphenation do not matter. */
export function personKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/\./g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !NAME_SUFFIXES.has(word) && !PERSON_TITLES.has(word));
  return words.sort().join(' ');
}

function organizationKey(name: string): string {
  return gazetteerKey(name).replace(/^the /, '').replace(/-/g, ' ');
}

/** Equipment key: lower-case designation ("b-52h"). */
export function equipmentKey(name: string): string {
  return name.toLowerCase();
}

/** The designation family: "b-52h" → "b-52", so a B-52H is a kind of B-52. */
export function equipmentFamily(id: string): string {
  return id.replace(/^(equipment:[a-z/]+-\d+)[a-z]*$/, '$1');
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Article-level memory of the people already named, so "Caine" resolves to "Dan Caine". */
export class PersonMemory {
  private readonly byWord = new Map<string, string>();

  remember(id: string): void {
    for (const word of id.slice('person:'.length).split(' ')) this.byWord.set(word, id);
  }

  resolve(name: string): string | undefined {
    const key = personKey(name);
    return key.includes(' ') ? undefined : this.byWord.get(key);
  }
}

interface Run {
  tokens: Token[];
  /** The word before the run, lower-case without dots; a title there announces a person. */
  before: string;
}

/** Maximal runs of capitalised words, split at titles; "of" may join two capitalised words. */
function properNameRuns(sentence: Sentence, covered: Span[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  let before = '';
  const flush = () => {
    while (current.length > 0 && /^(?:of|-)$/.test(current.at(-1)!.text)) current.pop();
    if (current.length > 0) runs.push({ tokens: current, before });
    current = [];
  };
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const word = token.text.toLowerCase().replace(/\.$/, '');
    const isCovered = covered.some((span) => overlaps(span, token.span));
    const glued = current.length > 0 && token.span[0] === current.at(-1)!.span[1];
    const capital = isCapitalised(token) && !isCovered && (token.pos === 'PROPN' || (index > 0 && !token.stopWord) || PERSON_TITLES.has(word));
    if (PERSON_TITLES.has(word) && isCapitalised(token)) {
      // "Foreign Minister", "Vice President": capitalised words right before a title belong to it.
      if (current.length > 0 && current.at(-1)!.span[1] + 1 >= token.span[0]) current = [];
      flush();
      before = word;
      // "Secretary of Defense Lloyd Austin", "Chief of Staff General …": the "of" part is the office.
      while (tokens[index + 1]?.text === 'of' && tokens[index + 2] && isCapitalised(tokens[index + 2]!) && tokens[index + 3] && isCapitalised(tokens[index + 3]!)) index += 2;
      continue;
    }
    if (capital) {
      current.push(token);
      continue;
    }
    const next = tokens[index + 1];
    const joinsName =
      current.length > 0 &&
      next !== undefined &&
      isCapitalised(next) &&
      ((token.text === '-' && glued && next.span[0] === token.span[1]) || (word === 'of' && !covered.some((span) => overlaps(span, next.span))));
    const lowerHyphenPart = current.length > 0 && glued && /^-?\p{Ll}+$/u.test(token.text) && current.at(-1)!.text === '-';
    if (joinsName || lowerHyphenPart || (token.text === '-' && glued && next && next.span[0] === token.span[1] && /^\p{Ll}/u.test(next.text))) {
      current.push(token);
      continue;
    }
    flush();
    before = word;
  }
  flush();
  return runs;
}

function runText(text: string, run: Run): { text: string; span: Span } {
  const span: Span = [run.tokens[0]!.span[0], run.tokens.at(-1)!.span[1]];
  return { text: text.slice(span[0], span[1]), span };
}

const LOCATIVES = new Set(['in', 'near', 'at', 'outside', 'around']);
/** Verbs of a disaster striking somewhere: "an earthquake hit Halvik". */
export const STRIKING_VERBS = new Set(['hit', 'hits', 'struck', 'strikes', 'rocked', 'rocks', 'shook', 'shakes', 'jolted', 'jolts', 'battered', 'batters', 'lashed', 'lashes', 'ravaged', 'ravages', 'devastated', 'flooded']);
const DISASTER = /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|wildfires?|tsunamis?)\b/i;
const SEASONS_AND_HOLIDAYS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter', 'ramadan']);

type NameKind = 'person' | 'place' | 'organization' | undefined;
const nameKinds = new Map<string, NameKind>();
/** Names are few and repeat across articles; past this many the cache starts afresh. */
const NAME_CACHE_LIMIT = 100_000;

/**
 * Asks compromise whether a proper name is a person, a place or an organisation. It reads the name
 * alone (not its sentence), which is far cheaper and lets answers be cached across articles.
 */
function classifyName(name: string): NameKind {
  if (nameKinds.has(name)) return nameKinds.get(name);
  const doc = nlp(name);
  const kind: NameKind = doc.people().found ? 'person' : doc.places().found ? 'place' : doc.organizations().found ? 'organization' : undefined;
  if (nameKinds.size >= NAME_CACHE_LIMIT) nameKinds.clear();
  nameKinds.set(name, kind);
  return kind;
}

/**
 * Words an article writes as a name of one word inside a sentence, with no article before it:
 * "shares of Apple rose", "Amazon said" after a comma. Lower-case. WordNet knows "apple" and
 * "amazon" as common words, so only such use tells the name apart from the word ("Officials said",
 * "the South").
 */
export function namesWrittenBare(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of sentences) {
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!;
      const before = tokens[index - 1]!;
      const after = tokens[index + 1];
      if (token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || isCapitalised(before) || (after && isCapitalised(after))) continue;
      // After an article or a determiner it is a word with a capital ("the South"); after an opening quote or a colon a sentence starts.
      if (before.pos === 'DET' || before.pos === 'PRON' || /^[\p{Pi}\p{Ps}"':;.!?—–-]$/u.test(before.text)) continue;
      const word = token.text.toLowerCase();
      // Adjectives with a capital ("European", "Western") describe; they do not name.
      if (!isMonthOrWeekday(word) && !SEASONS_AND_HOLIDAYS.has(word) && !PERSON_TITLES.has(word) && synsetsOf(word, ['a']).length === 0) names.add(word);
    }
  }
  return names;
}

/**
 * Finds the entities of one sentence: equipment by designation, countries and places from the
 * gazetteer, then people and organisations from proper-name runs (titles, head words, compromise).
 * `bareNames` (namesWrittenBare of the article) are names though WordNet knows them as words.
 */
export function extractEntities(sentence: Sentence, text: string, people: PersonMemory, bareNames: ReadonlySet<string>): Entity[] {
  const entities: Entity[] = [];
  const add = (entityText: string, span: Span, type: EntityType, id: string) => {
    // A name made only of a title or suffix ("Sr", "Gen.") has no key left: not an entity.
    if (id.slice(id.indexOf(':') + 1).trim() === '') return;
    entities.push({ text: entityText, span, type, id });
  };
  const offset = sentence.span[0];

  for (const match of sentence.text.matchAll(EQUIPMENT)) {
    const span: Span = [offset + match.index!, offset + match.index! + match[0].length];
    add(match[0], span, 'equipment', `equipment:${equipmentKey(match[0])}`);
  }
  for (const match of sentence.text.matchAll(GAZETTEER_PATTERN)) {
    const name = match[0].replace(/['’]s?$/u, '');
    const span: Span = [offset + match.index!, offset + match.index! + name.length];
    if (entities.some((entity) => overlaps(entity.span, span))) continue;
    const country = countryKey(name);
    if (country) add(name, span, 'country', `country:${country}`);
    else add(name, span, 'place', `place:${placeKey(name) ?? gazetteerKey(name)}`);
  }

  for (const run of properNameRuns(sentence, entities.map((entity) => entity.span))) {
    const { text: name, span } = runText(text, run);
    const words = name.toLowerCase().replace(/\./g, '').split(/[\s-]+/);
    const head = words.at(-1) ?? '';
    if (NOT_ORGANIZATIONS.has(name)) continue;
    // An acronym that is not a country or a known non-organisation ("ICBM") names an organisation: NATO, ASEAN, KCNA.
    if (words.some((word) => ORGANIZATION_HEADS.has(word)) || /^[A-Z]{3,6}$/.test(name)) {
      add(name, span, 'organization', `organization:${organizationKey(name)}`);
      continue;
    }
    if (PLACE_HEADS.has(head) && words.length > 1) {
      add(name, span, 'place', `place:${gazetteerKey(name).replace(/\s+/g, '-')}`);
      continue;
    }
    const known = people.resolve(name);
    if (known) {
      add(name, span, 'person', known);
      continue;
    }
    const titled = PERSON_TITLES.has(run.before);
    const kind = titled ? 'person' : classifyName(name);
    if (kind === 'person' && words.length <= 5) {
      const id = `person:${personKey(name)}`;
      if (words.length > 1) people.remember(id);
      add(name, span, 'person', id);
      continue;
    }
    // An unknown name is a place right after "in", "near" or "at" (small towns, islands, passes),
    // after a disaster's verb ("an earthquake hit Halvik"), or after a place and a comma ("Halvik, Kelvora").
    const afterPlace = () => {
      const previous = entities.filter((entity) => entity.span[1] <= span[0]).sort((x, y) => y.span[1] - x.span[1])[0];
      return previous !== undefined && (previous.type === 'place' || previous.type === 'country') && /^\s*,\s*$/.test(text.slice(previous.span[1], span[0]));
    };
    const placeCue = () => LOCATIVES.has(run.before) || (STRIKING_VERBS.has(run.before) && DISASTER.test(sentence.text)) || afterPlace();
    const nameLike = words.length <= 4 && !words.some((word) => isMonthOrWeekday(word) || SEASONS_AND_HOLIDAYS.has(word));
    if (kind === 'place' || (kind === undefined && nameLike && placeCue())) {
      add(name, span, 'place', `place:${gazetteerKey(name).replace(/\s+/g, '-')}`);
      continue;
    }
    // A name neither the gazetteer nor compromise knows, tagged a proper noun throughout, still names
    // someone who takes part ("Oskaria, Peltar and Marrak held …"): kept, untyped.
    // One word WordNet knows is an ordinary word with a capital ("Union leaders said …", "the South",
    // "Schools closed"), not a name, unless the article writes it bare as a name elsewhere.
    const ordinaryWord = words.length === 1 && !bareNames.has(words[0]!) && (isKnownWordForm(words[0]!) || isKnownWord(run.tokens[0]!.lemma.toLowerCase()));
    if (kind !== 'person' && nameLike && run.tokens.every((token) => token.pos === 'PROPN') && !ordinaryWord) {
      add(name, span, 'name', `name:${organizationKey(name)}`);
    }
  }
  return entities.sort((a, b) => a.span[0] - b.span[0]);
}
