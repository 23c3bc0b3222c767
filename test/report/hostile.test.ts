import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildReport, extractArticles } from '../../src/pipeline.js';
import { renderAuditMarkdown, renderMarkdown } from '../../src/report/index.js';
import type { Decision, Report } from '../../src/types.js';

/** Markdown and HTML that article text, metadata, file names or review notes might carry. */
const PAYLOADS: string[] = JSON.parse(readFileSync(join(import.meta.dirname, 'hostile-payloads.json'), 'utf8'));

/** CommonMark with GitHub's tables, strikethrough and autolinks (www., http(s)://, e-mail; no bare domains). */
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });

/** The tags our own report writes as raw HTML; anything else in an HTML token escaped from article text. */
const OWN_HTML = /<\/?(?:details|summary|sub)>/g;
const OWN_IMAGES = new Set(['trust.svg', 'claims-by-source.svg']);
const OWN_CODE = /^(?:[ci]-[0-9a-f]{12}|[a-z]+(?:-[a-z]+)*)$/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

function normalize(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** The text a reader sees in one inline token: its text children, without markup. */
function plainText(inline: Token): string {
  return (inline.children ?? []).map((child) => (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' ? ' ' : '')).join('');
}

const reports = new Map<number, Report>();

/** The report on two articles carrying one payload, built once per payload. */
function reportFor(payload: string, index: number): Report {
  let report = reports.get(index);
  if (!report) reports.set(index, (report = buildReportFor(payload, index)));
  return report;
}

function buildReportFor(payload: string, index: number): Report {
  const hostileId = index % 3 === 0;
  const first = {
    id: hostileId ? payload : `agency-${index}`,
    outlet: payload,
    title: payload,
    published: '2025-06-03',
    text: `The earthquake in Valdora on Monday destroyed 450 houses near ${payload}, the regional government said.\nRescuers in Valdora said ${payload} on Tuesday, and 12 teams joined them.\n`,
  };
  const second = { id: `paper-${index}`, published: '2025-06-03', text: `The earthquake in Valdora on Monday destroyed 980 houses near ${payload}, the regional government said.\n` };
  const { claimSets } = extractArticles([first, second]);
  const draft = buildReport(claimSets, {});
  const conflict = draft.comparisons.find((comparison) => comparison.verdict === 'contradict');
  const decisions: Decision[] = conflict
    ? [{ comparison: conflict.id, decision: 'confirmed', right: first.id, claims: [{ article: conflict.claims[0].article, text: conflict.claims[0].text }, { article: conflict.claims[1].article, text: conflict.claims[1].text }], verdict: 'contradict', kind: conflict.kind, reviewer: payload, note: payload, decidedAt: '2026-01-01T00:00:00Z' }]
    : [];
  return buildReport(claimSets, { decisions, problems: [{ file: payload, reason: payload }] });
}

/** Every piece of outside text the report shows: claims, ids, outlets, reasons, review notes, problems. */
function outsideText(report: Report): string[] {
  return [
    ...report.articles.flatMap((article) => [article.id, article.outlet ?? '']),
    // The report shows contradictions and scope resolutions in full; agreeing pairs only as corroboration.
    ...report.comparisons
      .filter((comparison) => comparison.verdict === 'contradict' || comparison.verdict === 'different-scope')
      .flatMap((comparison) => [...comparison.claims.map((claim) => claim.text), comparison.reason, comparison.review?.reviewer ?? '', comparison.review?.note ?? '']),
    ...report.corroborated.map((entry) => entry.claim.text),
    ...report.singleSource.map((claim) => claim.text),
    ...report.problems.flatMap((problem) => [problem.file, problem.reason]),
  ]
    .map(normalize)
    .filter(Boolean);
}

function inert(source: string, shown: string[]): void {
  const tokens = markdown.parse(source, {});
  const inlines = tokens.filter((token) => token.type === 'inline');
  const children = inlines.flatMap((token) => token.children ?? []);
  // Nothing executable: no raw HTML but our own tags, no links, no images but our charts.
  for (const token of [...tokens, ...children].filter((token) => token.type === 'html_block' || token.type === 'html_inline')) {
    expect(token.content.replace(OWN_HTML, ''), 'raw HTML').not.toMatch(/[<>]/);
  }
  expect(children.filter((token) => token.type === 'link_open').map((token) => token.attrGet('href'))).toEqual([]);
  for (const image of children.filter((token) => token.type === 'image')) expect(OWN_IMAGES.has(String(image.attrGet('src') ?? ''))).toBe(true);
  // Nothing structural: headings only where the report writes them, code spans only around ids.
  const ownHeadings = source.split('\n').filter((line) => /^#{1,6} /.test(line)).length;
  expect(tokens.filter((token) => token.type === 'heading_open')).toHaveLength(ownHeadings);
  for (const code of children.filter((token) => token.type === 'code_inline')) expect(code.content).toMatch(OWN_CODE);
  expect(tokens.filter((token) => token.type === 'fence' || token.type === 'code_block' || token.type === 'hr')).toEqual([]);
  // Each piece of outside text is shown whole, as text, inside one block: no pipe split a table
  // cell, no mark turned part of it into emphasis or a link.
  const visible = inlines.map((inline) => normalize(plainText(inline)));
  for (const text of shown) expect(visible.some((line) => line.includes(text)), text).toBe(true);
  const html = markdown.render(source);
  expect(html).not.toMatch(/<(?!\/?(?:h[1-6]|p|table|thead|tbody|tr|th|td|ul|li|blockquote|strong|em|s|code|details|summary|sub|img)[\s>])[a-z!?]/i);
  expect(html).not.toMatch(/<[^>]*\s(?:on\w+|href|src(?!="(?:trust|claims-by-source)\.svg"))\s*=/i);
  expect(html.match(/\sstyle="[^"]*"/g)?.filter((style) => !/^ style="text-align:(?:left|right|center)"$/.test(style)) ?? []).toEqual([]);
  expect(html).not.toMatch(BIDI_CONTROLS);
}

describe('hostile text in reports', () => {
  it('has at least 50 payloads, all different', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
  });

  it.each(PAYLOADS.map((payload, index) => ({ payload, index })))('keeps $payload inert in report.md and audit.md', ({ payload, index }) => {
    const report = reportFor(payload, index);
    const shown = outsideText(report);
    // The payload did reach the report, in a claim, an id, an outlet, a note or a problem.
    expect(shown.some((text) => text.includes(normalize(payload.split('\n')[0]!)))).toBe(true);
    inert(renderMarkdown(report), shown);
    inert(renderAuditMarkdown(report), report.articles.map((article) => normalize(article.id)));
  });

  it('shows a confirmed conflict with the review note for most payloads, so those paths are tried', () => {
    const reviewed = PAYLOADS.filter((payload, index) => reportFor(payload, index).comparisons.some((comparison) => comparison.review?.note === payload));
    expect(reviewed.length).toBeGreaterThan(PAYLOADS.length * 0.8);
  });
});
