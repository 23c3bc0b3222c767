import { join } from 'node:path';
import { claimReviews } from '../../export/claimreview.js';
import { validateClaimReviews } from '../../schema/index.js';
import { writeFileAtomic } from '../io.js';
import { loadReviewedReport } from './review.js';

export interface ExportArgs {
  format: 'claimreview';
  reports: string;
  decisions: string;
  out?: string;
  quiet: boolean;
}

/** Writes schema.org ClaimReview JSON-LD for the conflicts reviewers confirmed. */
export function runExport(args: ExportArgs): number {
  const loaded = loadReviewedReport(args.reports, args.decisions);
  if (!loaded) return 2;
  const reviews = claimReviews(loaded.report);
  const check = validateClaimReviews(reviews);
  if (!check.ok) throw new Error(`ClaimReview export fails schemas/claimreview.schema.json: ${check.error}`);
  const file = args.out ?? join(args.reports, 'claimreview.jsonld');
  writeFileAtomic(file, `${JSON.stringify(reviews, null, 2)}\n`);
  if (!args.quiet) process.stderr.write(`crosscheck: ${reviews.length} ClaimReview${reviews.length === 1 ? '' : 's'} → ${file}\n`);
  return 0;
}
