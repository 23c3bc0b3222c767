import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/cli/io.js';
import { claimSetText } from '../src/cli/claims-store.js';
import { checkArticles, extractArticles, renderJson, renderMarkdown } from '../src/index.js';
import { auditCharts } from '../src/report/index.js';
import { validateClaimSet, validateReport } from '../src/schema/index.js';

const root = join(import.meta.dirname, '..');
const { inputs } = readArticles([join(root, 'examples/trilateral-air-drills')]);
// Paths as the CLI shows them when run from the project root.
const relativeInputs = inputs.map((input) => ({ ...input, path: `examples/trilateral-air-drills/${input.id}.txt` }));

describe('example corpus', async () => {
  const report = await checkArticles(relativeInputs);

  it('gives byte-identical reports on two runs', async () => {
    const again = await checkArticles(relativeInputs);
    expect(renderJson(again)).toBe(renderJson(report));
    expect(renderMarkdown(again)).toBe(renderMarkdown(report));
  });

  it('writes a report and claim sets that match their schemas', () => {
    expect(validateReport(report)).toMatchObject({ ok: true });
    for (const set of extractArticles(relativeInputs).claimSets) expect(validateClaimSet(set)).toMatchObject({ ok: true });
  });

  it('matches the committed reports/ and claims/, so they never go stale', () => {
    expect(readFileSync(join(root, 'reports/report.json'), 'utf8')).toBe(renderJson(report));
    expect(readFileSync(join(root, 'reports/report.md'), 'utf8')).toBe(renderMarkdown(report));
    for (const { file, svg } of auditCharts(report.audit)) expect(readFileSync(join(root, 'reports', file), 'utf8')).toBe(svg);
    for (const set of extractArticles(relativeInputs).claimSets) {
      expect(readFileSync(join(root, 'claims', `${set.article.id}.json`), 'utf8')).toBe(claimSetText(set));
    }
  });

  it('resolves the first B-52 landing vs the first B-52H deployment of 2025 as different scope', () => {
    const designCard = report.comparisons.filter(
      (comparison) =>
        comparison.rule === 'ordinal-scope' &&
        comparison.claims.some((claim) => claim.article === 'drill-preview' && /first time the US strategic bomber has landed/.test(claim.text)) &&
        comparison.claims.some((claim) => /first deployment of a U(\.S\.|S) B-52H/.test(claim.text)),
    );
    expect(designCard.length).toBeGreaterThanOrEqual(1);
    for (const comparison of designCard) expect(comparison.verdict).toBe('different-scope');
  });

  it('flags no contradiction between claims about different events', () => {
    const contradictions = report.comparisons.filter((comparison) => comparison.verdict === 'contradict');
    for (const comparison of contradictions) expect(comparison.event, comparison.reason).toBeDefined();
  });

  it('corroborates the facts the July 2025 articles share', () => {
    const july = new Set(['business-standard-ap', 'defence-expert', 'show-of-force']);
    const shared = report.corroborated.filter((entry) => july.has(entry.claim.article) && entry.articles.some((article) => july.has(article)));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const b52h = report.comparisons.find((comparison) => comparison.verdict === 'agree' && comparison.claims.every((claim) => /first deployment/.test(claim.text)));
    expect(b52h?.claims.map((claim) => claim.article).sort()).toEqual(['defence-expert', 'show-of-force']);
  });

  it('finds the weekday that does not match the year b1b-drill states', () => {
    expect(report.internal.map((finding) => [finding.article, finding.rule])).toContainEqual(['b1b-drill', 'weekday-date']);
  });
});
