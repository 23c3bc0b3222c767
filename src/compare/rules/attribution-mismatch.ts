import { defineRule, quoteSimilarity, quoted, sameEventShown } from '../rule.js';

/** Quotes this alike are the same words. */
const SAME_WORDS = 0.8;

export default defineRule({
  id: 'attribution-mismatch',
  kind: 'attribution',
  description: 'The same quotation attributed to different speakers.',
  check(a, b, context) {
    const x = a.attribution;
    const y = b.attribution;
    if (!x?.quote || !y?.quote || !x.speakerId || !y.speakerId || x.speakerId === y.speakerId) return undefined;
    if (quoteSimilarity(a, b) < SAME_WORDS || !sameEventShown(context)) return undefined;
    const values = { a: x.speaker ?? x.speakerId, b: y.speaker ?? y.speakerId };
    return {
      verdict: 'contradict',
      kind: 'attribution',
      reason: `${context.label(a)} attributes ${quoted(x.quote.text.slice(0, 80))} to ${quoted(values.a)}, ${context.label(b)} to ${quoted(values.b)}`,
      values,
      confidence: 0.7,
    };
  },
});
