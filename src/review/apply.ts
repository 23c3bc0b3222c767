import stringSimilarity from 'string-similarity';
import type { Comparison, Decision, Report, ReviewState } from '../types.js';
import { normalizeText } from '../util/text.js';

/** Claim texts at least this alike are the same claim, edited since the decision. */
const SAME_CLAIM_EDITED = 0.6;

function state(decision: Decision, stale: boolean): ReviewState {
  const review: ReviewState = { decision: decision.decision, reviewer: decision.reviewer, decidedAt: decision.decidedAt, stale };
  if (decision.right !== undefined) review.right = decision.right;
  if (decision.note !== undefined) review.note = decision.note;
  return review;
}

function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Whether a decision was made on an earlier wording of this comparison's two claims. */
function editedVersionOf(decision: Decision, comparison: Comparison): boolean {
  const [x, y] = comparison.claims;
  const [p, q] = decision.claims;
  const match = (ref: { article: string; text: string }, claim: { article: string; text: string }) =>
    ref.article === claim.article && stringSimilarity.compareTwoStrings(normalizeText(ref.text), normalizeText(claim.text)) >= SAME_CLAIM_EDITED;
  return (match(p, x) && match(q, y)) || (match(p, y) && match(q, x));
}

/**
 * Applies stored decisions to a report. A decision whose comparison and claim texts are unchanged
 * is applied; one made on claims whose text has since changed is attached as stale (shown, never
 * applied); one whose comparison is gone is listed as orphaned. Nothing is dropped silently.
 */
export function applyDecisions(report: Report, decisions: readonly Decision[]): Report {
  return { ...report, ...applyDecisionsTo(report.comparisons, decisions) };
}

/** `applyDecisions` on a list of comparisons: returns them with their review states, and the orphans. */
export function applyDecisionsTo(list: readonly Comparison[], decisions: readonly Decision[]): { comparisons: Comparison[]; orphanedDecisions: Decision[] } {
  const byId = new Map(decisions.map((decision) => [decision.comparison, decision]));
  const used = new Set<string>();
  const comparisons = list.map((comparison) => {
    const decision = byId.get(comparison.id);
    if (!decision) return comparison;
    used.add(decision.comparison);
    const unchanged = comparison.claims.every((claim) => decision.claims.some((stored) => stored.article === claim.article && sameText(stored.text, claim.text)));
    return { ...comparison, review: state(decision, !unchanged) };
  });
  const orphaned: Decision[] = [];
  for (const decision of decisions) {
    if (used.has(decision.comparison)) continue;
    const index = comparisons.findIndex((comparison) => comparison.review === undefined && editedVersionOf(decision, comparison));
    if (index >= 0) {
      comparisons[index] = { ...comparisons[index]!, review: state(decision, true) };
      used.add(decision.comparison);
    } else orphaned.push(decision);
  }
  return { comparisons, orphanedDecisions: orphaned };
}

/** Conflicts that still count: `contradict` verdicts not dismissed by a current (non-stale) decision. */
export function openConflicts(report: Report): Comparison[] {
  return report.comparisons.filter((comparison) => comparison.verdict === 'contradict' && !(comparison.review?.decision === 'dismissed' && !comparison.review.stale));
}
