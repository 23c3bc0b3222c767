import type { Article, ClaimSet } from '../types.js';
import { extractClaims, toClaimSet, type ExtractOptions } from './claims.js';

export { extractClaims, toClaimSet, claimsChecksum, EXTRACTOR_VERSION, type ExtractOptions } from './claims.js';
export { splitSentences, type Sentence } from './sentences.js';
export { personKey, equipmentFamily } from './entities.js';

/** Extracts the claim set of every article, in input order. */
export function extract(articles: readonly Article[], options: ExtractOptions = {}): ClaimSet[] {
  return articles.map((article) => toClaimSet(article, extractClaims(article, options)));
}
