import { join } from 'node:path';
import { auditCharts, renderAuditJson, renderAuditMarkdown, renderJsonPieces, renderMarkdown } from '../report/index.js';
import { validateAudit, validateReport } from '../schema/index.js';
import type { Decision, Report } from '../types.js';
import cliProgress from 'cli-progress';
import { writeFileAtomic } from './io.js';
import { warn } from './messages.js';
import { openConflicts } from '../review/apply.js';
import { decisionsFixHint, readDecisions } from './decisions-io.js';

export type Format = 'md' | 'json';

/** Validates the report against its schema, then writes the requested formats; returns the files written. */
export function writeReport(report: Report, dir: string, formats: readonly Format[]): string[] {
  const validation = validateReport(report);
  if (!validation.ok) throw new Error(`report fails schemas/report.schema.json: ${validation.error}`);
  const written: string[] = [];
  if (formats.includes('json')) {
    const file = join(dir, 'report.json');
    writeFileAtomic(file, renderJsonPieces(report));
    written.push(file);
  }
  if (formats.includes('md')) {
    const file = join(dir, 'report.md');
    writeFileAtomic(file, renderMarkdown(report));
    written.push(file);
    written.push(...writeCharts(report, dir));
  }
  return written;
}

/** The audit charts, as SVG files beside the markdown that shows them. */
export function writeCharts(report: Report, dir: string): string[] {
  return auditCharts(report.audit).map(({ file, svg }) => {
    writeFileAtomic(join(dir, file), svg);
    return join(dir, file);
  });
}

/** reports/audit.md and audit.json (validated), with the charts. */
export function writeAudit(report: Report, dir: string): string[] {
  const json = renderAuditJson(report);
  const check = validateAudit(JSON.parse(json));
  if (!check.ok) throw new Error(`audit fails schemas/audit.schema.json: ${check.error}`);
  writeFileAtomic(join(dir, 'audit.json'), json);
  writeFileAtomic(join(dir, 'audit.md'), renderAuditMarkdown(report));
  return [join(dir, 'audit.json'), join(dir, 'audit.md'), ...writeCharts(report, dir)];
}


const { SingleBar, Presets } = cliProgress;

/** Progress of one long stage: started with a total, advanced as work completes, stopped at the end. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (cli-progress) with the stage, the count done and the ETA; silent when
 * stderr is not a terminal or with --quiet.
 */
export function progress(quiet: boolean, stage: string, total: number): Progress {
  if (quiet || !process.stderr.isTTY || total === 0) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${stage} [{bar}] {value}/{total} · eta {eta_formatted}`, stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Conflicts that count for --fail-on: unreviewed or confirmed, not dismissed. */
export function contradictions(report: Report): number {
  return openConflicts(report).length;
}

/**
 * The stored review decisions to apply. An unreadable decisions file is reported (and left
 * untouched) and the run goes on without decisions; the caller then exits 2.
 */
export function storedDecisions(decisionsPath: string): { decisions: Decision[]; ok: boolean } {
  const stored = readDecisions(decisionsPath);
  if (!stored.ok) {
    warn(decisionsPath, `${stored.error}; decisions not applied. ${decisionsFixHint(decisionsPath)}`);
    return { decisions: [], ok: false };
  }
  return { decisions: stored.file.decisions, ok: true };
}

export function summaryLine(report: Report, files: readonly string[]): string {
  const claims = report.sources.reduce((sum, source) => sum + source.claims, 0);
  const scoped = report.comparisons.filter((comparison) => comparison.verdict === 'different-scope').length;
  return `crosscheck: ${report.articles.length} articles, ${claims} claims, ${contradictions(report)} contradictions, ${scoped} resolved by scope, ${report.internal.length} internal → ${files.join(', ')}\n`;
}
