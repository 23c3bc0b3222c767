import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readArticles } from '../src/cli/io.js';
import { EXTRACTOR_VERSION, claimsChecksum } from '../src/extract/claims.js';
import { extractArticles } from '../src/index.js';
import { sha256 } from '../src/util/hash.js';

const record = join(import.meta.dirname, 'extractor-version.json');

/**
 * Stored claim sets are reused while their input and EXTRACTOR_VERSION are unchanged, so any change
 * to what extraction produces must come with a new version. This test fails when the claims of the
 * example corpora change but the version does not.
 */
it('EXTRACTOR_VERSION changes whenever extraction output changes', () => {
  const examples = join(import.meta.dirname, '../examples');
  const sets = readdirSync(examples).sort().flatMap((name) => extractArticles(readArticles([join(examples, name)]).inputs).claimSets);
  const fingerprint = sha256(sets.map((set) => claimsChecksum(set.claims)).join('\n'));
  const stored = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { version: string; fingerprint: string }) : undefined;
  if (!stored || (stored.version !== EXTRACTOR_VERSION && process.env['UPDATE'] === '1')) {
    writeFileSync(record, `${JSON.stringify({ version: EXTRACTOR_VERSION, fingerprint }, null, 2)}\n`);
    return;
  }
  if (stored.version === EXTRACTOR_VERSION) {
    expect(fingerprint, `extraction output changed: bump EXTRACTOR_VERSION in src/extract/claims.ts, then run UPDATE=1 npx vitest run test/extractor-version.test.ts`).toBe(stored.fingerprint);
  } else {
    expect.fail(`EXTRACTOR_VERSION is ${EXTRACTOR_VERSION} but ${record} records ${stored.version}: run UPDATE=1 npx vitest run test/extractor-version.test.ts`);
  }
});
