import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, ClaimSet, InputProblem } from '../types.js';
import { extractArticles } from '../pipeline.js';

/** Inputs below this size are extracted on the main thread: starting workers would cost more. */
const MIN_PARALLEL_INPUTS = 40;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Extracts articles over worker threads, in contiguous chunks so the output keeps input order and
 * is byte-identical to a single-threaded run (extraction of one article never depends on another).
 */
export async function extractInParallel(inputs: readonly ArticleInput[], workers = defaultWorkers(), onDone?: (done: number) => void): Promise<{ claimSets: ClaimSet[]; problems: InputProblem[] }> {
  if (workers <= 1 || inputs.length < MIN_PARALLEL_INPUTS) {
    const claimSets: ClaimSet[] = [];
    const problems: InputProblem[] = [];
    inputs.forEach((input, index) => {
      const result = extractArticles([input]);
      claimSets.push(...result.claimSets);
      problems.push(...result.problems);
      onDone?.(index + 1);
    });
    return { claimSets, problems };
  }
  const size = Math.ceil(inputs.length / workers);
  const chunks = Array.from({ length: workers }, (_, index) => inputs.slice(index * size, (index + 1) * size)).filter((chunk) => chunk.length > 0);
  let done = 0;
  const results = await Promise.all(chunks.map((chunk) => extractInWorker(chunk, () => onDone?.(++done))));
  return { claimSets: results.flatMap((result) => result.claimSets), problems: results.flatMap((result) => result.problems) };
}

/** Extracts a chunk of articles on one worker thread, which loads the NLP models afresh. */
export function extractInWorker(chunk: readonly ArticleInput[], onArticle?: () => void): Promise<{ claimSets: ClaimSet[]; problems: InputProblem[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: chunk });
    worker.on('message', (message: { type: 'progress' } | { type: 'done'; claimSets: ClaimSet[]; problems: InputProblem[] }) => {
      if (message.type === 'progress') onArticle?.();
      else resolve({ claimSets: message.claimSets, problems: message.problems });
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
    });
  });
}
