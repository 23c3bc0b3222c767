import type { Claim } from '../../types.js';
import { defineRule, disjointAmounts, LOOKALIKE_SIMILARITY, saysOtherThings, scopeReason, sharesOnlyNames } from '../rule.js';

/** Pairs at least this similar with no conflicting value say the same thing. */
export const PARAPHRASE_SIMILARITY = 0.5;
/** A claim with fewer content terms than this says too little to be shown part of another. */
const MIN_CONTAINED_TERMS = 4;

/**
 * Whether every content term of the shorter claim is in the longer one, with a name they share:
 * "This was the strongest quake in Valdora since 2011" states part of "It was the strongest
 * earthquake to hit Valdora since 2011, when a magnitude 6.9 quake killed more than 200 people".
 */
function contained(a: Claim, b: Claim): boolean {
  const [shorter, longer] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  if (shorter.terms.length < MIN_CONTAINED_TERMS) return false;
  const terms = new Set(longer.terms);
  const names = new Set(longer.entities.map((entity) => entity.id));
  return shorter.terms.every((term) => terms.has(term)) && shorter.entities.some((entity) => names.has(entity.id));
}

export default defineRule({
  id: 'paraphrase',
  kind: 'paraphrase',
  description: 'Closely matching claims, or a claim stating part of another (all its content words, a name among them), on which no value rule found a conflict: the sources agree. Claims that each say three or more things the other does not, that share nothing but names, or that give amounts of one counted thing that cannot both hold, get no verdict.',
  check(a, b, context) {
    if (context.pair.similarity < PARAPHRASE_SIMILARITY && !(context.pair.similarity >= LOOKALIKE_SIMILARITY && contained(a, b))) return undefined;
    // Undated claims in articles a month apart are not shown to be about one event, and nothing in
    // them conflicts: there is neither agreement nor an apparent conflict to report.
    if (!context.scope.same && context.scope.qualifier === 'published') return undefined;
    // Other amounts of one thing are not the same facts, whether or not a value rule could compare them.
    if (saysOtherThings(a, b) || sharesOnlyNames(a, b) || disjointAmounts(a, b)) return undefined;
    const scoped = scopeReason(context, a, b, `${context.label(a)} and ${context.label(b)} use much the same words`);
    if (scoped) return { verdict: 'different-scope', kind: 'paraphrase', reason: scoped, confidence: 0.6 };
    return { verdict: 'agree', kind: 'paraphrase', reason: `${context.label(a)} and ${context.label(b)} state the same facts in other words (similarity ${context.pair.similarity.toFixed(2)})`, confidence: context.pair.similarity };
  },
});
