import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildReport, extractArticles } from '../pipeline.js';
import { renderJson, renderMarkdown } from '../report/index.js';
import type { ArticleInput } from '../types.js';

/**
 * `npm run bench [-- --copies N]`: times each stage on the example corpus repeated N times (each copy
 * a separate article), and bare wink readDoc on the same text for comparison. Prints figures only.
 */
const copiesFlag = process.argv.indexOf('--copies');
const copies = copiesFlag >= 0 ? Number(process.argv[copiesFlag + 1]) : 20;
const folder = 'examples/trilateral-air-drills';
const originals = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ id: name.replace(/\.txt$/, ''), text: readFileSync(join(folder, name), 'utf8') }));
const inputs: ArticleInput[] = [];
for (let copy = 0; copy < copies; copy++) for (const original of originals) inputs.push({ id: `${original.id}-${copy}`, text: original.text });
const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0);

const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, (performance.now() - start) / 1000];
};

const nlp = winkNLP(model);
const [tokens, winkSeconds] = time(() => inputs.reduce((sum, input) => sum + nlp.readDoc(input.text).tokens().length(), 0));
const [extracted, extractSeconds] = time(() => extractArticles(inputs));
const [report, compareSeconds] = time(() => buildReport(extracted.claimSets));
const [, renderSeconds] = time(() => renderJson(report).length + renderMarkdown(report).length);
const total = extractSeconds + compareSeconds + renderSeconds;
const claims = extracted.claimSets.reduce((sum, set) => sum + set.claims.length, 0);

const rows: [string, string][] = [
  ['articles', String(inputs.length)],
  ['text', `${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens`],
  ['claims', String(claims)],
  ['candidate pairs judged', String(report.comparisons.length)],
  ['ingest + extract', `${extractSeconds.toFixed(2)} s`],
  ['align + compare + audit', `${compareSeconds.toFixed(2)} s`],
  ['report (md + json)', `${renderSeconds.toFixed(2)} s`],
  ['end to end', `${total.toFixed(2)} s, ${(inputs.length / total).toFixed(1)} articles/s, ${Math.round(tokens / total)} tokens/s, ${(bytes / 1e6 / total).toFixed(2)} MB/s`],
  ['bare wink readDoc', `${winkSeconds.toFixed(2)} s, ${Math.round(tokens / winkSeconds)} tokens/s`],
  ['our throughput / wink readDoc', `${((winkSeconds / total) * 100).toFixed(1)} %`],
  ['peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
];
process.stdout.write(`crosscheck bench: example corpus × ${copies}\n\n| measure | value |\n|---|---|\n${rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n')}\n`);
