import type { ChangeObject } from 'diff';
import type { CandidatePair } from '../align/index.js';
import { eventScope } from '../align/scope.js';
import type { Claim, ClaimRef, Comparison, DiffPart, StoredJudgement, Verdict } from '../types.js';
import type { JudgementCache } from './judgement-cache.js';
import { stableId } from '../util/hash.js';
import { normalizeText } from '../util/text.js';
import { RULES } from './rules/index.js';
import { boundedDiffWords } from './word-diff.js';
import type { Rule, RuleContext, RuleResult } from './rule.js';

/** Scope wins over values: a pair about different events is never a contradiction. */
const PRECEDENCE: Record<Verdict, number> = { 'different-scope': 4, contradict: 3, compatible: 2, agree: 1 };

export function claimRef(claim: Claim): ClaimRef {
  return { article: claim.article, claim: claim.id, text: claim.text, span: claim.span };
}

function toDiffParts(a: string, b: string, parts: readonly ChangeObject<string>[] | undefined): DiffPart[] {
  // Texts this different are shown as one rewritten for the other; a word diff would say no more.
  if (!parts) return [{ op: '-', text: a }, { op: '+', text: b }];
  return parts.map((part) => ({ op: part.added ? '+' : part.removed ? '-' : '=', text: part.value }));
}

/** Word-level diff from a's text to b's, from the diff package. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return toDiffParts(a, b, boundedDiffWords(a, b));
}

/** The context rules see for one pair; the normalised word diff is computed on first use only. */
export function ruleContext(pair: CandidatePair): RuleContext {
  let diff: { parts: ChangeObject<string>[] | undefined } | undefined;
  return {
    pair,
    scope: eventScope(pair.a, pair.b),
    label: (claim) => claim.article,
    normalizedDiff: () => (diff ??= { parts: boundedDiffWords(normalizeText(pair.a.text), normalizeText(pair.b.text)) }).parts,
  };
}

/** The diff shown for a pair; reuses the rules' diff when normalising left both texts as they were. */
function pairDiff(pair: CandidatePair, context: RuleContext): DiffPart[] {
  const { a, b } = pair;
  if (normalizeText(a.text) === a.text && normalizeText(b.text) === b.text) return toDiffParts(a.text, b.text, context.normalizedDiff());
  return wordDiff(a.text, b.text);
}

/** Stable comparison id: the same two (article, claim text) pairs give the same id in every run. */
export function comparisonId(a: Claim, b: Claim): string {
  return stableId('c-', [a.article, normalizeText(a.text), b.article, normalizeText(b.text)]);
}

export interface Judgement {
  rule: Rule;
  result: RuleResult;
}

/** Runs every rule on a pair and keeps the deciding result, or undefined when no rule applies. */
export function judgePair(pair: CandidatePair, rules: readonly Rule[] = RULES, context: RuleContext = ruleContext(pair)): Judgement | undefined {
  let best: Judgement | undefined;
  for (const rule of rules) {
    if (rule.id === 'paraphrase' && best) break;
    const result = rule.check(pair.a, pair.b, context);
    if (!result) continue;
    if (!best || PRECEDENCE[result.verdict] > PRECEDENCE[best.result.verdict]) best = { rule, result };
    // Nothing outranks a different scope.
    if (best.result.verdict === 'different-scope') break;
  }
  return best;
}

/** A pair's judgement with its diff, or null when no rule applies. */
export function judgeWithDiff(pair: CandidatePair, rules: readonly Rule[] = RULES): StoredJudgement | null {
  const context = ruleContext(pair);
  const judgement = judgePair(pair, rules, context);
  if (!judgement) return null;
  const { rule, result } = judgement;
  const stored: StoredJudgement = {
    rule: rule.id,
    verdict: result.verdict,
    kind: result.kind,
    reason: result.reason,
    confidence: Math.round(result.confidence * 100) / 100,
    diff: pairDiff(pair, context),
  };
  if (result.values) stored.values = result.values;
  if (result.oneEvent) stored.oneEvent = true;
  return stored;
}

/**
 * Judges every candidate pair and returns the comparisons, in pair order. With a cache, pairs
 * judged in an earlier run by the same rules are not judged again.
 */
export function compare(pairs: readonly CandidatePair[], topicOf: (claimId: string) => string | undefined, eventOf: (claimId: string) => string | undefined, rules: readonly Rule[] = RULES, cache?: JudgementCache): Comparison[] {
  const comparisons: Comparison[] = [];
  const cached = cache !== undefined && rules === RULES;
  // A claim is in two or three pairs on average; its reference is made once.
  const refs = new Map<Claim, ClaimRef>();
  const refOf = (claim: Claim) => {
    let ref = refs.get(claim);
    if (!ref) refs.set(claim, (ref = claimRef(claim)));
    return ref;
  };
  for (const pair of pairs) {
    const judgement = cached ? cache.pair(pair.a, pair.b, pair.similarity, () => judgeWithDiff(pair, rules)) : judgeWithDiff(pair, rules);
    if (!judgement) continue;
    const comparison: Comparison = {
      id: comparisonId(pair.a, pair.b),
      topic: topicOf(pair.a.id) ?? topicOf(pair.b.id) ?? '',
      rule: judgement.rule,
      verdict: judgement.verdict,
      kind: judgement.kind,
      reason: judgement.reason,
      confidence: judgement.confidence,
      similarity: pair.similarity,
      diff: judgement.diff,
      claims: [refOf(pair.a), refOf(pair.b)],
    };
    const eventA = eventOf(pair.a.id);
    if (eventA && eventA === eventOf(pair.b.id)) comparison.event = eventA;
    if (judgement.values) comparison.values = judgement.values;
    if (judgement.oneEvent) comparison.oneEvent = true;
    comparisons.push(comparison);
  }
  return comparisons;
}
