import { candidatePairs } from '../align/index.js';
import { claimRef, judgePair, ruleContext } from '../compare/judge.js';
import { RULES } from '../compare/rules/index.js';
import type { JudgementCache } from '../compare/judgement-cache.js';
import type { Claim, InternalFinding, PublishedDate } from '../types.js';
import { stableId } from '../util/hash.js';
import { areSynonyms, baseForms, isAgentNoun } from '../lexicon/wordnet.js';
import { furtherSwap } from '../compare/word-swaps.js';
import type { RuleContext, RuleResult } from '../compare/rule.js';
import type { InternalRule } from './rule.js';
import weekdayDate from './weekday-date.js';

/** Sentences of one article are compared only when they are near repeats of each other. */
const INTERNAL_MIN_SIMILARITY = 0.6;

export const INTERNAL_RULES: readonly InternalRule[] = [weekdayDate];

/** Kinds of conflict that two parallel statements of one article show without being one: the place or name that tells them apart. */
const PARALLEL_KINDS = new Set(['location', 'entity']);

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The base forms of the words of a claim that name someone who acts or speaks (see isAgentNoun). */
function agentsOf(claim: Claim): string[] {
  return [...claim.text.toLowerCase().matchAll(WORD)].flatMap((match) => baseForms(match[0]).filter(isAgentNoun).slice(0, 1));
}

/**
 * An agent each sentence names and the other does not, when one puts another person or body in
 * the other's place ("teachers in Nantes warned …" / "union leaders in Lille warned …"): one article
 * lists such parallel statements side by side, so their places and names differ without
 * contradicting each other.
 */
export function swappedAgents(a: Claim, b: Claim): [string, string] | undefined {
  const x = agentsOf(a);
  const y = agentsOf(b);
  const onlyX = x.find((agent) => !y.some((other) => areSynonyms(agent, other)));
  const onlyY = y.find((agent) => !x.some((other) => areSynonyms(agent, other)));
  return onlyX !== undefined && onlyY !== undefined ? [onlyX, onlyY] : undefined;
}

/** Whether two sentences of one article in conflict are parallel statements about different people or things (see swappedAgents, furtherSwap). */
function parallelStatements(a: Claim, b: Claim, result: RuleResult, context: RuleContext): boolean {
  return (PARALLEL_KINDS.has(result.kind) && swappedAgents(a, b) !== undefined) || furtherSwap(a, b, result.values, context) !== undefined;
}

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
    // One context for judging and for the parallel-statement check: they share its word diff.
    const context = ruleContext(pair);
    const judgement = judgePair(pair, RULES, context);
    if (judgement?.result.verdict !== 'contradict') continue;
    if (parallelStatements(pair.a, pair.b, judgement.result, context)) continue;
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
