import { extractClaims } from '../../src/extract/claims.js';
import { ingestArticle } from '../../src/ingest/index.js';
import type { Claim } from '../../src/types.js';
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

/** The candidate pair of two one-sentence articles, as alignment scores it. */
export function pairOf(a: string, b: string, published?: string): CandidatePair {
  const pairs = candidatePairs([claimOf('a', a, published), claimOf('b', b, published)], { minSimilarity: 0 });
  if (pairs.length !== 1) throw new Error(`expected the two claims to align, got ${pairs.length} pairs`);
  return pairs[0]!;
}
