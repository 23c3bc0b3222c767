import { defineRule, quoted, scopeReason, substitutedEntities } from '../rule.js';

/** Claims this alike are one statement; a different name in the same place is a conflict. */
const MIN_SIMILARITY = 0.45;

export default defineRule({
  id: 'entity-substitution',
  kind: 'entity',
  description: 'Closely matching claims about the same event that name a different person or organisation in the same place ("General Dan Caine" vs "General Charles Brown").',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    const swap = substitutedEntities(a, b, ['person', 'organization'])[0];
    if (!swap) return undefined;
    const values = { a: swap.a.text, b: swap.b.text };
    const clash = `${context.label(a)} names ${quoted(swap.a.text)} where ${context.label(b)} names ${quoted(swap.b.text)}`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'entity', reason: scoped, values, confidence: 0.55 };
    return { verdict: 'contradict', kind: 'entity', reason: `${clash} in the same statement`, values, confidence: 0.6 };
  },
});
