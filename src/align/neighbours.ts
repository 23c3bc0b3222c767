export interface NeighbourOptions {
  /** Each article keeps at most this many nearest articles. */
  perArticle: number;
  /** Keys held by more articles than this say nothing about which articles belong together. */
  maxArticleFrequency: number;
  /** A neighbour must score at least this share of the article's nearest one (0..1). */
  minShareOfBest: number;
}

/**
 * Pairs of articles that most likely report the same happenings: for each article, the few others
 * sharing the most of its rarer keys, each key weighted by its inverse article frequency. In a year of
 * coverage a place, a person or a count alone is shared with hundreds of claims, but an article's
 * keys taken together still single out the handful of articles about its event.
 *
 * `keyArticles` holds, for each key, the indices of the articles holding it, ascending and without
 * repeats. Returns each pair once, packed as `low * articleCount + high`, ascending.
 */
export function neighbourArticles(keyArticles: readonly (readonly number[])[], articleCount: number, options: NeighbourOptions): number[] {
  const keysOfArticle: number[][] = Array.from({ length: articleCount }, () => []);
  const weight = new Float64Array(keyArticles.length);
  keyArticles.forEach((articles, key) => {
    // A key every article holds weighs nothing.
    if (articles.length < 2 || articles.length > options.maxArticleFrequency || articles.length === articleCount) return;
    weight[key] = Math.log(articleCount / articles.length);
    for (const article of articles) keysOfArticle[article]!.push(key);
  });
  const score = new Float64Array(articleCount);
  const pairs = new Set<number>();
  for (let article = 0; article < articleCount; article++) {
    const touched: number[] = [];
    for (const key of keysOfArticle[article]!) {
      for (const other of keyArticles[key]!) {
        if (other === article) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = score[other]! + weight[key]!;
      }
    }
    const nearest = touched.filter((other) => score[other]! > 0).sort((x, y) => score[y]! - score[x]! || x - y);
    const floor = nearest.length > 0 ? score[nearest[0]!]! * options.minShareOfBest : 0;
    for (const other of nearest.slice(0, options.perArticle)) if (score[other]! >= floor) pairs.add(Math.min(article, other) * articleCount + Math.max(article, other));
    for (const other of touched) score[other] = 0;
  }
  return [...pairs].sort((x, y) => x - y);
}
