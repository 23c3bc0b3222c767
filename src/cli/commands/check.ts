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
  const { sets, problems } = await extractToStore(args);
  if (sets.length === 0) {
    process.stderr.write('crosscheck: no article could be read; nothing written\n');
    return 2;
  }
  const { decisions, ok } = storedDecisions(args.decisions);
  const { report, judgements } = await reportWithStoredJudgements(sets, { problems, decisions }, args.claims, args.force, args.workers);
  const files = writeReport(report, args.reports, args.format);
  if (!args.quiet) {
    if (judgements.reused > 0) process.stderr.write(`crosscheck: ${judgements.reused} of ${judgements.reused + judgements.judged} judgements reused from ${judgementsFiles(args.claims)}\n`);
    process.stderr.write(summaryLine(report, files));
  }
  if (problems.length > 0 || !ok) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}
