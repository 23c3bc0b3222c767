import type { InputProblem, Report } from '../../types.js';
import { contradictions, summaryLine, storedDecisions, writeReport, type Format } from '../output.js';
import { extractToStore, type ExtractArgs } from './extract.js';
import { judgementsFiles, reportWithStoredJudgements } from '../judgement-store.js';

export interface CheckArgs extends ExtractArgs {
  reports: string;
  format: Format[];
  failOn?: 'contradict';
  decisions: string;
}

export async function runCheck(args: CheckArgs): Promise<number> {
  const checked = await extractAndReport(args);
  if (!checked) {
    process.stderr.write('crosscheck: no article could be read; nothing written\n');
    return 2;
  }
  const { report, problems, decisionsOk, reused, judged } = checked;
  const files = writeReport(report, args.reports, args.format);
  if (!args.quiet) {
    if (reused > 0) process.stderr.write(`crosscheck: ${reused} of ${reused + judged} judgements reused from ${judgementsFiles(args.claims)}\n`);
    process.stderr.write(summaryLine(report, files));
  }
  if (problems.length > 0 || !decisionsOk) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}

/** The report of the articles, with their claims and the judgements stored (which uses the claim sets up). */
async function extractAndReport(args: CheckArgs): Promise<{ report: Report; problems: InputProblem[]; decisionsOk: boolean; reused: number; judged: number } | undefined> {
  const { sets, problems } = await extractToStore(args);
  if (sets.length === 0) return undefined;
  const { decisions, ok } = storedDecisions(args.decisions);
  const { report, reused, judged } = await reportWithStoredJudgements(sets, { problems, decisions }, args.claims, args.force, args.workers);
  return { report, problems, decisionsOk: ok, reused, judged };
}
