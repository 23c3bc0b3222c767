import { defineRule, quoted, scopeReason } from '../rule.js';
import { swappedAntonyms } from '../word-swaps.js';

export default defineRule({
  id: 'antonym-swap',
  kind: 'antonym',
  description: 'Closely matching claims where a word of one is a direct WordNet antonym of a word of the other in the same place ("rose"/"fell", "won"/"lost"), with the same polarity.',
  check(a, b, context) {
    const swap = swappedAntonyms(a, b, context);
    if (!swap) return undefined;
    // "did not win" and "lost" say the same thing.
    if ((a.negations.length > 0) !== (b.negations.length > 0)) return undefined;
    const [x, y] = swap;
    const values = { a: x, b: y };
    const clash = `${context.label(a)} says ${quoted(x)} where ${context.label(b)} says ${quoted(y)}, its antonym`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'antonym', reason: scoped, values, confidence: 0.55 };
    return { verdict: 'contradict', kind: 'antonym', reason: clash, values, confidence: 0.65 };
  },
});
