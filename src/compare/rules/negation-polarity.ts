import type { Claim } from '../../types.js';
import { defineRule, quoted, scopeReason } from '../rule.js';

/** Below this similarity two sentences say different things, and a negation in one is not about the other. */
const MIN_SIMILARITY = 0.5;

function cueWords(claim: Claim): string[] {
  return claim.negations.map((cue) => cue.text.toLowerCase());
}

export default defineRule({
  id: 'negation-polarity',
  kind: 'negation',
  description: 'Two closely matching claims where one is negated ("did not", "denied", "declined to confirm") and the other is not.',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    const x = cueWords(a);
    const y = cueWords(b);
    if ((x.length > 0) === (y.length > 0)) return undefined;
    const [negated, plain] = x.length > 0 ? [a, b] : [b, a];
    const cue = negated.negations[0]!.text;
    const values = { a: x.length > 0 ? cue : '(affirmative)', b: y.length > 0 ? b.negations[0]!.text : '(affirmative)' };
    const clash = `${context.label(negated)} negates it with ${quoted(cue)}, ${context.label(plain)} states it without negation`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'negation', reason: scoped, values, confidence: 0.6 };
    return { verdict: 'contradict', kind: 'negation', reason: clash, values, confidence: 0.65 };
  },
});
