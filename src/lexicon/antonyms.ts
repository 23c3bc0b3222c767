import { ALL_POS, isKnownWordForm, synsetAt, synsetsOf, type Synset, type WordnetPos } from './wordnet.js';

/**
 * Antonyms from WordNet 3.1: direct antonym pointers ("!") between words, plus WordNet's indirect
 * antonymy of adjectives, where a satellite ("triumphant") takes the antonyms of the head adjective
 * it is similar to.
 */
function directAntonyms(synset: Synset, word: string): string[] {
  const position = synset.words.indexOf(word) + 1;
  return synset.pointers
    .filter((pointer) => pointer.symbol === '!' && (pointer.source === 0 || pointer.source === position))
    .flatMap((pointer) => {
      const target = synsetAt(pointer.pos, pointer.offset);
      return pointer.target === 0 ? target.words : [target.words[pointer.target - 1]!];
    });
}

/** Direct WordNet antonyms of an adjective or verb only ("rise" → "fall"), for generating test edits. */
export function directAntonymsOf(lemma: string): string[] {
  const word = lemma.toLowerCase();
  return [...new Set(synsetsOf(word, ['a', 'v']).flatMap((synset) => directAntonyms(synset, word)))].filter((antonym) => antonym !== word);
}

const cache = new Map<string, ReadonlySet<string>>();

/** WordNet antonyms of a lower-case lemma ("rise" → {"fall", …}); empty when it has none. */
export function antonymsOf(lemma: string): ReadonlySet<string> {
  const word = lemma.toLowerCase();
  const cached = cache.get(word);
  if (cached) return cached;
  const result = new Set<string>();
  for (const synset of synsetsOf(word, ALL_POS)) {
    for (const antonym of directAntonyms(synset, word)) result.add(antonym);
    if (synset.type !== 's') continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '&') continue;
      const head = synsetAt(pointer.pos, pointer.offset);
      for (const headWord of head.words) for (const antonym of directAntonyms(head, headWord)) result.add(antonym);
    }
  }
  result.delete(word);
  cache.set(word, result);
  return result;
}

const directCache = new Map<string, ReadonlySet<string>>();

function directSet(word: string, parts: readonly WordnetPos[]): ReadonlySet<string> {
  // Most lookups are in every part of speech: those keep the word itself as the key.
  const key = parts === ALL_POS ? word : `${parts.join('')}\u0000${word}`;
  let set = directCache.get(key);
  if (!set) {
    set = new Set(synsetsOf(word, parts).flatMap((synset) => directAntonyms(synset, word)));
    directCache.set(key, set);
  }
  return set;
}

/**
 * Direct antonyms only ("rise"/"fall"), for comparisons where the two words are not known to stand
 * in the same place; in the parts of speech given, by default all.
 */
export function areDirectAntonyms(a: string, b: string, parts: readonly WordnetPos[] = ALL_POS): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return directSet(x, parts).has(y) || directSet(y, parts).has(x);
}

export function areAntonyms(a: string, b: string): boolean {
  return antonymsOf(a).has(b.toLowerCase()) || antonymsOf(b).has(a.toLowerCase());
}

/**
 * The first parts of two compounds alike but for first parts that are antonyms by `antonyms`
 * ("anti-corruption" / "pro-corruption" → ["anti", "pro"]), or undefined.
 */
export function antonymousHeads(x: string, y: string, antonyms: (a: string, b: string) => boolean): [string, string] | undefined {
  const [headX, ...tailX] = x.split('-');
  const [headY, ...tailY] = y.split('-');
  return tailX.length > 0 && tailX.join('-') === tailY.join('-') && antonyms(headX!, headY!) ? [headX!, headY!] : undefined;
}

/** Prefixes that turn a word into its opposite ("crewed" → "uncrewed", "violent" → "non-violent"); "in-" and "dis-" also make other words ("inflammable", "discharge"). */
const NEGATING_PREFIXES = ['non-', 'non', 'un'];
/** A shorter base is as likely a chance spelling ("union" is no "ion" negated). */
const MIN_NEGATED_BASE = 4;

/**
 * The prefix by which one word is the other negated, as a reason names it ("uncrewed" / "crewed" →
 * "un-", "noncrewed" → "non-"), WordNet knowing the base word or one of its inflections; undefined
 * when neither is the other with such a prefix. WordNet lists some of these as antonyms ("armed" /
 * "unarmed") but not most ("named" / "unnamed").
 */
export function negatingPrefix(a: string, b: string): string | undefined {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  if (shorter.length < MIN_NEGATED_BASE) return undefined;
  // The spelling first: word-substitution asks this of every replaced word it cannot relate.
  const prefix = NEGATING_PREFIXES.find((candidate) => longer === candidate + shorter);
  return prefix === undefined || !isKnownWordForm(shorter) ? undefined : `${prefix.replace(/-$/, '')}-`;
}

/** The words that are this one negated by a prefix, or it without one ("crewed" → ["non-crewed", "noncrewed", "uncrewed"], "unnamed" → ["named"]). */
export function prefixOpposites(word: string): string[] {
  const lower = word.toLowerCase();
  const stripped = NEGATING_PREFIXES.filter((prefix) => lower.startsWith(prefix)).map((prefix) => lower.slice(prefix.length)).filter((base) => negatingPrefix(lower, base) !== undefined);
  // A word already negated is not negated again ("unnamed" is no "ununnamed").
  if (stripped.length > 0) return stripped.sort();
  return NEGATING_PREFIXES.map((prefix) => prefix + lower).filter((candidate) => negatingPrefix(lower, candidate) !== undefined).sort();
}
