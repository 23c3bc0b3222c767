import { diffWords, wordDiff as wordTokenizer, type ChangeObject } from 'diff';
import { MAX_DIFF_EDITS } from './rule.js';

/**
 * The fewest token edits any diff of the two token lists needs: every token one side has more
 * often than the other must be removed or added. The diff package compares trimmed tokens.
 */
function editLowerBound(a: readonly string[], b: readonly string[]): number {
  const surplus = new Map<string, number>();
  for (const token of a) {
    const key = token.trim();
    surplus.set(key, (surplus.get(key) ?? 0) + 1);
  }
  for (const token of b) {
    const key = token.trim();
    surplus.set(key, (surplus.get(key) ?? 0) - 1);
  }
  let edits = 0;
  for (const count of surplus.values()) edits += Math.abs(count);
  return edits;
}

/**
 * Word diff from the diff package, or undefined past `MAX_DIFF_EDITS` token edits. Texts that
 * cannot be diffed within the bound are refused before the diff starts, since Myers' search would
 * spend edits × length steps only to give up.
 */
export function boundedDiffWords(a: string, b: string): ChangeObject<string>[] | undefined {
  if (editLowerBound(wordTokenizer.tokenize(a), wordTokenizer.tokenize(b)) > MAX_DIFF_EDITS) return undefined;
  return diffWords(a, b, { maxEditLength: MAX_DIFF_EDITS });
}
