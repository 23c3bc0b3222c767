import { areDirectAntonyms } from '../../lexicon/antonyms.js';
import type { Claim } from '../../types.js';
import { defineRule, quoted, scopeReason } from '../rule.js';

/** Below this similarity two claims say different things, and opposite words in them are not about one fact. */
const MIN_SIMILARITY = 0.35;

function onlyIn(claim: Claim, other: Claim): string[] {
  const others = new Set(other.terms);
  return claim.terms.filter((term) => !others.has(term) && /^\p{L}[\p{L}-]+$/u.test(term));
}

export default defineRule({
  id: 'antonym-swap',
  kind: 'antonym',
  description: 'Closely matching claims where a word of one is a direct WordNet antonym of a word of the other ("rose"/"fell", "won"/"lost"), with the same polarity.',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    const wordsA = onlyIn(a, b);
    const wordsB = onlyIn(b, a);
    for (const x of wordsA) {
      const y = wordsB.find((candidate) => areDirectAntonyms(x, candidate));
      if (!y) continue;
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
