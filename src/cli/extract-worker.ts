import { parentPort, workerData } from 'node:worker_threads';
import { extractArticles } from '../pipeline.js';
import type { ArticleInput, ClaimSet, InputProblem } from '../types.js';

const inputs = workerData as ArticleInput[];
const claimSets: ClaimSet[] = [];
const problems: InputProblem[] = [];
for (const input of inputs) {
  const result = extractArticles([input]);
  claimSets.push(...result.claimSets);
  problems.push(...result.problems);
  parentPort!.postMessage({ type: 'progress' });
}
parentPort!.postMessage({ type: 'done', claimSets, problems });
