import type { Comparison, DiffPart, InternalFinding, Report } from '../types.js';
import { formatTimeValue } from '../util/dates.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import { auditMarkdown } from './audit-markdown.js';

type ArticleInfo = Report['articles'][number];

function published(article: ArticleInfo | undefined): string {
  const date = article?.published;
  if (!date) return 'date unknown';
  const when = formatTimeValue(date.date);
  return date.source === 'inferred' ? `${when}, inferred from “${esc(date.evidence ?? 'the text')}”` : when;
}

const articlesById = new WeakMap<Report, Map<string, ArticleInfo>>();

function articleLine(report: Report, id: string): string {
  let byId = articlesById.get(report);
  if (!byId) articlesById.set(report, (byId = new Map(report.articles.map((article) => [article.id, article]))));
  const article = byId.get(id);
  const outlet = article?.outlet ? `, ${esc(article.outlet)}` : '';
  return `**${esc(id)}**${outlet} (${published(article)})`;
}

/** Word diff as markdown: ~~removed~~ and **added**, white space kept outside the marks. */
export function diffMarkdown(diff: readonly DiffPart[]): string {
  return diff
    .map((part) => {
      if (part.op === '=') return esc(part.text);
      const inner = part.text.trim();
      if (!inner) return part.text;
      const lead = part.text.slice(0, part.text.indexOf(inner[0]!));
      const trail = part.text.slice(lead.length + inner.length);
      const mark = part.op === '-' ? '~~' : '**';
      return `${lead}${mark}${esc(inner)}${mark}${trail}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function reviewLine(comparison: Comparison): string[] {
  const review = comparison.review;
  if (!review) return [];
  const when = review.decidedAt.slice(0, 10);
  const extra = [review.right ? `${esc(review.right)} judged right` : '', review.note ? `note: ${esc(review.note)}` : ''].filter(Boolean).join('; ');
  if (review.stale) return [`- **Review:** ⚠ stale — ${review.decision} by ${esc(review.reviewer)} on ${when}, but a claim's text has changed since; review it again`];
  return [`- **Review:** ${review.decision} by ${esc(review.reviewer)} on ${when}${extra ? ` (${extra})` : ''}`];
}

function isDismissed(comparison: Comparison): boolean {
  return comparison.review?.decision === 'dismissed' && !comparison.review.stale;
}

function comparisonBlock(report: Report, comparison: Comparison): string[] {
  const [a, b] = comparison.claims;
  return [
    `### ${comparison.kind} · \`${comparison.id}\``,
    '',
    `> ${esc(a.text)}`,
    `> — ${articleLine(report, a.article)}, characters ${a.span[0]}–${a.span[1]}`,
    '',
    `> ${esc(b.text)}`,
    `> — ${articleLine(report, b.article)}, characters ${b.span[0]}–${b.span[1]}`,
    '',
    `- **Diff:** ${diffMarkdown(comparison.diff)}`,
    `- **Why:** ${esc(comparison.reason)}`,
    `- **Rule:** \`${comparison.rule}\` · **confidence** ${comparison.confidence.toFixed(2)}`,
    ...reviewLine(comparison),
    '',
  ];
}

function internalBlock(finding: InternalFinding): string[] {
  return [
    `### ${esc(finding.article)} · ${finding.kind} · \`${finding.id}\``,
    '',
    ...finding.claims.flatMap((claim) => [`> ${esc(claim.text)}`, `> — characters ${claim.span[0]}–${claim.span[1]}`, '']),
    `- **Why:** ${esc(finding.reason)}`,
    `- **Rule:** \`${finding.rule}\``,
    '',
  ];
}

/** Detailed blocks shown before the rest of the scope resolutions fold away. */
const DETAILED_SCOPE_ITEMS = 8;
/** Ordinal look-alikes are all shown in full up to this many; past it they join the folded table. */
const MAX_DETAILED_SCOPE_ITEMS = 50;
/**
 * Rows of a folded list (pairs resolved by scope, single-source claims) before the rest are only
 * counted: a reader cannot use more, and report.json lists them all. Conflicts are never cut.
 */
export const MAX_LISTED_ROWS = 1000;

/** The line that stands for the rows a folded list leaves out. */
function moreInJson(left: number, what: string): string[] {
  return left > 0 ? ['', `…and ${left} more ${what}, listed in report.json.`] : [];
}

/** Ordinal look-alikes are the classic trap; then the pairs that look most alike. */
function scopeInterest(comparison: Comparison): number {
  return (comparison.kind === 'ordinal' ? 2 : 0) + comparison.similarity;
}

function count(report: Report, verdict: Comparison['verdict']): number {
  return report.comparisons.filter((comparison) => comparison.verdict === verdict).length;
}

/** Renders a report as GitHub-flavoured markdown, in the order a reader needs it. */
export function renderMarkdown(report: Report): string {
  const lines: string[] = ['# crosscheck report', ''];
  const contradictions = report.comparisons.filter((comparison) => comparison.verdict === 'contradict' && !isDismissed(comparison));
  const dismissed = report.comparisons.filter(isDismissed);
  const scoped = report.comparisons.filter((comparison) => comparison.verdict === 'different-scope');
  const claimCount = report.sources.reduce((sum, source) => sum + source.claims, 0);

  lines.push('## Summary', '');
  lines.push(`| articles | claims | topics | comparisons | agree | compatible | contradict | different scope | internal |`);
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  lines.push(`| ${report.articles.length} | ${claimCount} | ${report.topics.length} | ${report.comparisons.length} | ${count(report, 'agree')} | ${count(report, 'compatible')} | ${contradictions.length} | ${scoped.length} | ${report.internal.length} |`, '');
  const outlets = report.articles.some((article) => article.outlet);
  lines.push(outlets ? '| article | outlet | published |' : '| article | published |', outlets ? '|---|---|---|' : '|---|---|');
  for (const article of report.articles) {
    const date = `${published(article)}${article.published && article.published.source !== 'inferred' ? ` (${article.published.source})` : ''}`;
    const name = article.derivedFrom === undefined ? esc(article.id) : `${esc(article.id)} (restates ${esc(article.derivedFrom)})`;
    lines.push(outlets ? `| ${name} | ${esc(article.outlet ?? '')} | ${date} |` : `| ${name} | ${date} |`);
  }
  lines.push('');
  if (report.problems.length > 0) {
    lines.push('**Skipped or partly read inputs:**', '');
    for (const problem of report.problems) lines.push(`- ${esc(problem.file)}: ${esc(problem.reason)}`);
    lines.push('');
  }

  lines.push('## Flagged conflicts', '');
  if (contradictions.length === 0) lines.push('No two sources contradict each other on the same event.', '');
  for (const comparison of contradictions) lines.push(...comparisonBlock(report, comparison));
  if (dismissed.length > 0) {
    lines.push('## Dismissed by reviewers', '', 'Flagged once, then judged false alarms by a reviewer.', '');
    for (const comparison of dismissed) lines.push(...comparisonBlock(report, comparison));
  }
  if (report.orphanedDecisions.length > 0) {
    lines.push('## Orphaned review decisions', '', 'Decisions in reviews/decisions.json whose comparison this run no longer finds (an article changed or was removed). They are kept, not applied.', '');
    for (const decision of report.orphanedDecisions) {
      lines.push(`- \`${decision.comparison}\`: ${decision.decision} by ${esc(decision.reviewer)} on ${decision.decidedAt.slice(0, 10)} — *${esc(decision.claims[0].article)}*: ${esc(decision.claims[0].text)} / *${esc(decision.claims[1].article)}*: ${esc(decision.claims[1].text)}`);
    }
    lines.push('');
  }

  lines.push('## Internal inconsistencies', '');
  if (report.internal.length === 0) lines.push('None found.', '');
  for (const finding of report.internal) lines.push(...internalBlock(finding));

  lines.push('## Apparent conflicts resolved by scope', '');
  lines.push('These pairs look alike but are about different events, times or things, so they are not contradictions.', '');
  if (scoped.length === 0) lines.push('None.', '');
  const ranked = [...scoped].sort((x, y) => scopeInterest(y) - scopeInterest(x) || (x.id < y.id ? -1 : 1));
  const detailed = ranked.filter((comparison, index) => index < DETAILED_SCOPE_ITEMS || (scopeInterest(comparison) >= 2 && index < MAX_DETAILED_SCOPE_ITEMS));
  for (const comparison of detailed) lines.push(...comparisonBlock(report, comparison));
  const rest = ranked.slice(detailed.length);
  if (rest.length > 0) {
    lines.push(`<details><summary>${rest.length} more pairs resolved by scope</summary>`, '', '| id | kind | articles | why |', '|---|---|---|---|');
    for (const comparison of rest.slice(0, MAX_LISTED_ROWS)) {
      lines.push(`| \`${comparison.id}\` | ${comparison.kind} | ${comparison.claims.map((claim) => esc(claim.claim)).join(' / ')} | ${esc(comparison.reason)} |`);
    }
    lines.push(...moreInJson(rest.length - MAX_LISTED_ROWS, 'pairs resolved by scope'), '', '</details>', '');
  }

  lines.push('## Corroborated claims', '');
  if (report.corroborated.length === 0) lines.push('No claim is stated by more than one source.', '');
  else {
    lines.push('| sources | claim | also stated by |', '|---:|---|---|');
    for (const entry of report.corroborated) {
      lines.push(`| ${entry.articles.length + 1} | ${esc(entry.claim.text)} — *${esc(entry.claim.article)}* | ${entry.articles.map(esc).join(', ')} |`);
    }
    lines.push('');
  }

  lines.push('## Single-source claims', '');
  if (report.singleSource.length === 0) lines.push('None.', '');
  else {
    lines.push('<details><summary>' + `${report.singleSource.length} claims stated by one source only` + '</summary>', '');
    for (const claim of report.singleSource.slice(0, MAX_LISTED_ROWS)) lines.push(`- *${esc(claim.article)}*: ${esc(claim.text)}`);
    lines.push(...moreInJson(report.singleSource.length - MAX_LISTED_ROWS, 'single-source claims'), '', '</details>', '');
  }

  lines.push('## Sources', '');
  lines.push('| article | claims | corroborated | contradicted | single-source | hedged | internal |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const source of report.sources) {
    lines.push(`| ${esc(source.article)} | ${source.claims} | ${source.corroborated} | ${source.contradicted} | ${source.singleSource} | ${source.hedged} | ${source.internal} |`);
  }
  lines.push('', ...auditMarkdown(report.audit, 2));
  lines.push('## Timeline', '');
  if (report.timeline.length === 0) lines.push('No dated happenings with a known year.');
  else {
    lines.push('| date | what | status | reported by | first claim |', '|---|---|---|---|---|');
    for (const entry of report.timeline) {
      const first = entry.claims[0]!;
      const equipment = entry.equipment.length > 0 ? ` (${entry.equipment.map((family) => esc(family.replace(/^equipment:/, '').toUpperCase())).join(', ')})` : '';
      lines.push(`| ${formatTimeValue(entry.date)} | ${entry.kind}${equipment} | ${entry.status} | ${entry.sources.map(esc).join(', ')} | ${esc(first.text.length > 120 ? `${first.text.slice(0, 117)}…` : first.text)} |`);
    }
  }
  lines.push('', `<sub>crosscheck ${report.tool.version} · verdicts explained in the README, rules in docs/rules/.</sub>`, '');
  return lines.join('\n');
}
