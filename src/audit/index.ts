import type { Claim, ClaimRef, Comparison, Corroboration, InternalFinding, SourceSummary, TimelineEntry } from '../types.js';
import { HEDGED_MODALITIES } from '../extract/polarity.js';
import { compareStrings } from '../util/text.js';
import { groupBy } from '../util/group.js';
import { claimRef } from '../compare/judge.js';

/** Agreement or compatibility counts as corroboration; a plan set against its execution does not. */
export function isCorroboration(comparison: Comparison): boolean {
  return (comparison.verdict === 'agree' || comparison.verdict === 'compatible') && comparison.kind !== 'modality';
}

/** Two claims of different articles that support each other. */
export type CorroborationLink = readonly [ClaimRef, ClaimRef];

/**
 * The pairs of claims that corroborate each other: comparisons that agree or are compatible (plans
 * aside), and claims of different articles that report the same happening on the same day on the
 * timeline.
 */
export function corroborationLinks(comparisons: readonly Comparison[], timeline: readonly TimelineEntry[] = []): CorroborationLink[] {
  const links: CorroborationLink[] = comparisons.filter(isCorroboration).map((comparison) => comparison.claims);
  for (const entry of timeline) {
    if (entry.status !== 'reported' || entry.date.length !== 10) continue;
    for (let i = 0; i < entry.claims.length; i++) {
      for (let j = i + 1; j < entry.claims.length; j++) {
        if (entry.claims[i]!.article !== entry.claims[j]!.article) links.push([entry.claims[i]!, entry.claims[j]!]);
      }
    }
  }
  return links;
}

/**
 * Lists each corroborated claim once, with the other articles that directly support it. A claim
 * already listed as another's supporter is not listed again, and support is never chained: A
 * agreeing with B and B with C does not make A agree with C.
 */
export function corroborations(claims: readonly Claim[], links: readonly CorroborationLink[]): Corroboration[] {
  const supporters = new Map<string, Map<string, string>>();
  for (const [x, y] of links) {
    for (const [self, other] of [[x, y], [y, x]] as const) {
      const map = supporters.get(self.claim) ?? new Map<string, string>();
      map.set(other.claim, other.article);
      supporters.set(self.claim, map);
    }
  }
  const listed = new Set<string>();
  const entries: Corroboration[] = [];
  for (const claim of claims) {
    const map = supporters.get(claim.id);
    if (!map || listed.has(claim.id)) continue;
    listed.add(claim.id);
    for (const other of map.keys()) listed.add(other);
    const articles = [...new Set(map.values())].filter((article) => article !== claim.article).sort(compareStrings);
    if (articles.length > 0) entries.push({ claim: claimRef(claim), articles });
  }
  return entries;
}

/** Claims that no other article addresses: in no comparison, no corroboration and no topic. */
export function singleSourceClaims(claims: readonly Claim[], comparisons: readonly Comparison[], topicClaims: ReadonlySet<string>, links: readonly CorroborationLink[] = []): ClaimRef[] {
  const compared = new Set([...comparisons.flatMap((comparison) => comparison.claims.map((ref) => ref.claim)), ...links.flatMap(([x, y]) => [x.claim, y.claim])]);
  return claims.filter((claim) => !compared.has(claim.id) && !topicClaims.has(claim.id)).map(claimRef);
}

/** Per-article counts of how its claims fared. */
export function summarizeSources(articleIds: readonly string[], claims: readonly Claim[], comparisons: readonly Comparison[], links: readonly CorroborationLink[], singleSource: readonly ClaimRef[], internal: readonly InternalFinding[]): SourceSummary[] {
  const corroborated = new Set(links.flatMap(([x, y]) => [x.claim, y.claim]));
  const contradicted = new Set(comparisons.filter((comparison) => comparison.verdict === 'contradict').flatMap((comparison) => comparison.claims.map((ref) => ref.claim)));
  const single = new Set(singleSource.map((ref) => ref.claim));
  const claimsOf = groupBy(claims, (claim) => claim.article);
  const internalOf = groupBy(internal, (finding) => finding.article);
  return articleIds.map((article) => {
    const own = claimsOf.get(article) ?? [];
    return {
      article,
      claims: own.length,
      corroborated: own.filter((claim) => corroborated.has(claim.id)).length,
      contradicted: own.filter((claim) => contradicted.has(claim.id)).length,
      singleSource: own.filter((claim) => single.has(claim.id)).length,
      hedged: own.filter((claim) => HEDGED_MODALITIES.has(claim.modality)).length,
      internal: internalOf.get(article)?.length ?? 0,
    };
  });
}
