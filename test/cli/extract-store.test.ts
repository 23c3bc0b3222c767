import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimSet } from '../../src/types.js';
import { tempDir } from '../helpers/temp-dir.js';

// Claims the extractor gets wrong are a bug of ours; to show what a run does then, the schema
// check fails the claims of the article named "broken" as it would fail a bad date.
vi.mock('../../src/schema/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/schema/index.js')>();
  return {
    ...actual,
    validateClaimSet: (value: unknown) => ((value as ClaimSet).article?.id === 'broken' ? { ok: false, error: '/claims/0/times/0/value: must match pattern' } : actual.validateClaimSet(value)),
  };
});

const { extractToStore } = await import('../../src/cli/commands/extract.js');

const root = join(import.meta.dirname, '../..');
const ARTICLE = readFileSync(join(root, 'test/scenarios/number-conflict/articles/agency.md'), 'utf8');

describe('extractToStore', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves out an article whose extracted claims fail their schema, in one line naming it, and goes on with the others', async () => {
    const dir = tempDir('crosscheck-extract-');
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'broken.md'), ARTICLE);
    writeFileSync(join(articles, 'good.md'), ARTICLE);
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const claims = join(dir, 'claims');
    const { sets, problems } = await extractToStore({ paths: [articles], claims, maxFileSize: 1_000_000, force: false, quiet: true, workers: 1 });
    expect(sets.map((set) => set.article.id)).toEqual(['good']);
    expect(problems).toEqual([{ file: expect.stringMatching(/broken\.md$/), reason: expect.stringContaining('fail schemas/claims.schema.json at /claims/0/times/0/value') }]);
    const named = lines.filter((line) => line.includes('broken.md'));
    expect(named).toHaveLength(1);
    expect(named[0]!.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(join(claims, 'broken.json'))).toBe(false);
    expect(existsSync(join(claims, 'good.json'))).toBe(true);
  });
});
