import stringSimilarity from 'string-similarity';
import type { CandidatePair } from '../align/index.js';
import type { Claim, CopyPair } from '../types.js';
import { compareStrings, normalizeText } from '../util/text.js';
import { groupBy } from '../util/group.js';

/** Claims this alike are the same sentence, copied. */
const NEAR_IDENTICAL = 0.9;
/** Articles sharing at least this share of the smaller one's claim text copy each other. */
export const COPY_SHARE = 0.5;
/** Pairs sharing less than this are not listed. */
const LISTED_SHARE = 0.2;

/**
 * Finds articles that share text word for word: near-identical claims (Dice ≥ 0.9 on normalised
 * text), from the candidate pairs alignment already found (no all-pairs pass). Returns the sharing
 * pairs and the copy groups (articles linked by a share ≥ 0.5, transitively).
 */
export function detectCopies(articleIds: readonly string[], claims: readonly Claim[], pairs: readonly CandidatePair[]): { copies: CopyPair[]; groups: { id: string; articles: string[] }[] } {
  // Every article gets a group, an article without claims too.
  const articles = [...new Set([...articleIds, ...claims.map((claim) => claim.article)])];
  const totalChars = new Map<string, number>();
  for (const claim of claims) totalChars.set(claim.article, (totalChars.get(claim.article) ?? 0) + claim.text.length);
  const shared = new Map<string, { a: string; b: string; claimsA: Set<string>; chars: number }>();
  for (const pair of pairs) {
    if (pair.similarity < 0.5) continue;
    const textA = normalizeText(pair.a.text).toLowerCase();
    const textB = normalizeText(pair.b.text).toLowerCase();
    if (textA !== textB && (pair.dice ?? stringSimilarity.compareTwoStrings(textA, textB)) < NEAR_IDENTICAL) continue;
    const [x, y] = compareStrings(pair.a.article, pair.b.article) <= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = `${x.article}\u0000${y.article}`;
    const entry = shared.get(key) ?? { a: x.article, b: y.article, claimsA: new Set<string>(), chars: 0 };
    if (!entry.claimsA.has(x.id)) {
      entry.claimsA.add(x.id);
      entry.chars += x.text.length;
    }
    shared.set(key, entry);
  }
  const copies: CopyPair[] = [...shared.values()]
    .map((entry) => {
      const smaller = Math.min(totalChars.get(entry.a) ?? 1, totalChars.get(entry.b) ?? 1);
      return { a: entry.a, b: entry.b, sharedClaims: entry.claimsA.size, sharedChars: entry.chars, share: Math.round(Math.min(1, entry.chars / smaller) * 1000) / 1000 };
    })
    .filter((pair) => pair.share >= LISTED_SHARE)
    .sort((x, y) => y.share - x.share || compareStrings(x.a, y.a) || compareStrings(x.b, y.b));

  const parent = new Map(articles.map((article) => [article, article]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const pair of copies) {
    if (pair.share < COPY_SHARE) continue;
    const [x, y] = [find(pair.a), find(pair.b)].sort(compareStrings) as [string, string];
    if (x !== y) parent.set(y, x);
  }
  const members = groupBy(articles, find);
  const groups = [...members.values()].map((list, index) => ({ id: `g${index + 1}`, articles: list.sort(compareStrings) }));
  return { copies, groups };
}
