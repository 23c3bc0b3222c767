import { buildReport } from '../../pipeline.js';
import { contradictions, summaryLine, writeReport, type Format } from '../output.js';
import { extractToStore, type ExtractArgs } from './extract.js';

export interface CheckArgs extends ExtractArgs {
  reports: string;
  format: Format[];
  failOn?: 'contradict';
}

export function runCheck(args: CheckArgs): number {
  const { sets, problems } = extractToStore(args);
  if (sets.length === 0) {
    process.stderr.write('crosscheck: no article could be read; nothing written\n');
    return 2;
  }
  const report = buildReport(sets, { problems });
  const files = writeReport(report, args.reports, args.format);
  if (!args.quiet) process.stderr.write(summaryLine(report, files));
  if (problems.length > 0) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}
