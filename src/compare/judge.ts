import { diffWords } from 'diff';
import type { CandidatePair } from '../align/index.js';
import { eventScope } from '../align/scope.js';
import type { Claim, ClaimRef, Comparison, DiffPart, Verdict } from '../types.js';
import { stableId } from '../util/hash.js';
import { normalizeText } from '../util/text.js';
import { RULES } from './rules/index.js';
import { MAX_DIFF_EDITS, type Rule, type RuleContext, type RuleResult } from './rule.js';

/** Scope wins over values: a pair about different events is never a contradiction. */
const PRECEDENCE: Record<Verdict, number> = { 'different-scope': 4, contradict: 3, compatible: 2, agree: 1 };

export function claimRef(claim: Claim): ClaimRef {
  return { article: claim.article, claim: claim.id, text: claim.text, span: claim.span };
}

/** Word-level diff from a's text to b's, from the diff package. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const parts = diffWords(a, b, { maxEditLength: MAX_DIFF_EDITS });
  // Texts this different are shown as one rewritten for the other; a word diff would say no more.
  if (!parts) return [{ op: '-', text: a }, { op: '+', text: b }];
  return parts.map((part) => ({ op: part.added ? '+' : part.removed ? '-' : '=', text: part.value }));
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
export function judgePair(pair: CandidatePair, rules: readonly Rule[] = RULES): Judgement | undefined {
  const context: RuleContext = { pair, scope: eventScope(pair.a, pair.b), label: (claim) => claim.article };
  let best: Judgement | undefined;
  for (const rule of rules) {
    if (rule.id === 'paraphrase' && best) break;
    const result = rule.check(pair.a, pair.b, context);
    if (!result) continue;
    if (!best || PRECEDENCE[result.verdict] > PRECEDENCE[best.result.verdict]) best = { rule, result };
  }
  return best;
}

/** Judges every candidate pair and returns the comparisons, in pair order. */
export function compare(pairs: readonly CandidatePair[], topicOf: (claimId: string) => string | undefined, eventOf: (claimId: string) => string | undefined, rules: readonly Rule[] = RULES): Comparison[] {
  const comparisons: Comparison[] = [];
  for (const pair of pairs) {
    const judgement = judgePair(pair, rules);
    if (!judgement) continue;
    const { rule, result } = judgement;
    const comparison: Comparison = {
      id: comparisonId(pair.a, pair.b),
      topic: topicOf(pair.a.id) ?? topicOf(pair.b.id) ?? '',
      rule: rule.id,
      verdict: result.verdict,
      kind: result.kind,
      reason: result.reason,
      confidence: Math.round(result.confidence * 100) / 100,
      similarity: pair.similarity,
      diff: wordDiff(pair.a.text, pair.b.text),
      claims: [claimRef(pair.a), claimRef(pair.b)],
    };
    const eventA = eventOf(pair.a.id);
    if (eventA && eventA === eventOf(pair.b.id)) comparison.event = eventA;
    if (result.values) comparison.values = result.values;
    comparisons.push(comparison);
  }
  return comparisons;
}
