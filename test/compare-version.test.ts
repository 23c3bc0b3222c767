import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { readArticles } from '../src/cli/io.js';
import { COMPARE_VERSION, JudgementCache } from '../src/compare/judgement-cache.js';
import { buildReport, extractArticles } from '../src/index.js';
import { sha256 } from '../src/util/hash.js';

const record = join(import.meta.dirname, 'compare-version.json');
const root = join(import.meta.dirname, '..');

interface Record {
  version: string;
  /** One fingerprint of all judgements per corpus folder, by its path from the project root. */
  fingerprints: { [folder: string]: string };
}

/** The fingerprint of every judgement (pairs and internal checks) made on one corpus. */
function fingerprintOf(folder: string): string {
  const cache = new JudgementCache();
  buildReport(extractArticles(readArticles([folder]).inputs).claimSets, { judgements: cache });
  const file = cache.toFile();
  return sha256(JSON.stringify([file.pairs, file.internal]));
}

/**
 * Judgements are reused from claims/.judgements-<hex>.json while COMPARE_VERSION is unchanged, so any
 * change to what the rules say about a pair must come with a new version. This test fails when the
 * judgements on the example and scenario corpora change but the version does not. (A change of
 * extraction output changes them too: bump both versions then.) Each corpus has its own
 * fingerprint, so a new scenario is recorded (UPDATE=1) without a new version: its pairs are new
 * to every cache.
 */
it('COMPARE_VERSION changes whenever judgements change', () => {
  const folders = [
    ...readdirSync(join(root, 'examples')).map((name) => join(root, 'examples', name)),
    ...readdirSync(join(import.meta.dirname, 'scenarios')).map((name) => join(import.meta.dirname, 'scenarios', name, 'articles')),
  ].sort();
  const fingerprints = Object.fromEntries(folders.map((folder) => [relative(root, folder), fingerprintOf(folder)]));
  const stored = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as Partial<Record>) : undefined;
  const update = process.env['UPDATE'] === '1';
  const write = (recorded: Record) => writeFileSync(record, `${JSON.stringify(recorded, null, 2)}\n`);
  if (!stored?.fingerprints || (stored.version !== COMPARE_VERSION && update)) {
    write({ version: COMPARE_VERSION, fingerprints });
    return;
  }
  if (stored.version !== COMPARE_VERSION) expect.fail(`COMPARE_VERSION is ${COMPARE_VERSION} but ${record} records ${stored.version}: run UPDATE=1 npx vitest run test/compare-version.test.ts`);
  const recorded = stored.fingerprints;
  const changed = Object.keys(recorded).filter((folder) => folder in fingerprints && recorded[folder] !== fingerprints[folder]);
  expect(changed, 'judgements changed: bump COMPARE_VERSION in src/compare/judgement-cache.ts, then run UPDATE=1 npx vitest run test/compare-version.test.ts').toEqual([]);
  const added = Object.keys(fingerprints).filter((folder) => !(folder in recorded));
  const removed = Object.keys(recorded).filter((folder) => !(folder in fingerprints));
  if (update && (added.length > 0 || removed.length > 0)) {
    write({ version: COMPARE_VERSION, fingerprints });
    return;
  }
  expect({ added, removed }, 'corpora added or removed: run UPDATE=1 npx vitest run test/compare-version.test.ts to record them').toEqual({ added: [], removed: [] });
});
