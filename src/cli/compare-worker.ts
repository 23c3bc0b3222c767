import { parentPort } from 'node:worker_threads';
import { judgeWithDiff } from '../compare/judge.js';
import { checkInternal } from '../internal/index.js';
import type { CompareBatch } from './parallel.js';

// Batches arrive one at a time until the main thread ends the worker.
parentPort!.on('message', ({ claims, pairs, articles }: CompareBatch) => {
  // Rules see only the two claims and their similarity, so that is all a pair carries here.
  const judgements = pairs.map(([a, b, similarity]) => judgeWithDiff({ a: claims[a]!, b: claims[b]!, similarity }));
  const internal = articles.map(({ article, claims: indexes }) => checkInternal(article, indexes.map((index) => claims[index]!)));
  parentPort!.postMessage({ judgements, internal });
});
