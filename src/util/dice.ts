/**
 * Dice similarity of character bigrams, the measure of string-similarity's compareTwoStrings, for
 * comparing one text with many: each text's bigrams are counted once, not once per comparison.
 * For any two texts, `diceSimilarity(bigramProfile(a), bigramProfile(b))` equals
 * `compareTwoStrings(a, b)` (property-tested).
 */
export interface BigramProfile {
  /** The text without white space, as compareTwoStrings compares it. */
  compact: string;
  /** Its bigrams as UTF-16 code-unit pairs (`first * 65536 + second`), ascending. */
  bigrams: Uint32Array;
}

export function bigramProfile(text: string): BigramProfile {
  const compact = text.replace(/\s+/g, '');
  const bigrams = new Uint32Array(Math.max(0, compact.length - 1));
  for (let index = 0; index < bigrams.length; index++) bigrams[index] = compact.charCodeAt(index) * 65536 + compact.charCodeAt(index + 1);
  return { compact, bigrams: bigrams.sort() };
}

export function diceSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.compact === b.compact) return 1;
  if (a.compact.length < 2 || b.compact.length < 2) return 0;
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.bigrams.length && y < b.bigrams.length) {
    const difference = a.bigrams[x]! - b.bigrams[y]!;
    if (difference === 0) {
      shared++;
      x++;
      y++;
    } else if (difference < 0) x++;
    else y++;
  }
  return (2 * shared) / (a.compact.length + b.compact.length - 2);
}
