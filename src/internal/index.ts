import { candidatePairs } from '../align/index.js';
import { judgePair } from '../compare/judge.js';
import { claimRef } from '../compare/judge.js';
import type { JudgementCache } from '../compare/judgement-cache.js';
import type { Claim, InternalFinding, PublishedDate } from '../types.js';
import { stableId } from '../util/hash.js';
import type { InternalRule } from './rule.js';
import weekdayDate from './weekday-date.js';

/** Sentences of one article are compared only when they are near repeats of each other. */
const INTERNAL_MIN_SIMILARITY = 0.6;

export const INTERNAL_RULES: readonly InternalRule[] = [weekdayDate];

/**
 * Finds inconsistencies inside one article: the internal rules, plus every comparison rule run on
 * pairs of the article's own claims (two sentences of one article that contradict each other).
 */
export function checkInternal(article: { id: string; published?: PublishedDate }, claims: readonly Claim[], cache?: JudgementCache): InternalFinding[] {
  if (cache) return cache.internal(article, claims, () => checkInternal(article, claims));
  const findings = INTERNAL_RULES.flatMap((rule) => rule.check(article, claims));
  // candidatePairs pairs claims of different articles only; give each claim its own pseudo-article.
  const separated = claims.map((claim) => ({ ...claim, article: claim.id }));
  for (const pair of candidatePairs(separated, { minSimilarity: INTERNAL_MIN_SIMILARITY })) {
    const judgement = judgePair(pair);
    if (judgement?.result.verdict !== 'contradict') continue;
    const originals = [pair.a, pair.b].map((claim) => ({ ...claim, article: article.id }));
    findings.push({
      id: stableId('i-', [article.id, judgement.rule.id, pair.a.text, pair.b.text]),
      article: article.id,
      rule: judgement.rule.id,
      kind: judgement.result.kind,
      reason: judgement.result.reason.replaceAll(pair.a.id, 'one sentence').replaceAll(pair.b.id, 'another'),
      claims: originals.map(claimRef),
    });
  }
  return findings;
}
