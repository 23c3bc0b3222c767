import { extractClaims, toClaimSet } from '../../extract/claims.js';
import { ingestArticle } from '../../ingest/index.js';
import type { ClaimSet, InputProblem } from '../../types.js';
import { cachedClaimSet, storeClaimSet } from '../claims-store.js';
import { readArticles } from '../io.js';
import { endProgress, progress, warn } from '../output.js';

export interface ExtractArgs {
  paths: string[];
  claims: string;
  maxFileSize: number;
  force: boolean;
  quiet: boolean;
}

/** Reads, ingests and extracts articles, storing each claim set; shared by `extract` and `check`. */
export function extractToStore(args: ExtractArgs): { sets: ClaimSet[]; problems: InputProblem[] } {
  const { inputs, problems } = readArticles(args.paths, args.maxFileSize);
  for (const problem of problems) warn(problem.file, problem.reason);
  const show = progress(args.quiet);
  const sets: ClaimSet[] = [];
  let reused = 0;
  inputs.forEach((input, index) => {
    show(`extract ${index + 1}/${inputs.length} ${input.id}`);
    const cached = args.force ? undefined : cachedClaimSet(args.claims, input);
    if (cached) {
      sets.push(cached);
      reused++;
      return;
    }
    const { article, warnings } = ingestArticle(input);
    for (const warning of warnings) {
      warn(input.path ?? input.id, warning.reason);
      problems.push({ file: input.path ?? input.id, reason: warning.reason });
    }
    const claims = extractClaims(article);
    if (claims.length === 0) {
      warn(input.path ?? input.id, 'no check-worthy sentences found');
      problems.push({ file: input.path ?? input.id, reason: 'no check-worthy sentences found' });
    }
    const outcome = storeClaimSet(args.claims, toClaimSet(article, claims), args.force);
    if (outcome.status === 'kept-edited') warn(outcome.file, 'edited by hand since extraction; kept and used (pass --force to re-extract)');
    if (outcome.status === 'replaced') warn(outcome.file, `replaced; the previous file was saved as ${outcome.backup}`);
    sets.push(outcome.set);
  });
  endProgress(args.quiet);
  if (!args.quiet && reused > 0) process.stderr.write(`crosscheck: ${reused} of ${inputs.length} articles unchanged; their claims were reused from ${args.claims}/\n`);
  return { sets, problems };
}

export function runExtract(args: ExtractArgs): number {
  const { sets, problems } = extractToStore(args);
  if (!args.quiet) process.stderr.write(`crosscheck: ${sets.length} claim sets in ${args.claims}/\n`);
  return problems.length > 0 ? 2 : 0;
}
