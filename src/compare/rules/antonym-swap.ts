import type { ChangeObject } from 'diff';
import { antonymousHeads, areDirectAntonyms } from '../../lexicon/antonyms.js';
import { baseForms } from '../../lexicon/wordnet.js';
import type { Claim } from '../../types.js';
import { defineRule, quoted, scopeReason } from '../rule.js';
import { FUNCTION_WORDS } from '../../util/text.js';
import { MAX_HUNK_WORDS } from './word-substitution.js';
import { replacements } from '../word-swaps.js';

/**
 * Whether a word as written may be a form of the lemma: a regular inflection, or, when it is the
 * stretch's only word, an irregular one, which keeps the first letter ("fell"/"fall", "won"/"win").
 */
function mayBeFormOf(word: string, lemma: string, alone: boolean): boolean {
  return word === lemma || baseForms(word).includes(lemma) || (alone && word[0] === lemma[0]);
}

/**
 * Whether the word diff from a to b replaces a form of `x` with a form of `y` in one short stretch:
 * the two words stand in the same place. "giving the Unity Party 42 seats" / "The Unity Party …,
 * taking 42 of the 101 seats" put "give" and "take" in different places, said of different doers.
 */
function swappedInPlace(parts: readonly ChangeObject<string>[], x: string, y: string): boolean {
  return replacements(parts).some(
    ({ removed, added }) =>
      removed.length <= MAX_HUNK_WORDS &&
      added.length <= MAX_HUNK_WORDS &&
      removed.some((word) => mayBeFormOf(word, x, removed.length === 1)) &&
      added.some((word) => mayBeFormOf(word, y, added.length === 1)),
  );
}

/** Below this similarity two claims say different things, and opposite words in them are not about one fact. */
const MIN_SIMILARITY = 0.35;

function onlyIn(claim: Claim, other: Claim): string[] {
  const others = new Set(other.terms);
  return claim.terms.filter((term) => !others.has(term) && /^\p{L}[\p{L}-]+$/u.test(term));
}

/** Words this near an antonym are what it is said of. */
const NEIGHBOURHOOD = 3;

/** The content words within NEIGHBOURHOOD words of the first form of `lemma` in the text, lower-case; a compound's parts are words ("anti-corruption"). */
function neighbours(text: string, lemma: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const at = words.findIndex((word) => word === lemma || baseForms(word).includes(lemma));
  if (at < 0) return new Set();
  return new Set([...words.slice(Math.max(0, at - NEIGHBOURHOOD), at), ...words.slice(at + 1, at + 1 + NEIGHBOURHOOD)].filter((word) => !FUNCTION_WORDS.has(word)));
}

/** Whether both antonyms stand beside one word ("joint air drill" / "separate air drill", "southern province of Talen" / "Talen province in northern …"), however the rest is reworded. */
function shareANeighbour(a: Claim, x: string, b: Claim, y: string): boolean {
  const near = neighbours(b.text, y);
  return [...neighbours(a.text, x)].some((word) => near.has(word));
}

export default defineRule({
  id: 'antonym-swap',
  kind: 'antonym',
  description: 'Closely matching claims where a word of one is a direct WordNet antonym of a word of the other in the same place ("rose"/"fell", "won"/"lost"), with the same polarity.',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    const wordsA = onlyIn(a, b);
    const wordsB = onlyIn(b, a);
    for (const x of wordsA) {
      const y = wordsB.find((candidate) => areDirectAntonyms(x, candidate) || antonymousHeads(x, candidate, areDirectAntonyms) !== undefined);
      if (!y) continue;
      const [nearX, nearY] = antonymousHeads(x, y, areDirectAntonyms) ?? [x, y];
      // Texts too unlike to diff, or antonyms in different places, are not one fact said two ways.
      const parts = context.normalizedDiff();
      if (!(parts && swappedInPlace(parts, x, y)) && !shareANeighbour(a, nearX, b, nearY)) continue;
      // "did not win" and "lost" say the same thing.
      if ((a.negations.length > 0) !== (b.negations.length > 0)) return undefined;
      const values = { a: x, b: y };
      const clash = `${context.label(a)} says ${quoted(x)} where ${context.label(b)} says ${quoted(y)}, its antonym`;
      const scoped = scopeReason(context, a, b, clash);
      if (scoped) return { verdict: 'different-scope', kind: 'antonym', reason: scoped, values, confidence: 0.55 };
      return { verdict: 'contradict', kind: 'antonym', reason: clash, values, confidence: 0.65 };
    }
    return undefined;
  },
});
