import type { Audit, Report } from '../types.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import { MAX_CHARTED_SOURCES } from './charts.js';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The audit as markdown: charts (by relative path), the measures behind each trust score, copy groups. */
export function auditMarkdown(audit: Audit, level = 2): string[] {
  const h = '#'.repeat(level);
  const lines: string[] = [];
  lines.push(`${h} Source audit`, '');
  lines.push('![Trust per source](trust.svg)', '', '![Claims by outcome per source](claims-by-source.svg)', '');
  if (audit.sources.length > MAX_CHARTED_SOURCES) lines.push(`The charts show the ${MAX_CHARTED_SOURCES} sources of lowest trust; the table below lists all ${audit.sources.length}.`, '');
  lines.push(
    `Trust is TruthFinder's (Yin, Han & Yu 2007): the mean confidence of a source's claims, where agreeing claims of other copy groups raise a claim's confidence and contradicting ones lower it; reviewers' confirmed conflicts with a side judged right are settled facts, dismissed ones do not count. Parameters: initial trust ${audit.truthFinder.initialTrust}, ρ ${audit.truthFinder.rho}, γ ${audit.truthFinder.gamma}; ${audit.truthFinder.iterations} iterations${audit.truthFinder.converged ? ', converged' : ', stopped before converging'}. See docs/audit.md.`,
    '',
  );
  lines.push('| source | group | trust | claims | corroborated | by other groups | contradicted | single-source | hedged | unattributed | internal | reviews: confirmed / dismissed | judged right / wrong | links + / − |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const source of audit.sources) {
    lines.push(
      `| ${esc(source.article)} | ${source.group} | **${source.trust.toFixed(2)}** | ${source.claims} | ${percent(source.corroboratedShare)} | ${source.independentlyCorroborated} | ${percent(source.contradictedShare)} | ${percent(source.singleSourceShare)} | ${source.hedged} | ${source.unattributed} | ${source.internal} | ${source.confirmed} / ${source.dismissed} | ${source.judgedRight} / ${source.judgedWrong} | ${source.supportingLinks} / ${source.conflictingLinks} |`,
    );
  }
  lines.push('');
  const shared = audit.groups.filter((group) => group.articles.length > 1);
  lines.push(`${h}# Copies`, '');
  if (audit.copies.length === 0) lines.push('No two articles share text word for word.', '');
  else {
    lines.push('| article | article | shared claims | shared characters | share of the smaller |', '|---|---|---:|---:|---:|');
    for (const pair of audit.copies) lines.push(`| ${esc(pair.a)} | ${esc(pair.b)} | ${pair.sharedClaims} | ${pair.sharedChars} | ${percent(pair.share)} |`);
    lines.push('');
  }
  if (shared.length > 0) {
    lines.push('Copy groups (articles that copy each other count as one source for corroboration):', '');
    for (const group of shared) lines.push(`- ${group.id}: ${group.articles.map(esc).join(', ')}`);
    lines.push('');
  }
  return lines;
}

/** reports/audit.md on its own. */
export function renderAuditMarkdown(report: Report): string {
  return [`# crosscheck source audit`, '', `${report.articles.length} articles.`, '', ...auditMarkdown(report.audit, 2), `<sub>crosscheck ${report.tool.version}</sub>`, ''].join('\n');
}

/** reports/audit.json. */
export function renderAuditJson(report: Report): string {
  return `${JSON.stringify({ version: 1, tool: report.tool, articles: report.articles.map((article) => article.id), audit: report.audit }, null, 2)}\n`;
}
