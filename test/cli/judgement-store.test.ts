import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadJudgements, saveJudgements } from '../../src/cli/judgement-store.js';

import { JudgementCache } from '../../src/compare/judgement-cache.js';
import type { Claim } from '../../src/types.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The cache reads only a claim's JSON (its fingerprint) and text, so a bare object stands in for one. */
const claim = (n: number) => ({ id: `a#${n}`, article: 'a', text: `Claim number ${n}.` }) as unknown as Claim;

/** Uses pairs (n, n + 1) for each n given, as a run that judges those pairs would; returns how many were judged afresh. */
function use(cache: JudgementCache, numbers: readonly number[]): number {
  let judged = 0;
  for (const n of numbers) cache.pair(claim(n), claim(n + 1), 0.5, () => (judged++, null));
  return judged;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

/** A folder where a first run stored its judgements of pairs 0–199 in full; returns it and the 16 files' text. */
function storedOnce(): { dir: string; written: Map<string, string> } {
  const dir = tempDir('crosscheck-judgements-');
  const first = new JudgementCache();
  use(first, range(0, 200));
  saveJudgements(dir, first);
  return { dir, written: shards(dir) };
}

/** The 16 full files, name → text. */
function shards(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((name) => /^\.judgements-[0-9a-f]\.json$/.test(name)).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const added = (dir: string) => join(dir, '.judgements-added.json');

describe('stored judgements', () => {
  it('after a small change writes only the added file, leaving the 16 files as they were', () => {
    const { dir, written } = storedOnce();
    expect(written.size).toBe(16);
    expect(existsSync(added(dir))).toBe(false);

    // Three pairs change: the rest are reused, the three judged and kept apart.
    const second = loadJudgements(dir, false);
    expect(use(second, [...range(0, 197), 1000, 1001, 1002])).toBe(3);
    saveJudgements(dir, second);
    expect(shards(dir)).toEqual(written);
    expect(Object.keys(JSON.parse(readFileSync(added(dir), 'utf8')).pairs)).toHaveLength(3);

    // The next run finds every pair, from the 16 files or the added one.
    const third = loadJudgements(dir, false);
    expect(use(third, [...range(0, 197), 1000, 1001, 1002])).toBe(0);
    saveJudgements(dir, third);
    expect(shards(dir)).toEqual(written);
  });

  it('rewrites the 16 files in full once unused and added entries pass a tenth of those used, and drops the added file', () => {
    const { dir, written } = storedOnce();
    const second = loadJudgements(dir, false);
    use(second, [...range(0, 190), ...range(1000, 10)]);
    saveJudgements(dir, second);
    expect(shards(dir)).toEqual(written);

    const third = loadJudgements(dir, false);
    expect(use(third, [...range(0, 180), ...range(1000, 20)])).toBe(10);
    saveJudgements(dir, third);
    expect(shards(dir)).not.toEqual(written);
    expect(existsSync(added(dir))).toBe(false);
    expect(use(loadJudgements(dir, false), [...range(0, 180), ...range(1000, 20)])).toBe(0);
  });

  it('names a damaged added file, judges its pairs afresh and writes it anew; a damaged full file forces a full rewrite', () => {
    const { dir } = storedOnce();
    const second = loadJudgements(dir, false);
    use(second, [...range(0, 199), 1000]);
    saveJudgements(dir, second);

    writeFileSync(added(dir), '{"version": 1}');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const third = loadJudgements(dir, false);
    expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain('.judgements-added.json: does not match schemas/judgements.schema.json');
    expect(use(third, [...range(0, 199), 1000])).toBe(1);
    saveJudgements(dir, third);
    expect(Object.keys(JSON.parse(readFileSync(added(dir), 'utf8')).pairs)).toHaveLength(1);

    const [name] = [...shards(dir).keys()].filter((file) => Object.keys(JSON.parse(shards(dir).get(file)!).pairs).length > 0);
    writeFileSync(join(dir, name!), '{"version": 1}');
    const fourth = loadJudgements(dir, false);
    stderr.mockRestore();
    expect(use(fourth, [...range(0, 199), 1000])).toBeGreaterThan(0);
    saveJudgements(dir, fourth);
    expect(JSON.parse(readFileSync(join(dir, name!), 'utf8')).version).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, name!), 'utf8')).compare).toBeDefined();
    expect(existsSync(added(dir))).toBe(false);
    expect(use(loadJudgements(dir, false), [...range(0, 199), 1000])).toBe(0);
  });
});
