import { candidatePairs } from '../align/index.js';
import type { Claim, Report } from '../types.js';

/** Gold alignment for one corpus: the pairs of claims (article id, start of the claim's text) that should be compared. */
export interface AlignmentGold {
  corpus: string;
  pairs: [[string, string], [string, string]][];
}

export interface AlignmentScore {
  corpus: string;
  /** What counts as aligned: pairs the report compares, or pairs alignment links into one topic. */
  measure: 'compared' | 'topic link';
  gold: number;
  aligned: number;
  correct: number;
  precision: number;
  recall: number;
  /** Gold pairs whose claims could not be found (a gold file out of step with extraction). */
  unresolved: string[];
}

/**
 * Scores alignment against gold pairs: a pair counts as aligned when the report compares it
 * (any verdict). Precision is the share of compared pairs that are gold; recall the share of gold
 * pairs compared.
 */
export function scoreAlignment(gold: AlignmentGold, claims: readonly Claim[], report: Report): AlignmentScore[] {
  const find = ([article, start]: [string, string]) => claims.find((claim) => claim.article === article && claim.text.startsWith(start));
  const key = (x: string, y: string) => [x, y].sort().join(' | ');
  const goldKeys = new Set<string>();
  const unresolved: string[] = [];
  for (const [left, right] of gold.pairs) {
    const a = find(left);
    const b = find(right);
    if (!a || !b) unresolved.push(`${left.join(': ')} ~ ${right.join(': ')}`);
    else goldKeys.add(key(a.id, b.id));
  }
  const score = (measure: AlignmentScore['measure'], alignedKeys: Set<string>): AlignmentScore => {
    const correct = [...alignedKeys].filter((pair) => goldKeys.has(pair)).length;
    return {
      corpus: gold.corpus,
      measure,
      gold: goldKeys.size,
      aligned: alignedKeys.size,
      correct,
      precision: alignedKeys.size === 0 ? 1 : correct / alignedKeys.size,
      recall: goldKeys.size === 0 ? 1 : correct / goldKeys.size,
      unresolved,
    };
  };
  const linked = candidatePairs(claims).filter((pair) => pair.similarity >= TOPIC_LINK);
  return [
    score('topic link', new Set(linked.map((pair) => key(pair.a.id, pair.b.id)))),
    score('compared', new Set(report.comparisons.map((comparison) => key(comparison.claims[0].claim, comparison.claims[1].claim)))),
  ];
}

/** The similarity at which alignment links two claims into one topic (align's default topic threshold). */
const TOPIC_LINK = 0.4;

export function formatAlignment(scores: readonly AlignmentScore[]): string {
  const lines = ['## Alignment', '', '| corpus | aligned means | gold pairs | aligned pairs | correct | precision | recall |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const score of scores) lines.push(`| ${score.corpus} | ${score.measure} | ${score.gold} | ${score.aligned} | ${score.correct} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} |`);
  for (const pair of new Set(scores.flatMap((score) => score.unresolved.map((item) => `${score.corpus}: ${item}`)))) lines.push(`\nUnresolved gold pair in ${pair}`);
  return `${lines.join('\n')}\n`;
}
