import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../cli/io.js';
import { formatSuite, runSuite, type SuiteResult } from './perturb.js';
import { formatAlignment, scoreAlignment, type AlignmentGold, type AlignmentScore } from './alignment.js';
import { buildReport, extractArticles } from '../pipeline.js';
import { formatScores, predictRows, scoreByEditType, type SummEditsRow } from './summedits.js';

/** `npm run eval [-- path/to/summedits.jsonl] [--errors]`: scores crosscheck on labelled SummEdits rows. */
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? '../shared/eval/summedits-news-dev.jsonl';
let rows: SummEditsRow[];
try {
  rows = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as SummEditsRow);
} catch (error) {
  process.stderr.write(`crosscheck eval: ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}
const suiteStarted = performance.now();
const results: SuiteResult[] = [];
for (const name of readdirSync('examples').sort()) {
  const folder = join('examples', name);
  if (!statSync(folder).isDirectory()) continue;
  results.push(runSuite(name, readArticles([folder]).inputs));
}
process.stdout.write(formatSuite(results));
process.stdout.write(`(${((performance.now() - suiteStarted) / 1000).toFixed(1)} s)\n\n`);
const alignmentScores: AlignmentScore[] = [];
for (const file of readdirSync('test/alignment').filter((name) => name.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join('test/alignment', file), 'utf8')) as AlignmentGold;
  const { claimSets } = extractArticles(readArticles([join('examples', gold.corpus)]).inputs);
  alignmentScores.push(...scoreAlignment(gold, claimSets.flatMap((set) => set.claims), buildReport(claimSets)));
}
process.stdout.write(`${formatAlignment(alignmentScores)}\n`);
if (args.includes('--misses')) {
  for (const outcome of results.flatMap((result) => result.outcomes)) {
    if (!outcome.detected) process.stdout.write(`MISSED ${outcome.edit.claim} ${outcome.edit.description}${outcome.otherKind ? ` (found as ${outcome.otherKind})` : ''}\n`);
  }
}
const started = performance.now();
const predictions = predictRows(rows);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(formatScores(`SummEdits (${file}), ${rows.length} rows, ${seconds.toFixed(1)} s`, scoreByEditType(predictions)));
if (args.includes('--errors')) {
  for (const prediction of predictions) {
    if ((prediction.label === 0) === prediction.flagged) continue;
    const row = rows.find((candidate) => candidate.id === prediction.id)!;
    process.stdout.write(`\n${prediction.flagged ? 'FALSE ALARM' : 'MISSED'} ${prediction.id} [${prediction.editTypes.join(',')}]\n  ${row.summary}\n${prediction.evidence ? `  ${prediction.evidence.rule}: ${prediction.evidence.reason}\n` : ''}`);
  }
}
