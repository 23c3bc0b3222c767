import { statSync } from 'node:fs';
import { buildReport } from '../../pipeline.js';
import type { ClaimSet } from '../../types.js';
import { claimFiles, loadClaimSet } from '../claims-store.js';
import { contradictions, summaryLine, storedDecisions, writeReport, type Format } from '../output.js';
import { warn } from '../messages.js';

export interface CompareArgs {
  inputs: string[];
  reports: string;
  format: Format[];
  failOn?: 'contradict';
  quiet: boolean;
  decisions: string;
}

/** Compares stored (possibly hand-edited) claim sets. Any invalid file stops the run before anything is written. */
export function runCompare(args: CompareArgs): number {
  const files: string[] = [];
  let failed = false;
  for (const input of args.inputs) {
    try {
      if (statSync(input).isDirectory()) files.push(...claimFiles(input));
      else files.push(input);
    } catch {
      warn(input, 'no such file or folder');
      failed = true;
    }
  }
  const sets: ClaimSet[] = [];
  for (const file of files) {
    const loaded = loadClaimSet(file);
    if (loaded.ok) sets.push(loaded.set);
    else {
      warn(file, loaded.error);
      failed = true;
    }
  }
  if (failed) {
    process.stderr.write('crosscheck: nothing written; fix the files above and run again\n');
    return 2;
  }
  const { decisions, ok } = storedDecisions(args.decisions);
  const report = buildReport(sets, { decisions });
  const written = writeReport(report, args.reports, args.format);
  if (!args.quiet) process.stderr.write(summaryLine(report, written));
  if (!ok) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}
