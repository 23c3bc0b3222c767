import { join } from 'node:path';
import { emitKeypressEvents, createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { applyDecisions } from '../../review/apply.js';
import { upsertDecision } from '../../review/store.js';
import { validateReport } from '../../schema/index.js';
import type { Comparison, Decision, DecisionFile, Report, Verdict } from '../../types.js';
import { decisionsFixHint, readDecisions, reviewerName, writeDecisions } from '../decisions-io.js';
import { readJsonFile } from '../io.js';
import { existsSync } from 'node:fs';
import { warn } from '../messages.js';

export interface ReviewArgs {
  reports: string;
  decisions: string;
  reviewer?: string;
  list: boolean;
  decide?: string;
  right?: string;
  note?: string;
  /** Verdicts to walk through besides `contradict` (`different-scope`, and `quote` for quote findings of any verdict). */
  include: string[];
}

/** Reads and validates reports/report.json; a string says what is wrong. */
export function loadReport(reports: string): Report | string {
  const file = join(reports, 'report.json');
  if (!existsSync(file)) return `${file}: no report; run "crosscheck check" first`;
  // A report too large to read whole (10,000 articles and more) is read one piece at a time.
  const result = readJsonFile(file, validateReport, 'report.schema.json', { inPieces: true });
  return result.ok ? result.value : `${file}: ${result.error}`;
}

/** The comparisons a reviewer walks through, in report order: contradictions, then what was asked for. */
export function reviewQueue(report: Report, include: readonly string[], unreviewedOnly = true): Comparison[] {
  const wanted = (comparison: Comparison) =>
    comparison.verdict === 'contradict' || (include.includes('different-scope') && comparison.verdict === 'different-scope') || (include.includes('quote') && comparison.kind === 'quote');
  const order = (verdict: Verdict) => (verdict === 'contradict' ? 0 : verdict === 'different-scope' ? 1 : 2);
  return report.comparisons
    .filter((comparison) => wanted(comparison) && (!unreviewedOnly || !comparison.review || comparison.review.stale))
    .sort((a, b) => order(a.verdict) - order(b.verdict));
}

function decisionFor(comparison: Comparison, decision: Decision['decision'], reviewer: string, right?: string, note?: string): Decision {
  const record: Decision = {
    comparison: comparison.id,
    decision,
    claims: [
      { article: comparison.claims[0].article, text: comparison.claims[0].text },
      { article: comparison.claims[1].article, text: comparison.claims[1].text },
    ],
    verdict: comparison.verdict,
    kind: comparison.kind,
    reviewer,
    decidedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  if (right !== undefined) record.right = right;
  if (note !== undefined && note.trim()) record.note = note.trim();
  return record;
}

const COLOR = { red: '\x1b[31m', green: '\x1b[32m', bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** One flagged comparison as the terminal shows it: both sentences with their sources, the coloured diff, reason and confidence. */
export function describeForReview(report: Report, comparison: Comparison, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${COLOR.reset}` : text);
  const source = (article: string) => {
    const info = report.articles.find((candidate) => candidate.id === article);
    return [article, info?.outlet, info?.published ? `${info.published.date}${info.published.source === 'inferred' ? ' (inferred)' : ''}` : 'date unknown'].filter(Boolean).join(', ');
  };
  const diff = comparison.diff.map((part) => (part.op === '=' ? part.text : part.op === '-' ? paint(COLOR.red, color ? part.text : `[-${part.text}-]`) : paint(COLOR.green, color ? part.text : `{+${part.text}+}`))).join('');
  const [a, b] = comparison.claims;
  const lines = [
    paint(COLOR.bold, `${comparison.verdict} · ${comparison.kind} · ${comparison.id}`),
    `  a: ${a.text}`,
    paint(COLOR.dim, `     — ${source(a.article)}`),
    `  b: ${b.text}`,
    paint(COLOR.dim, `     — ${source(b.article)}`),
    `  diff: ${diff}`,
    `  why: ${comparison.reason}`,
    `  confidence: ${comparison.confidence.toFixed(2)}`,
  ];
  if (comparison.review?.stale) lines.push(`  earlier decision (stale): ${comparison.review.decision} by ${comparison.review.reviewer}`);
  return `${lines.join('\n')}\n`;
}

/** Reads single keys from a terminal, or whole lines (first character) from a pipe or a test. */
class KeyReader {
  private readonly lines: AsyncIterator<string> | undefined;
  private readonly tty: boolean;

  constructor(private readonly input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void }, private readonly output: Writable) {
    this.tty = Boolean(input.isTTY && input.setRawMode);
    if (!this.tty) this.lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
    else emitKeypressEvents(input);
  }

  async key(): Promise<string | undefined> {
    if (this.lines) {
      const next = await this.lines.next();
      return next.done ? undefined : next.value.trim().charAt(0).toLowerCase();
    }
    return new Promise((resolve) => {
      this.input.setRawMode!(true);
      this.input.resume();
      this.input.once('keypress', (text: string | undefined, key: { name?: string; ctrl?: boolean }) => {
        this.input.setRawMode!(false);
        this.input.pause();
        if (key?.ctrl && key.name === 'c') resolve('q');
        else resolve((text ?? key?.name ?? '').toLowerCase());
      });
    });
  }

  async line(prompt: string): Promise<string> {
    this.output.write(prompt);
    if (this.lines) {
      const next = await this.lines.next();
      return next.done ? '' : next.value;
    }
    const rl = createInterface({ input: this.input, output: this.output, terminal: true });
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    return answer;
  }

  close(): void {
    if (this.tty) this.input.pause();
  }
}

export interface SessionIO {
  input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
  output: Writable;
  color: boolean;
}

/**
 * Walks a reviewer through the queue. Each decision is saved at once (atomically), so quitting or
 * an interrupt loses nothing already decided. Returns the number of decisions made.
 */
export async function reviewSession(report: Report, queue: readonly Comparison[], decisions: DecisionFile, save: (file: DecisionFile) => void, reviewer: string, io: SessionIO): Promise<number> {
  const reader = new KeyReader(io.input, io.output);
  let file = decisions;
  let made = 0;
  try {
    for (const [index, comparison] of queue.entries()) {
      io.output.write(`\n[${index + 1}/${queue.length}] ${describeForReview(report, comparison, io.color)}`);
      let note: string | undefined;
      for (;;) {
        io.output.write(`[c]onfirm  [d]ismiss  [a] ${comparison.claims[0].article} is right  [b] ${comparison.claims[1].article} is right  [n]ote  [s]kip  [q]uit > `);
        const key = await reader.key();
        io.output.write('\n');
        if (key === undefined || key === 'q') return made;
        if (key === 's') break;
        if (key === 'n') {
          note = await reader.line('note: ');
          continue;
        }
        const choice = { c: ['confirmed'], d: ['dismissed'], a: ['confirmed', comparison.claims[0].article], b: ['confirmed', comparison.claims[1].article] }[key];
        if (!choice) {
          io.output.write(`"${key}" is not one of c, d, a, b, n, s, q\n`);
          continue;
        }
        file = upsertDecision(file, decisionFor(comparison, choice[0] as Decision['decision'], reviewer, choice[1], note));
        save(file);
        made++;
        break;
      }
    }
    return made;
  } finally {
    reader.close();
  }
}

/**
 * The last report with the stored decisions applied, for commands that act on reviews; undefined
 * (after a one-line error) when either file cannot be used.
 */
export function loadReviewedReport(reports: string, decisionsPath: string): { report: Report; decisions: DecisionFile } | undefined {
  const loaded = loadReport(reports);
  if (typeof loaded === 'string') {
    process.stderr.write(`crosscheck: ${loaded}\n`);
    return undefined;
  }
  const stored = readDecisions(decisionsPath);
  if (!stored.ok) {
    warn(decisionsPath, `${stored.error}; ${decisionsFixHint(decisionsPath)}`);
    return undefined;
  }
  return { report: applyDecisions(loaded, stored.file.decisions), decisions: stored.file };
}

export async function runReview(args: ReviewArgs, io: SessionIO = { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] }): Promise<number> {
  const loaded = loadReviewedReport(args.reports, args.decisions);
  if (!loaded) return 2;
  const { report, decisions: stored } = loaded;
  const save = (file: DecisionFile) => writeDecisions(args.decisions, file);

  if (args.list) {
    for (const comparison of reviewQueue(report, ['different-scope', 'quote'], false)) {
      const review = comparison.review ? `${comparison.review.stale ? 'stale ' : ''}${comparison.review.decision} by ${comparison.review.reviewer}` : 'unreviewed';
      io.output.write(`${comparison.id}\t${comparison.verdict}\t${comparison.kind}\t${review}\t${comparison.claims[0].article} / ${comparison.claims[1].article}\n`);
    }
    for (const decision of report.orphanedDecisions) io.output.write(`${decision.comparison}\torphaned\t${decision.kind}\t${decision.decision} by ${decision.reviewer}\t${decision.claims[0].article} / ${decision.claims[1].article}\n`);
    return 0;
  }

  if (args.decide !== undefined) {
    const match = /^(c-[0-9a-f]{12})=(confirmed|dismissed)$/.exec(args.decide.trim());
    if (!match) {
      process.stderr.write(`crosscheck: --decide takes <id>=confirmed or <id>=dismissed, as "c-0123456789ab=confirmed"\n`);
      return 2;
    }
    const comparison = report.comparisons.find((candidate) => candidate.id === match[1]);
    if (!comparison) {
      process.stderr.write(`crosscheck: ${match[1]}: no such comparison in ${join(args.reports, 'report.json')} (see crosscheck review --list)\n`);
      return 2;
    }
    if (args.right !== undefined && !comparison.claims.some((claim) => claim.article === args.right)) {
      process.stderr.write(`crosscheck: --right must name one of the two articles: ${comparison.claims.map((claim) => claim.article).join(' or ')}\n`);
      return 2;
    }
    save(upsertDecision(stored, decisionFor(comparison, match[2] as Decision['decision'], reviewerName(args.reviewer), args.right, args.note)));
    process.stderr.write(`crosscheck: ${comparison.id} ${match[2]}; saved in ${args.decisions}\n`);
    return 0;
  }

  const queue = reviewQueue(report, args.include);
  if (queue.length === 0) {
    io.output.write('Nothing to review.\n');
    return 0;
  }
  const made = await reviewSession(report, queue, stored, save, reviewerName(args.reviewer), io);
  io.output.write(`${made} decision${made === 1 ? '' : 's'} saved in ${args.decisions}\n`);
  return 0;
}
