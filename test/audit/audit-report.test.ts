import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/index.js';
import { auditCharts } from '../../src/report/index.js';
import { auditMarkdown } from '../../src/report/audit-markdown.js';
import { MAX_CHARTED_SOURCES, chartedSources } from '../../src/report/charts.js';
import type { Audit } from '../../src/types.js';
import { validateAudit } from '../../src/schema/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const wire = 'A magnitude 6.4 earthquake struck Talen in Valdora on Monday, destroying 450 houses and killing 12 people, the regional government said.\nRescue teams from Morava reached the worst-hit villages by Monday evening, and the army sent 600 soldiers.\nThe regional government said about 3,000 people had spent the night in temporary shelters.';

describe('audit', () => {
  it('groups copies, and copies do not corroborate each other', async () => {
    const report = await checkArticles([
      { id: 'wire', text: wire, published: '2025-06-03' },
      { id: 'reprint', text: `${wire}\nLocal schools will reopen on Friday.`, published: '2025-06-03' },
      { id: 'own-report', text: 'On Monday an earthquake destroyed 450 houses in Talen, Valdora, and killed 12 people, officials said.', published: '2025-06-03' },
    ]);
    expect(report.audit.groups.find((group) => group.articles.length > 1)?.articles).toEqual(['reprint', 'wire']);
    expect(report.audit.copies[0]).toMatchObject({ a: 'reprint', b: 'wire', sharedClaims: 3 });
    const reprint = report.audit.sources.find((source) => source.article === 'reprint')!;
    const own = report.audit.sources.find((source) => source.article === 'own-report')!;
    expect(reprint.corroboratedShare).toBeGreaterThan(0);
    expect(own.independentlyCorroborated).toBe(1);
    expect(reprint.independentlyCorroborated).toBe(1);
  });

  it('draws well-formed SVG charts, the same bytes every time', async () => {
    const report = await checkArticles([
      { id: 'a', text: wire, published: '2025-06-03' },
      { id: 'b', text: 'On Monday an earthquake destroyed 450 houses in Talen, Valdora, killing 12 people.', published: '2025-06-03' },
    ]);
    const charts = auditCharts(report.audit);
    expect(charts.map((chart) => chart.file)).toEqual(['trust.svg', 'claims-by-source.svg']);
    for (const chart of charts) {
      expect(XMLValidator.validate(chart.svg)).toBe(true);
      expect(chart.svg.startsWith('<svg')).toBe(true);
    }
    expect(auditCharts(report.audit).map((chart) => chart.svg)).toEqual(charts.map((chart) => chart.svg));
  });

  it('charts at most MAX_CHARTED_SOURCES sources, those of lowest trust, and says so', async () => {
    const report = await checkArticles([{ id: 'a', text: wire, published: '2025-06-03' }]);
    const [one] = report.audit.sources as [Audit['sources'][number]];
    // Trust falls with the index, so the last sources are the least trusted.
    const sources = Array.from({ length: MAX_CHARTED_SOURCES + 10 }, (_, index) => ({ ...one, article: `source-${String(index).padStart(2, '0')}`, trust: 1 - index / 100 }));
    const audit: Audit = { ...report.audit, sources };
    const charted = chartedSources(audit).map((source) => source.article);
    expect(charted).toHaveLength(MAX_CHARTED_SOURCES);
    expect(charted[0]).toBe('source-59');
    expect(charted).not.toContain('source-09');
    const [trust, claims] = auditCharts(audit);
    for (const chart of [trust!, claims!]) {
      expect(XMLValidator.validate(chart.svg)).toBe(true);
      expect(chart.svg).toContain('source-10');
      expect(chart.svg).not.toContain('source-09');
      expect(chart.svg).toContain(`of lowest trust, of ${MAX_CHARTED_SOURCES + 10}`);
    }
    expect(auditMarkdown(audit).join('\n')).toContain(`The charts show the ${MAX_CHARTED_SOURCES} sources of lowest trust`);
    // Few sources: all of them, in the audit's order.
    expect(chartedSources(report.audit)).toEqual(report.audit.sources);
  });

  it('crosscheck audit writes audit.md, a valid audit.json and the charts', () => {
    const dir = tempDir('crosscheck-audit-');
    cpSync(join(root, 'examples/valdora-earthquake'), join(dir, 'articles'), { recursive: true });
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'audit', 'articles', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(validateAudit(JSON.parse(readFileSync(join(dir, 'reports/audit.json'), 'utf8')))).toMatchObject({ ok: true });
    const markdown = readFileSync(join(dir, 'reports/audit.md'), 'utf8');
    expect(markdown).toContain('![Trust per source](trust.svg)');
    expect(XMLValidator.validate(readFileSync(join(dir, 'reports/trust.svg'), 'utf8'))).toBe(true);
    writeFileSync(join(dir, 'unused'), '');
  });
});
