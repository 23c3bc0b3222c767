import { existsSync } from 'node:fs';
import type { ClaimSet, InputProblem } from '../../types.js';
import { claimFiles, loadClaimSet } from '../claims-store.js';
import { storedDecisions, writeAudit } from '../output.js';
import { warn } from '../messages.js';
import { extractToStore, type ExtractArgs } from './extract.js';
import { reportWithStoredJudgements } from '../judgement-store.js';

export interface AuditArgs extends ExtractArgs {
  reports: string;
  decisions: string;
}

/** `crosscheck audit [paths..]`: from articles when given, else from the stored claim sets. */
export async function runAudit(args: AuditArgs): Promise<number> {
  let sets: ClaimSet[] = [];
  let problems: InputProblem[] = [];
  if (args.paths.length > 0) ({ sets, problems } = await extractToStore(args));
  else if (existsSync(args.claims)) {
    for (const file of claimFiles(args.claims)) {
      const loaded = loadClaimSet(file);
      if (loaded.ok) sets.push(loaded.set);
      else {
        warn(file, loaded.error);
        problems.push({ file, reason: loaded.error });
      }
    }
  }
  if (sets.length === 0) {
    process.stderr.write(`crosscheck: nothing to audit: give article paths, or run "crosscheck extract" first to fill ${args.claims}/\n`);
    return 2;
  }
  const { decisions, ok } = storedDecisions(args.decisions);
  const { report } = await reportWithStoredJudgements(sets, { problems, decisions }, args.claims, args.force, args.workers);
  const files = writeAudit(report, args.reports);
  if (!args.quiet) process.stderr.write(`crosscheck: audit of ${report.articles.length} articles → ${files.join(', ')}\n`);
  return problems.length > 0 || !ok ? 2 : 0;
}
