import { wordDiff as wordTokenizer, type ChangeObject } from 'diff';
import { MAX_DIFF_EDITS } from './rule.js';

/**
 * Texts recur across pairs (a claim is in two or three, as written and normalised), and making a
 * text's tokens is a good share of diffing it. Tokens are kept for this many texts at a time
 * (about 6 MB of them for sentences of news copy).
 */
const CACHED_TEXTS = 5_000;
const tokenCache = new Map<string, string[]>();

/** The diff package's word tokens of a text (its default tokenizer: no segmenter is ever passed); the package copies the list before it uses it. */
function tokensOf(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (tokens === undefined) {
    if (tokenCache.size >= CACHED_TEXTS) tokenCache.clear();
    tokens = wordTokenizer.tokenize(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** The diff package's word diff, unchanged but for taking each text's tokens from the cache. */
const cachedWordDiff: typeof wordTokenizer = Object.create(wordTokenizer, { tokenize: { value: tokensOf } });

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
  if (editLowerBound(tokensOf(a), tokensOf(b)) > MAX_DIFF_EDITS) return undefined;
  return cachedWordDiff.diff(a, b, { maxEditLength: MAX_DIFF_EDITS });
}
