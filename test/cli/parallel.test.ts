import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate.js';
import { tempDir } from '../helpers/temp-dir.js';

it('extracts over worker threads with output byte-identical to one thread, in input order', async () => {
  // The worker runs compiled code, so the test drives the built module (npm test builds first).
  const { extractInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const inputs = generateCorpus({ articles: 60, seed: 7 }).articles.map((article) => ({ id: article.id, text: article.text }));
  const single = await extractInParallel(inputs, 1);
  const progress: number[] = [];
  const arrived: string[] = [];
  const parallel = await extractInParallel(inputs, 2, (position, set, done) => {
    progress.push(done);
    arrived[position] = JSON.stringify(set);
  });
  expect(progress).toEqual(inputs.map((_, index) => index + 1));
  expect(parallel.claimSets.map((set) => set.article.id)).toEqual(inputs.map((input) => input.id));
  expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  // Each input's set is handed over once, as it arrives, under the input's own position.
  expect(arrived).toEqual(single.claimSets.map((set) => JSON.stringify(set)));
});

it('judges pairs over worker threads into the cache, giving the report one thread gives', async () => {
  const { judgeInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const { JudgementCache } = (await import(join(import.meta.dirname, '../../dist/compare/judgement-cache.js'))) as typeof import('../../src/compare/judgement-cache.js');
  const { align, buildReport, extractArticles, renderJson } = await import('../../src/index.js');
  const inputs = generateCorpus({ articles: 30, seed: 11 }).articles.map((article) => ({ id: article.id, text: article.text }));
  const { claimSets } = extractArticles(inputs);
  const alignment = align(claimSets.flatMap((set) => set.claims));
  const cache = new JudgementCache();
  await judgeInParallel(alignment.pairs, claimSets, cache, 3, 0);
  const judgedInParallel = cache.judged;
  expect(judgedInParallel).toBeGreaterThan(claimSets.length);
  const report = buildReport(claimSets, { judgements: cache, alignment });
  // The report found every judgement in the cache: none was made afresh.
  expect(cache.judged).toBe(judgedInParallel);
  expect(renderJson(report)).toBe(renderJson(buildReport(claimSets)));
});

it('stops every extraction worker when the caller fails on a set, and passes on nothing after', async () => {
  const { extractInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const inputs = generateCorpus({ articles: 60, seed: 7 }).articles.map((article) => ({ id: article.id, text: article.text }));
  let calls = 0;
  let callsAfterFailure = 0;
  let failed = false;
  const run = extractInParallel(inputs, 2, () => {
    calls++;
    if (failed) callsAfterFailure++;
    if (calls === 3) {
      failed = true;
      throw new Error('claims/ cannot be written');
    }
  });
  await expect(run).rejects.toThrow('claims/ cannot be written');
  // Messages the other worker had already sent must not reach the caller either.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(callsAfterFailure).toBe(0);
});

it('has each extraction worker store the sets it makes, as one thread would, keeping a claims file edited by hand', async () => {
  const { extractInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const { claimSetText } = (await import(join(import.meta.dirname, '../../dist/cli/claims-store.js'))) as typeof import('../../src/cli/claims-store.js');
  const inputs = generateCorpus({ articles: 60, seed: 7 }).articles.map((article) => ({ id: article.id, text: article.text }));
  const dir = tempDir('crosscheck-parallel-store-');
  const storedBy = async () => {
    const outcomes: { status: string; same: boolean; claims: string }[] = [];
    await extractInParallel(inputs, 2, (position, set, _, stored) => {
      if (!stored || 'invalid' in stored) throw new Error(`${set.article.id}: not stored`);
      outcomes[position] = { status: stored.outcome.status, same: stored.outcome.set === set, claims: JSON.stringify(stored.outcome.set.claims) };
    }, { dir, force: false });
    return outcomes;
  };
  expect((await storedBy()).map((outcome) => outcome.status)).toEqual(inputs.map(() => 'written'));
  const single = await extractInParallel(inputs, 1);
  for (const set of single.claimSets) expect(readFileSync(join(dir, `${set.article.id}.json`), 'utf8')).toBe(claimSetText(set));

  const edited = join(dir, `${inputs[45]!.id}.json`);
  const text = readFileSync(edited, 'utf8');
  const firstClaim = single.claimSets[45]!.claims[0]!.text;
  writeFileSync(edited, text.replace(JSON.stringify(firstClaim), JSON.stringify(`${firstClaim} (checked)`)));
  const again = await storedBy();
  expect(again.map((outcome) => outcome.status)).toEqual(inputs.map((_, index) => (index === 45 ? 'kept-edited' : 'unchanged')));
  // The fresh set is the one stored, handed over as one object; a kept set comes with its own.
  expect(again.map((outcome) => outcome.same)).toEqual(inputs.map((_, index) => index !== 45));
  expect(JSON.parse(again[45]!.claims)[0].text).toBe(`${firstClaim} (checked)`);
  expect(readFileSync(edited, 'utf8')).not.toBe(text);
});

it('stops with the one-line error of a claims file a worker cannot write', async () => {
  const { extractInParallel } = (await import(join(import.meta.dirname, '../../dist/cli/parallel.js'))) as typeof import('../../src/cli/parallel.js');
  const { CannotWriteError } = (await import(join(import.meta.dirname, '../../dist/cli/io.js'))) as typeof import('../../src/cli/io.js');
  const inputs = generateCorpus({ articles: 60, seed: 7 }).articles.map((article) => ({ id: article.id, text: article.text }));
  const dir = tempDir('crosscheck-parallel-unwritable-');
  // A file where the claims folder should be.
  const claims = join(dir, 'claims');
  writeFileSync(claims, '');
  const run = extractInParallel(inputs, 2, () => undefined, { dir: claims, force: false });
  await expect(run).rejects.toBeInstanceOf(CannotWriteError);
  await expect(run).rejects.toThrow(/article-\d+\.json: cannot write: a part of the path is a file, not a folder/);
});
