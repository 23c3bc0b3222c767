import { describe, expect, it } from 'vitest';
import { claimReviews } from '../../src/export/claimreview.js';
import { checkArticles } from '../../src/index.js';
import { validateClaimReviews } from '../../src/schema/index.js';
import type { Decision } from '../../src/types.js';

describe('ClaimReview export', () => {
  it('rates the side judged wrong false, both sides disputed otherwise, and skips dismissed and stale decisions', async () => {
    const articles = [
      { id: 'agency', text: 'The earthquake in Valdora on Monday destroyed 450 houses, the regional government said.', published: '2025-06-03', outlet: 'Agency', url: 'https://example.org/agency' },
      { id: 'paper', text: 'The earthquake in Valdora on Monday destroyed 980 houses, the regional government said.', published: '2025-06-03' },
    ];
    const base = await checkArticles(articles);
    const conflict = base.comparisons.find((comparison) => comparison.verdict === 'contradict')!;
    const decision = (extra: Partial<Decision>): Decision => ({
      comparison: conflict.id,
      decision: 'confirmed',
      claims: [
        { article: conflict.claims[0].article, text: conflict.claims[0].text },
        { article: conflict.claims[1].article, text: conflict.claims[1].text },
      ],
      verdict: 'contradict',
      kind: 'numeric',
      reviewer: 'ed',
      decidedAt: '2026-01-02T03:04:05Z',
      ...extra,
    });
    const judged = claimReviews(await checkArticles(articles, { decisions: [decision({ right: 'agency' })] }));
    expect(judged).toHaveLength(1);
    expect(judged[0]).toMatchObject({ claimReviewed: articles[1]!.text, reviewRating: { alternateName: 'False', ratingValue: 1 }, author: { name: 'ed' } });
    expect(validateClaimReviews(judged)).toMatchObject({ ok: true });
    const disputed = claimReviews(await checkArticles(articles, { decisions: [decision({})] }));
    expect(disputed.map((review) => review.reviewRating.alternateName)).toEqual(['Disputed', 'Disputed']);
    expect(disputed.find((review) => review.itemReviewed.appearance[0]!.identifier === 'agency')!.itemReviewed.appearance[0]).toMatchObject({ url: 'https://example.org/agency', publisher: { name: 'Agency' } });
    expect(claimReviews(await checkArticles(articles, { decisions: [decision({ decision: 'dismissed' })] }))).toEqual([]);
    const edited = articles.map((article) => (article.id === 'paper' ? { ...article, text: article.text.replace('980', '990') } : article));
    expect(claimReviews(await checkArticles(edited, { decisions: [decision({ right: 'agency' })] }))).toEqual([]);
  });
});
