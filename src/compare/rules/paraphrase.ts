import { defineRule, scopeReason } from '../rule.js';

/** Pairs at least this similar with no conflicting value say the same thing. */
export const PARAPHRASE_SIMILARITY = 0.5;

export default defineRule({
  id: 'paraphrase',
  kind: 'paraphrase',
  description: 'Closely matching claims on which no value rule found a conflict: the sources agree.',
  check(a, b, context) {
    if (context.pair.similarity < PARAPHRASE_SIMILARITY) return undefined;
    const scoped = scopeReason(context, a, b, `${context.label(a)} and ${context.label(b)} use much the same words`);
    if (scoped) return { verdict: 'different-scope', kind: 'paraphrase', reason: scoped, confidence: 0.6 };
    return { verdict: 'agree', kind: 'paraphrase', reason: `${context.label(a)} and ${context.label(b)} state the same facts in other words (similarity ${context.pair.similarity.toFixed(2)})`, confidence: context.pair.similarity };
  },
});
