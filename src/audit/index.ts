import type { Claim, ClaimRef, Comparison, Corroboration, InternalFinding, SourceSummary } from '../types.js';
import { compareStrings } from '../util/text.js';
import { claimRef } from '../compare/judge.js';

const HEDGED = new Set(['planned', 'expected', 'possible', 'reported']);

/** Agreement or compatibility counts as corroboration; a plan set against its execution does not. */
export function isCorroboration(comparison: Comparison): boolean {
  return (comparison.verdict === 'agree' || comparison.verdict === 'compatible') && comparison.kind !== 'modality';
}

/**
 * Lists each corroborated claim once, with the other articles that directly agree with it or are
 * compatible with it. A claim already listed as another's supporter is not listed again, and
 * agreement is never chained: A agreeing with B and B with C does not make A agree with C.
 */
export function corroborations(claims: readonly Claim[], comparisons: readonly Comparison[]): Corroboration[] {
  const supporters = new Map<string, Map<string, string>>();
  for (const comparison of comparisons) {
    if (!isCorroboration(comparison)) continue;
    const [x, y] = comparison.claims;
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

/** Claims that no other article addresses: in no comparison and no topic. */
export function singleSourceClaims(claims: readonly Claim[], comparisons: readonly Comparison[], topicClaims: ReadonlySet<string>): ClaimRef[] {
  const compared = new Set(comparisons.flatMap((comparison) => comparison.claims.map((ref) => ref.claim)));
  return claims.filter((claim) => !compared.has(claim.id) && !topicClaims.has(claim.id)).map(claimRef);
}

/** Per-article counts of how its claims fared. */
export function summarizeSources(articleIds: readonly string[], claims: readonly Claim[], comparisons: readonly Comparison[], singleSource: readonly ClaimRef[], internal: readonly InternalFinding[]): SourceSummary[] {
  const corroborated = new Set<string>();
  const contradicted = new Set<string>();
  for (const comparison of comparisons) {
    const ids = comparison.claims.map((ref) => ref.claim);
    if (isCorroboration(comparison)) ids.forEach((id) => corroborated.add(id));
    if (comparison.verdict === 'contradict') ids.forEach((id) => contradicted.add(id));
  }
  const single = new Set(singleSource.map((ref) => ref.claim));
  return articleIds.map((article) => {
    const own = claims.filter((claim) => claim.article === article);
    return {
      article,
      claims: own.length,
      corroborated: own.filter((claim) => corroborated.has(claim.id)).length,
      contradicted: own.filter((claim) => contradicted.has(claim.id)).length,
      singleSource: own.filter((claim) => single.has(claim.id)).length,
      hedged: own.filter((claim) => HEDGED.has(claim.modality)).length,
      internal: internal.filter((finding) => finding.article === article).length,
    };
  });
}
