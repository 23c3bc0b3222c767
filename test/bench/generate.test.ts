import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate.js';

/** The kind, place and day of each event, read from the lead of its first article (never one with an injected conflict). */
function slots(articles: number, seed: number): string[] {
  const corpus = generateCorpus({ articles, seed });
  const events = Math.round(articles / 5);
  return corpus.articles.slice(0, events).map((article) => {
    const lead = article.text.split('---\n')[2]!;
    const kind = /joint air drill|trilateral summit|earthquake/.exec(lead)![0];
    const place = /(?:struck|in) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: in|,| on)/.exec(lead)![1]!;
    const day = /(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday), ([A-Z][a-z]+ \d+)/.exec(lead)![1]!;
    return `${kind} ${kind === 'earthquake' ? '' : place} ${day} ${article.published.slice(0, 4)}`;
  });
}

describe('bench corpus generator', () => {
  it('gives the same corpus for the same options', () => {
    expect(generateCorpus({ articles: 200, seed: 3 })).toEqual(generateCorpus({ articles: 200, seed: 3 }));
  });

  it('makes no two events a reader could not tell apart: one kind, place and day, or two earthquakes on one day', () => {
    const all = slots(5000, 42);
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(all.length);
  });
});
