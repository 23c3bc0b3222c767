import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readArticles } from '../cli/io.js';
import { limitHeapGrowthFor } from '../cli/heap.js';
import { reportWithStoredJudgements } from '../cli/judgement-store.js';
import { defaultWorkers, extractInParallel, extractInWorker } from '../cli/parallel.js';
import { writeReport } from '../cli/output.js';
import type { ClaimRef, Report } from '../types.js';
import { stageLaps } from '../util/stages.js';
import { generateCorpus, type GeneratedCorpus } from './generate.js';

/**
 * `npm run bench -- [--articles N] [--workers K] [--scaling] [--speedup] [--rerun] [--trace-memory] [--seed S]`:
 * generates a seeded corpus in a temporary folder, runs the whole pipeline on it and prints
 * throughput, time per stage, peak memory, pair counts, quality on the injected conflicts, and bare
 * wink readDoc on the same text for comparison. `--speedup` adds extraction by one worker, and bare
 * wink readDoc on one worker and on all of them, for what threads alone give on the machine.
 * `--trace-memory` prints the memory in use after each stage.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

interface Run {
  articles: number;
  bytes: number;
  stages: Record<string, number>;
  /** The stage during which the process's peak RSS was first reached. */
  peakStage: string;
  /** Seconds for a re-run after one article changed (with --rerun). */
  rerun?: number;
  total: number;
  claims: number;
  pairs: number;
  comparisons: number;
  recall: number;
  injected: number;
  falseContradictions: number;
  contradictions: number;
  /** Internal inconsistencies reported; the generator writes none, so every one is a false alarm. */
  internal: number;
}

function quality(corpus: GeneratedCorpus, report: Report): { recall: number; falseContradictions: number } {
  const eventOf = new Map(corpus.articles.map((article) => [article.id, article.event]));
  const contradictions = report.comparisons.filter((comparison) => comparison.verdict === 'contradict');
  const explained = new Set<string>();
  let detected = 0;
  for (const conflict of corpus.conflicts) {
    const hits = contradictions.filter((comparison) =>
      comparison.claims.some((claim) => claim.article === conflict.article && claim.text.includes(conflict.value)) &&
      comparison.claims.some((claim) => claim.article !== conflict.article && eventOf.get(claim.article) === conflict.event),
    );
    if (hits.length > 0) detected++;
    for (const hit of hits) explained.add(hit.id);
  }
  // A contradiction involving an article with an injected conflict, on its event, is the conflict seen from another claim.
  const conflicted = new Set(corpus.conflicts.map((conflict) => conflict.article));
  // A wrong place or day puts the claim that states it into another event's series: checked against
  // the timeline ("the first drill in Talen in 2023" and a drill in Talen that March) or against that
  // series' own ranks, the conflict shows between two events. Wrong amounts and ranks do not move a
  // claim, so they are not counted here.
  const movedClaim = (claim: ClaimRef) => corpus.conflicts.some((conflict) => (conflict.kind === 'location' || conflict.kind === 'date') && conflict.article === claim.article && claim.text.includes(conflict.value));
  const unexplained = contradictions.filter(
    (comparison) =>
      !explained.has(comparison.id) &&
      !comparison.claims.some((claim) => conflicted.has(claim.article) && comparison.claims.every((other) => eventOf.get(other.article) === eventOf.get(claim.article))) &&
      !((comparison.rule === 'ordinal-timeline' || comparison.rule === 'ordinal-scope') && comparison.claims.some(movedClaim)),
  );
  return { recall: corpus.conflicts.length === 0 ? 1 : detected / corpus.conflicts.length, falseContradictions: unexplained.length };
}

async function run(articles: number, workers: number, seed: number): Promise<Run> {
  const corpus = generateCorpus({ articles, seed });
  const folder = join(tmpdir(), `crosscheck-bench-${seed}-${articles}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  // One copy of the texts at a time: once written, the generator's copy is dropped.
  for (const article of corpus.articles) {
    writeFileSync(join(folder, `${article.id}.md`), article.text);
    article.text = '';
  }
  const clock = new StageClock(flag('trace-memory'));
  const { inputs } = readArticles([folder]);
  // As `check` does, once it knows how many articles the run has.
  limitHeapGrowthFor(inputs.length);
  clock.lap('ingest (read files)');
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0);
  // As `check` does: each claim set is stored for the next run by the thread that made it, then
  // the report is built from the judgements (made over the workers) and they are stored, and the
  // claims and judgements are let go before the report is written.
  const claimsDir = `${folder}-claims`;
  rmSync(claimsDir, { recursive: true, force: true });
  const { claimSets } = await extractInParallel(inputs, workers, undefined, { dir: claimsDir, force: false });
  // Each text is freed once extracted; claims keep only their sentences.
  inputs.length = 0;
  clock.lap('extract and store claims');
  const claims = claimSets.reduce((sum, set) => sum + set.claims.length, 0);
  const { report } = await reportWithStoredJudgements(claimSets, { onStage: (stage, ms) => clock.record(stage, ms / 1000) }, claimsDir, false, workers);
  clock.restart();
  // As `check` does: validated, rendered and written, with the charts.
  writeReport(report, `${folder}-reports`, ['json', 'md']);
  clock.lap('report');
  const { stages, peak } = clock;
  const total = Object.values(stages).reduce((sum, seconds) => sum + seconds, 0);
  const { recall, falseContradictions } = quality(corpus, report);
  let rerun: number | undefined;
  if (flag('rerun')) {
    // `crosscheck check` run afresh after one article changed, as a user would run it: it reads every
    // article and stored claims file, extracts the changed one, reuses the stored judgements of
    // unchanged pairs and writes the reports, claims and judgements. In its own process, so the
    // cold run's data still held here neither slows its heap nor counts in its time.
    const changed = join(folder, `${corpus.articles[0]!.id}.md`);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\d+/, (number) => String(Number(number) + 1)));
    const start = performance.now();
    const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
    const child = spawnSync(process.execPath, [cli, 'check', folder, '--claims', claimsDir, '--reports', `${folder}-reports`, '--decisions', `${folder}-decisions.json`, '--workers', String(workers), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    rerun = (performance.now() - start) / 1000;
    if (child.status !== 0) throw new Error(`re-run: crosscheck check exited with ${child.status ?? child.signal}`);
  }
  rmSync(`${folder}-reports`, { recursive: true, force: true });
  rmSync(claimsDir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
  return {
    articles,
    bytes,
    stages,
    peakStage: peak.stage,
    total,
    claims,
    pairs: report.comparisons.length,
    comparisons: report.comparisons.length,
    recall,
    injected: corpus.conflicts.length,
    falseContradictions,
    contradictions: report.comparisons.filter((comparison) => comparison.verdict === 'contradict').length,
    internal: report.internal.length,
    ...(rerun === undefined ? {} : { rerun }),
  };
}

const mebibytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Seconds per stage, and the stage in which the process's peak RSS was first reached. */
class StageClock {
  readonly stages: Record<string, number> = {};
  peak = { stage: 'generate', rss: process.resourceUsage().maxRSS };
  private readonly laps = stageLaps<string>((stage, milliseconds) => this.record(stage, milliseconds / 1000));

  /** With `traceMemory`, each lap prints the memory in use to stderr. */
  constructor(private readonly traceMemory = false) {}

  /** Counts `seconds` to `stage`, which has just ended. */
  record(stage: string, seconds: number): void {
    this.stages[stage] = (this.stages[stage] ?? 0) + seconds;
    const rss = process.resourceUsage().maxRSS;
    if (rss > this.peak.rss) this.peak = { stage, rss };
    if (this.traceMemory) {
      const { rss, heapUsed } = process.memoryUsage();
      process.stderr.write(`after ${stage}: RSS ${mebibytes(rss)} MB (peak so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB), heap in use ${mebibytes(heapUsed)} MB\n`);
    }
  }

  /** Counts the time since the last lap (or restart) to `stage`. */
  lap(stage: string): void {
    this.laps.lap(stage);
  }

  restart(): void {
    this.laps.restart();
  }
}

function winkBaseline(inputsText: string[]): { seconds: number; tokens: number } {
  const nlp = winkNLP(model);
  const start = performance.now();
  let tokens = 0;
  for (const text of inputsText) tokens += nlp.readDoc(text).tokens().length();
  return { seconds: (performance.now() - start) / 1000, tokens };
}

/**
 * Extraction of the same corpus by one worker thread, which stores its sets as each measured
 * worker does, so the run uses one core. The worker is started cold like each of the parallel ones
 * (the main thread's caches, warm after the first run, would flatter a single-threaded rerun).
 */
async function oneWorkerExtraction(articles: number, seed: number): Promise<number> {
  const inputs = generateCorpus({ articles, seed }).articles.map((article) => ({ id: article.id, text: article.text }));
  const claimsDir = join(tmpdir(), `crosscheck-bench-${seed}-${articles}-one-worker-claims`);
  rmSync(claimsDir, { recursive: true, force: true });
  const start = performance.now();
  await extractInWorker(inputs, { store: { dir: claimsDir, force: false } });
  const seconds = (performance.now() - start) / 1000;
  rmSync(claimsDir, { recursive: true, force: true });
  return seconds;
}

/**
 * Seconds for bare wink readDoc over the texts split among `workers` threads, each loading the
 * model cold as extraction workers do: how far threads alone scale on this machine.
 */
async function winkInWorkers(texts: readonly string[], workers: number): Promise<number> {
  const size = Math.ceil(texts.length / workers);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, (_, index) => new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./wink-worker.js', import.meta.url), { workerData: texts.slice(index * size, (index + 1) * size) });
      worker.once('message', () => resolve());
      worker.once('error', reject);
      // A worker that ends without reporting (killed, out of memory) must not leave the bench waiting.
      worker.once('exit', (code) => reject(new Error(`wink worker stopped with exit code ${code} before it reported`)));
    })),
  );
  return (performance.now() - start) / 1000;
}

const articles = option('articles', 1000);
const workers = option('workers', defaultWorkers());
const seed = option('seed', 42);
const main = await run(articles, workers, seed);
const baselineTexts = generateCorpus({ articles, seed }).articles.map((article) => article.text);
const wink = winkBaseline(baselineTexts);
const rows: [string, string][] = [
  ['articles', `${main.articles} (${(main.bytes / 1e6).toFixed(1)} MB, ${wink.tokens} tokens), workers: ${workers}`],
  ...Object.entries(main.stages).map(([stage, seconds]) => [`  ${stage}`, `${seconds.toFixed(2)} s`] as [string, string]),
  ['end to end', `${main.total.toFixed(2)} s: ${(main.articles / main.total).toFixed(0)} articles/s, ${Math.round(wink.tokens / main.total)} tokens/s, ${(main.bytes / 1e6 / main.total).toFixed(2)} MB/s`],
  ['bare wink readDoc (1 thread)', `${wink.seconds.toFixed(2)} s, ${Math.round(wink.tokens / wink.seconds)} tokens/s`],
  ['end to end / bare wink', `${((wink.seconds / main.total) * 100).toFixed(0)} %`],
  ['claims', String(main.claims)],
  ['comparisons (judged candidate pairs)', `${main.comparisons} (${(main.comparisons / main.claims).toFixed(2)} per claim)`],
  ['injected conflicts detected', `${(main.recall * 100).toFixed(1)} % of ${main.injected}`],
  ['contradictions / unexplained by an injected conflict', `${main.contradictions} / ${main.falseContradictions}`],
  ['internal inconsistencies (none injected)', String(main.internal)],
  ['peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, reached during: ${main.peakStage}`],
];
if (main.rerun !== undefined) rows.push(['re-run after changing one article', `${main.rerun.toFixed(2)} s (${((main.rerun / main.total) * 100).toFixed(0)} % of the cold run)`]);
if (flag('speedup')) {
  const single = await oneWorkerExtraction(articles, seed);
  rows.push(['extraction (and storing claims) speed-up', `${(single / main.stages['extract and store claims']!).toFixed(2)}× with ${workers} workers (1 worker: ${single.toFixed(2)} s)`]);
  const winkAlone = await winkInWorkers(baselineTexts, 1);
  const winkShared = await winkInWorkers(baselineTexts, workers);
  rows.push(['bare wink readDoc speed-up, the same split', `${(winkAlone / winkShared).toFixed(2)}× with ${workers} workers (1 worker: ${winkAlone.toFixed(2)} s)`]);
}
if (flag('scaling')) {
  const small = await run(Math.max(10, Math.round(articles / 10)), workers, seed);
  rows.push([`time(${articles}) / time(${small.articles})`, (main.total / small.total).toFixed(2)]);
}
process.stdout.write(`crosscheck bench (seed ${seed})\n\n| measure | value |\n|---|---|\n${rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n')}\n`);
