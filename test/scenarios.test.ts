import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/cli/io.js';
import { checkArticles } from '../src/index.js';
import { validateReport } from '../src/schema/index.js';
import type { Report } from '../src/types.js';

const root = join(import.meta.dirname, 'scenarios');
const update = process.env['UPDATE'] === '1';

/** What a scenario asserts: rule ids, verdicts, kinds and spans, never the prose of reasons. */
function outcome(report: Report) {
  return {
    comparisons: report.comparisons
      .map((comparison) => ({
        rule: comparison.rule,
        verdict: comparison.verdict,
        kind: comparison.kind,
        claims: comparison.claims.map((claim) => ({ article: claim.article, span: claim.span })),
      }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    internal: report.internal
      .map((finding) => ({ rule: finding.rule, kind: finding.kind, article: finding.article, spans: finding.claims.map((claim) => claim.span) }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
  };
}

describe('scenarios', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const { inputs, problems } = readArticles([join(root, name, 'articles')]);
      expect(problems).toEqual([]);
      const report = await checkArticles(inputs);
      expect(validateReport(report)).toMatchObject({ ok: true });
      const actual = outcome(report);
      const file = join(root, name, 'expected.json');
      if (update || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
