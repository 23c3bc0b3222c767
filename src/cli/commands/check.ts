import { buildReport } from '../../pipeline.js';
import { contradictions, summaryLine, storedDecisions, writeReport, type Format } from '../output.js';
import { extractToStore, type ExtractArgs } from './extract.js';

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
  const report = buildReport(sets, { problems, decisions });
  const files = writeReport(report, args.reports, args.format);
  if (!args.quiet) process.stderr.write(summaryLine(report, files));
  if (problems.length > 0 || !ok) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}
