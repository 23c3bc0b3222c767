import { parentPort, workerData } from 'node:worker_threads';
import { extractArticles } from '../pipeline.js';
import type { ArticleInput } from '../types.js';
import type { ExtractedArticle } from './parallel.js';

const inputs = workerData as ArticleInput[];
// Each article's claims go back as soon as they are made, so this thread never holds its chunk's.
for (const input of inputs) {
  const { claimSets, problems } = extractArticles([input]);
  parentPort!.postMessage({ type: 'article', claimSets, problems } satisfies ExtractedArticle);
}
parentPort!.postMessage({ type: 'done' });
