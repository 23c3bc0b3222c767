import type { ArticleInput, ClaimSet, InputProblem } from '../../types.js';
import { cachedClaimSet, type StoreResult } from '../claims-store.js';
import { readArticles } from '../io.js';
import { limitHeapGrowthFor } from '../heap.js';
import { progress } from '../output.js';
import { warn } from '../messages.js';
import { defaultWorkers, extractInParallel } from '../parallel.js';
import { derivedSourceProblems } from '../../derived/index.js';

export interface ExtractArgs {
  paths: string[];
  claims: string;
  maxFileSize: number;
  force: boolean;
  quiet: boolean;
  /** Worker threads for extraction; default: one per core. */
  workers?: number;
}

/**
 * Reads articles, reuses the stored claims of unchanged ones, extracts the rest (over worker
 * threads when there are many) and stores each claim set; shared by `extract`, `check` and `audit`.
 * Sets come back in input order, whatever thread extracted them.
 */
export async function extractToStore(args: ExtractArgs): Promise<{ sets: ClaimSet[]; problems: InputProblem[] }> {
  const { inputs, problems, notes } = readArticles(args.paths, args.maxFileSize);
  for (const problem of [...problems, ...notes]) warn(problem.file, problem.reason);
  const slots: (ClaimSet | undefined)[] = inputs.map((input) => (args.force ? undefined : cachedClaimSet(args.claims, input)));
  const pending: { input: ArticleInput; index: number }[] = inputs.flatMap((input, index) => (slots[index] ? [] : [{ input, index }]));
  const reused = inputs.length - pending.length;
  limitHeapGrowthFor(inputs.length);
  const bar = progress(args.quiet, 'extract', pending.length);
  // What storing said is reported after, in input order, so the messages do not depend on which
  // thread finished first.
  const stored: (StoreResult | undefined)[] = [];
  const extracted = await extractInParallel(
    pending.map((item) => item.input),
    args.workers ?? defaultWorkers(),
    (position, _, done, result) => {
      bar.update(done);
      stored[position] = result;
    },
    { dir: args.claims, force: args.force },
  );
  bar.stop();
  for (const problem of extracted.problems) {
    warn(problem.file, problem.reason);
    problems.push(problem);
  }
  pending.forEach(({ input, index }, position) => {
    const fresh = extracted.claimSets[position]!;
    if (fresh.claims.length === 0) {
      warn(input.path ?? input.id, 'no check-worthy sentences found');
      problems.push({ file: input.path ?? input.id, reason: 'no check-worthy sentences found' });
    }
    const result = stored[position]!;
    if ('invalid' in result) {
      const reason = `extracted claims fail schemas/claims.schema.json at ${result.invalid.reason}; article left out (a crosscheck bug: please report it with the article)`;
      warn(input.path ?? input.id, reason);
      problems.push({ file: input.path ?? input.id, reason });
      return;
    }
    const { outcome } = result;
    if (outcome.status === 'kept-edited') warn(outcome.file, 'edited by hand since extraction; kept and used (pass --force to re-extract)');
    if (outcome.status === 'replaced') warn(outcome.file, `replaced; the previous file was saved as ${outcome.backup}`);
    slots[index] = outcome.set;
  });
  if (!args.quiet && reused > 0) process.stderr.write(`crosscheck: ${reused} of ${inputs.length} articles unchanged; their claims were reused from ${args.claims}/\n`);
  const sets = slots.filter((set): set is ClaimSet => set !== undefined);
  for (const problem of derivedSourceProblems(sets)) {
    warn(problem.file, problem.reason);
    problems.push(problem);
  }
  return { sets, problems };
}

export async function runExtract(args: ExtractArgs): Promise<number> {
  const { sets, problems } = await extractToStore(args);
  if (!args.quiet) process.stderr.write(`crosscheck: ${sets.length} claim sets in ${args.claims}/\n`);
  return problems.length > 0 ? 2 : 0;
}
