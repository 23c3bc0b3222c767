import type { Comparison, Report } from '../types.js';

/** A schema.org ClaimReview (https://schema.org/ClaimReview), as JSON-LD. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** Stable: the comparison id and which claim, so re-exports update rather than duplicate. */
  identifier: string;
  claimReviewed: string;
  datePublished: string;
  reviewBody: string;
  author: { '@type': 'Person'; name: string };
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'NewsArticle'; identifier: string; url?: string; name?: string; datePublished?: string; publisher?: { '@type': 'Organization'; name: string } }[];
  };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
}

function appearance(report: Report, article: string): ClaimReview['itemReviewed']['appearance'][number] {
  const info = report.articles.find((candidate) => candidate.id === article);
  const item: ClaimReview['itemReviewed']['appearance'][number] = { '@type': 'NewsArticle', identifier: article };
  if (info?.url) item.url = info.url;
  if (info?.title) item.name = info.title;
  if (info?.published && info.published.date.length === 10) item.datePublished = info.published.date;
  if (info?.outlet) item.publisher = { '@type': 'Organization', name: info.outlet };
  return item;
}

function review(report: Report, comparison: Comparison, index: 0 | 1, rating: ClaimReview['reviewRating'], body: string): ClaimReview {
  const claim = comparison.claims[index];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: `${comparison.id}#${claim.article}`,
    claimReviewed: claim.text,
    datePublished: comparison.review!.decidedAt.slice(0, 10),
    reviewBody: body,
    author: { '@type': 'Person', name: comparison.review!.reviewer },
    itemReviewed: { '@type': 'Claim', appearance: [appearance(report, claim.article)] },
    reviewRating: rating,
  };
}

/**
 * ClaimReviews for the conflicts reviewers confirmed (stale decisions are not exported). With a
 * side judged right, the other side's claim is rated false; without one, both claims are rated
 * disputed. The rating scale is 1 (false) to 5 (true).
 */
export function claimReviews(report: Report): ClaimReview[] {
  const reviews: ClaimReview[] = [];
  for (const comparison of report.comparisons) {
    const state = comparison.review;
    if (!state || state.stale || state.decision !== 'confirmed') continue;
    const note = state.note ? ` Reviewer's note: ${state.note}` : '';
    if (state.right) {
      const wrong = comparison.claims[0].article === state.right ? 1 : 0;
      const right = comparison.claims[1 - wrong]!;
      reviews.push(review(report, comparison, wrong, { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' }, `Contradicted by ${right.article}: “${right.text}” ${comparison.reason}.${note}`));
    } else {
      for (const index of [0, 1] as const) {
        const other = comparison.claims[1 - index]!;
        reviews.push(review(report, comparison, index, { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Disputed' }, `Conflicts with ${other.article}: “${other.text}” ${comparison.reason}.${note}`));
      }
    }
  }
  return reviews;
}
