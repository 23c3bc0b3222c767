import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readArticles } from '../src/cli/io.js';
import { COMPARE_VERSION, JudgementCache } from '../src/compare/judgement-cache.js';
import { buildReport, extractArticles } from '../src/index.js';
import { sha256 } from '../src/util/hash.js';

const record = join(import.meta.dirname, 'compare-version.json');

/**
 * Judgements are reused from claims/.judgements-<hex>.json while COMPARE_VERSION is unchanged, so any
 * change to what the rules say about a pair must come with a new version. This test fails when the
 * judgements on the example and scenario corpora change but the version does not. (A change of
 * extraction output changes them too: bump both versions then.)
 */
it('COMPARE_VERSION changes whenever judgements change', () => {
  const folders = [
    ...readdirSync(join(import.meta.dirname, '../examples')).map((name) => join(import.meta.dirname, '../examples', name)),
    ...readdirSync(join(import.meta.dirname, 'scenarios')).map((name) => join(import.meta.dirname, 'scenarios', name, 'articles')),
  ].sort();
  const lines: string[] = [];
  for (const folder of folders) {
    const cache = new JudgementCache();
    buildReport(extractArticles(readArticles([folder]).inputs).claimSets, { judgements: cache });
    const file = cache.toFile();
    lines.push(sha256(JSON.stringify([file.pairs, file.internal])));
  }
  const fingerprint = sha256(lines.join('\n'));
  const stored = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { version: string; fingerprint: string }) : undefined;
  if (!stored || (stored.version !== COMPARE_VERSION && process.env['UPDATE'] === '1')) {
    writeFileSync(record, `${JSON.stringify({ version: COMPARE_VERSION, fingerprint }, null, 2)}\n`);
    return;
  }
  if (stored.version === COMPARE_VERSION) {
    expect(fingerprint, 'judgements changed: bump COMPARE_VERSION in src/compare/judgement-cache.ts, then run UPDATE=1 npx vitest run test/compare-version.test.ts').toBe(stored.fingerprint);
  } else {
    expect.fail(`COMPARE_VERSION is ${COMPARE_VERSION} but ${record} records ${stored.version}: run UPDATE=1 npx vitest run test/compare-version.test.ts`);
  }
});
