import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/align/index.js';
import { neighbourArticles } from '../../src/align/neighbours.js';
import { claimsOf } from '../helpers/claims.js';

const unpack = (pairs: number[], count: number) => pairs.map((packed) => [Math.floor(packed / count), packed % count]);
const options = { perArticle: 8, maxArticleFrequency: 3, minShareOfBest: 0.5 };

describe('neighbourArticles', () => {
  it('pairs articles by the rare keys they share, not by keys too many articles hold', () => {
    // keys: 0 held by articles 0 and 1; 1 by 2 and 3; 2 by all four (more than maxArticleFrequency).
    const pairs = neighbourArticles([[0, 1], [2, 3], [0, 1, 2, 3]], 4, options);
    expect(unpack(pairs, 4)).toEqual([[0, 1], [2, 3]]);
  });

  it('keeps only neighbours that come close to the nearest one, and at most perArticle of them', () => {
    // Article 0 shares two rare keys with 1 and one with 2; article 2 shares two with 3. Every key is
    // held by two articles, so it weighs the same: 2 is half as near to 0 as 1 is, and 0 to 2 as 3 is.
    const keys = [[0, 1], [0, 1], [0, 2], [2, 3], [2, 3]];
    expect(unpack(neighbourArticles(keys, 5, { ...options, minShareOfBest: 0.6 }), 5)).toEqual([[0, 1], [2, 3]]);
    expect(unpack(neighbourArticles(keys, 5, { ...options, minShareOfBest: 0.4 }), 5)).toEqual([[0, 1], [0, 2], [2, 3]]);
    expect(unpack(neighbourArticles(keys, 5, { ...options, minShareOfBest: 0, perArticle: 1 }), 5)).toEqual([[0, 1], [2, 3]]);
  });
});

describe('candidatePairs in a large corpus', () => {
  it('pairs two reports of one event whose shared keys are all too common, when their articles are neighbours', () => {
    // With maxKeyFrequency 2, every key the two reports share (Talen, Estavia, houses, earthquake,
    // March) is too common to pair on, alone or two together, and they give different days; the
    // minister both articles quote makes the articles neighbours.
    const corpus = [
      ...claimsOf('a', 'An earthquake hit Talen, Estavia, on March 3, destroying 800 houses. "We will rebuild every home," said Interior Minister Pavel Ibarra.', '2025-03-04'),
      ...claimsOf('b', 'An earthquake hit Talen, Estavia, on March 4, destroying 800 houses. Interior Minister Pavel Ibarra said: "We will rebuild every home."', '2025-03-05'),
      ...claimsOf('c', 'A flood hit Talen, Estavia, on June 9, destroying 300 houses.', '2025-06-10'),
      ...claimsOf('d', 'An earthquake hit Morava, Peltar, on March 20, destroying 90 houses.', '2025-03-21'),
    ];
    const pairs = candidatePairs(corpus, { maxKeyFrequency: 2 }).map((pair) => [pair.a.id, pair.b.id, pair.similarity]);
    expect(pairs.map(([a, b]) => [a, b])).toContainEqual(['a#1', 'b#1']);
    expect(pairs.map(([a, b]) => [a, b])).not.toContainEqual(['a#1', 'd#1']);
    // Claims given in another order, not article by article, give the same pairs.
    const interleaved = [...corpus].sort((x, y) => (x.id.slice(-1) + x.article).localeCompare(y.id.slice(-1) + y.article));
    expect(interleaved.map((claim) => claim.article)).not.toEqual(corpus.map((claim) => claim.article));
    expect(candidatePairs(interleaved, { maxKeyFrequency: 2 }).map((pair) => [pair.a.id, pair.b.id, pair.similarity])).toEqual(pairs);
  });
});
