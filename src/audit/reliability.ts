import type { CandidatePair } from '../align/index.js';
import { HEDGED_MODALITIES } from '../extract/polarity.js';
import type { Audit, Claim, ClaimRef, Comparison, InternalFinding, SourceAudit } from '../types.js';
import type { CorroborationLink } from './index.js';
import { detectCopies } from './copies.js';
import { TRUTHFINDER_DEFAULTS, truthFinder, type TruthFinderParameters } from './truthfinder.js';
import { groupBy, pushTo } from '../util/group.js';

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface AuditInput {
  articles: readonly string[];
  claims: readonly Claim[];
  pairs: readonly CandidatePair[];
  comparisons: readonly Comparison[];
  links: readonly CorroborationLink[];
  singleSource: readonly ClaimRef[];
  internal: readonly InternalFinding[];
}

/**
 * Audits each source: transparent counts, copy groups (copies do not corroborate each other), and
 * a TruthFinder trust score in which agreeing claims of other groups support, contradicting claims
 * compete, dismissed conflicts do not count and confirmed conflicts with a judged-right side are
 * settled facts.
 */
export function buildAudit(input: AuditInput, parameters: TruthFinderParameters = TRUTHFINDER_DEFAULTS): Audit {
  const { copies, groups } = detectCopies(input.articles, input.claims, input.pairs);
  const groupOf = new Map(groups.flatMap((group) => group.articles.map((article) => [article, group.id] as const)));
  const independent = (a: string, b: string) => groupOf.get(a) !== groupOf.get(b);

  const implications: { a: string; b: string; weight: number }[] = [];
  const seen = new Set<string>();
  for (const [x, y] of input.links) {
    const key = [x.claim, y.claim].sort().join('|');
    if (seen.has(key) || !independent(x.article, y.article)) continue;
    seen.add(key);
    implications.push({ a: x.claim, b: y.claim, weight: 1 });
  }
  const fixed = new Map<string, number>();
  for (const comparison of input.comparisons) {
    if (comparison.verdict !== 'contradict') continue;
    const review = comparison.review && !comparison.review.stale ? comparison.review : undefined;
    if (review?.decision === 'dismissed') continue;
    const [x, y] = comparison.claims;
    if (independent(x.article, y.article)) implications.push({ a: x.claim, b: y.claim, weight: -1 });
    if (review?.decision === 'confirmed' && review.right) {
      for (const claim of comparison.claims) fixed.set(claim.claim, claim.article === review.right ? 1 : 0);
    }
  }
  const result = truthFinder({ sources: input.articles, facts: input.claims.map((claim) => ({ id: claim.id, source: claim.article })), implications, fixed }, parameters);

  const corroborated = new Set(input.links.flatMap(([x, y]) => [x.claim, y.claim]));
  const independentlyCorroborated = new Set(input.links.filter(([x, y]) => independent(x.article, y.article)).flatMap(([x, y]) => [x.claim, y.claim]));
  const contradicted = new Set(input.comparisons.filter((comparison) => comparison.verdict === 'contradict' && !(comparison.review?.decision === 'dismissed' && !comparison.review.stale)).flatMap((comparison) => comparison.claims.map((claim) => claim.claim)));
  const single = new Set(input.singleSource.map((claim) => claim.claim));

  // Everything per article, grouped in one pass each: a filter per article would grow with articles × claims.
  const claimsOf = groupBy(input.claims, (claim) => claim.article);
  const internalOf = groupBy(input.internal, (finding) => finding.article);
  const reviewedOf = new Map<string, Comparison[]>();
  for (const comparison of input.comparisons) {
    if (!comparison.review || comparison.review.stale) continue;
    for (const article of new Set(comparison.claims.map((claim) => claim.article))) pushTo(reviewedOf, article, comparison);
  }
  const articleOf = new Map(input.claims.map((claim) => [claim.id, claim.article]));
  const linksOf = new Map<string, { supporting: number; conflicting: number }>();
  for (const link of implications) {
    for (const article of new Set([articleOf.get(link.a), articleOf.get(link.b)])) {
      if (article === undefined) continue;
      const counts = linksOf.get(article) ?? { supporting: 0, conflicting: 0 };
      if (link.weight > 0) counts.supporting++;
      else if (link.weight < 0) counts.conflicting++;
      linksOf.set(article, counts);
    }
  }

  const sources: SourceAudit[] = input.articles.map((article) => {
    const own = claimsOf.get(article) ?? [];
    const count = own.length;
    const share = (set: ReadonlySet<string>) => (count === 0 ? 0 : round(own.filter((claim) => set.has(claim.id)).length / count));
    const reviewed = reviewedOf.get(article) ?? [];
    return {
      article,
      claims: count,
      corroboratedShare: share(corroborated),
      contradictedShare: share(contradicted),
      singleSourceShare: share(single),
      independentlyCorroborated: own.filter((claim) => independentlyCorroborated.has(claim.id)).length,
      hedged: own.filter((claim) => HEDGED_MODALITIES.has(claim.modality)).length,
      unattributed: own.filter((claim) => !claim.attribution).length,
      internal: internalOf.get(article)?.length ?? 0,
      confirmed: reviewed.filter((comparison) => comparison.review!.decision === 'confirmed').length,
      dismissed: reviewed.filter((comparison) => comparison.review!.decision === 'dismissed').length,
      judgedRight: reviewed.filter((comparison) => comparison.review!.right === article).length,
      judgedWrong: reviewed.filter((comparison) => comparison.review!.right !== undefined && comparison.review!.right !== article).length,
      group: groupOf.get(article)!,
      trust: round(result.trust.get(article) ?? parameters.initialTrust),
      meanClaimConfidence: round(count === 0 ? 0 : own.reduce((sum, claim) => sum + (result.confidence.get(claim.id) ?? 0), 0) / count),
      supportingLinks: linksOf.get(article)?.supporting ?? 0,
      conflictingLinks: linksOf.get(article)?.conflicting ?? 0,
    };
  });
  return {
    truthFinder: { initialTrust: parameters.initialTrust, rho: parameters.rho, gamma: parameters.gamma, iterations: result.iterations, converged: result.converged },
    sources,
    groups,
    copies,
  };
}
