import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate.js';

it('extracts over worker threads with output byte-identical to one thread, in input order', async () => {
  // The worker runs compiled code, so the test drives the built module (npm test builds first).
  const { extractInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const inputs = generateCorpus({ articles: 60, seed: 7 }).articles.map((article) => ({ id: article.id, text: article.text }));
  const single = await extractInParallel(inputs, 1);
  const parallel = await extractInParallel(inputs, 2);
  expect(parallel.claimSets.map((set) => set.article.id)).toEqual(inputs.map((input) => input.id));
  expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
});
