import { extractClaims } from '../../src/extract/claims.js';
import { ingestArticle } from '../../src/ingest/index.js';
import type { Claim, ClaimRef, ClaimSet, Comparison } from '../../src/types.js';
import { extractArticles } from '../../src/pipeline.js';
import { candidatePairs, type CandidatePair } from '../../src/align/index.js';

/** Extracts the claims of a small in-memory article. */
export function claimsOf(id: string, text: string, published?: string): Claim[] {
  const { article } = ingestArticle({ id, text, ...(published ? { published } : {}) });
  return extractClaims(article, { minCheckWorthiness: 0 });
}

/** The one claim of a one-sentence article. */
export function claimOf(id: string, text: string, published?: string): Claim {
  const claims = claimsOf(id, text, published);
  if (claims.length !== 1) throw new Error(`expected one claim from "${text}", got ${claims.length}`);
  return claims[0]!;
}

/** The candidate pair of two one-sentence articles, as alignment scores it; b's article is published on `publishedB`, or else with a's. */
export function pairOf(a: string, b: string, published?: string, publishedB = published): CandidatePair {
  const pairs = candidatePairs([claimOf('a', a, published), claimOf('b', b, publishedB)], { minSimilarity: 0 });
  if (pairs.length !== 1) throw new Error(`expected the two claims to align, got ${pairs.length} pairs`);
  return pairs[0]!;
}

/** The claim sets of a source and of an article that restates it (or, with `derivedFrom` null, merely sits beside it). */
export function derivedPair(source: string, derived: string, derivedFrom: string | null = 'source'): ClaimSet[] {
  return extractArticles(
    [
      { id: 'source', text: source },
      { id: 'derived', text: derived, ...(derivedFrom === null ? {} : { derivedFrom }) },
    ],
    { minCheckWorthiness: 0 },
  ).claimSets;
}

/** The derived article's side of a comparison and the value it gives there, whichever order the pair's claims are in. */
export function derivedSide(comparison: Comparison): { ref: ClaimRef; other: ClaimRef; value: string | undefined; sourceValue: string | undefined } {
  const at = comparison.claims[0].article === 'derived' ? 0 : 1;
  return { ref: comparison.claims[at], other: comparison.claims[1 - at]!, value: at === 0 ? comparison.values?.a : comparison.values?.b, sourceValue: at === 0 ? comparison.values?.b : comparison.values?.a };
}
