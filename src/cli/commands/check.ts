import { align } from '../../align/index.js';
import { buildReport } from '../../pipeline.js';
import { judgeInParallel } from '../parallel.js';
import { contradictions, summaryLine, storedDecisions, writeReport, type Format } from '../output.js';
import { extractToStore, type ExtractArgs } from './extract.js';
import { judgementsFile, loadJudgements, saveJudgements } from '../judgement-store.js';

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
  const judgements = loadJudgements(args.claims, args.force);
  const alignment = align(sets.flatMap((set) => set.claims));
  await judgeInParallel(alignment.pairs, sets, judgements, args.workers);
  const report = buildReport(sets, { problems, decisions, judgements, alignment });
  const files = writeReport(report, args.reports, args.format);
  saveJudgements(args.claims, judgements);
  if (!args.quiet) {
    if (judgements.reused > 0) process.stderr.write(`crosscheck: ${judgements.reused} of ${judgements.reused + judgements.judged} judgements reused from ${judgementsFile(args.claims)}\n`);
    process.stderr.write(summaryLine(report, files));
  }
  if (problems.length > 0 || !ok) return 2;
  return args.failOn === 'contradict' && contradictions(report) > 0 ? 1 : 0;
}
