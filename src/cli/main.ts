#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_FILE_BYTES } from './io.js';
import type { Format } from './output.js';
import { DEFAULT_DECISIONS } from './decisions-io.js';

function formats(value: string | string[]): Format[] {
  const list = (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(',')).map((item) => item.trim());
  for (const item of list) if (item !== 'md' && item !== 'json') throw new Error(`--format takes md and/or json, not "${item}"`);
  return list as Format[];
}

// A reader that stops early (`crosscheck review --list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let exitCode = 0;
const shared = { quiet: { type: 'boolean', default: false, describe: 'No progress or summary on stderr' } } as const;
const articleOptions = {
  claims: { type: 'string', default: 'claims', describe: 'Folder for claim sets (claims/<article>.json)' },
  'max-file-size': { type: 'number', default: DEFAULT_MAX_FILE_BYTES, describe: 'Skip article files larger than this many bytes' },
  force: { type: 'boolean', default: false, describe: 'Re-extract even where a claims file was edited by hand (a backup is kept)' },
  workers: { type: 'number', describe: 'Worker threads for extraction (default: one per core)' },
} as const;
const reportOptions = {
  reports: { type: 'string', default: 'reports', describe: 'Folder for report.md and report.json' },
  decisions: { type: 'string', default: DEFAULT_DECISIONS, describe: 'Review decisions to apply (crosscheck review writes them)' },
  format: { type: 'string', default: 'md,json', describe: 'Report formats: md, json or both' },
  'fail-on': { choices: ['contradict'] as const, describe: 'Exit 1 when a conflict of this verdict is found' },
} as const;

try {
  await yargs(hideBin(process.argv))
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nCheck news articles against each other: extract claims, align them by event, flag contradictions.')
    .command(
      'check <paths..>',
      'Extract, compare and report on articles (.txt/.md files or folders)',
      (command) => command.positional('paths', { type: 'string', array: true, demandOption: true }).options({ ...articleOptions, ...reportOptions, ...shared }),
      async (argv) => {
        exitCode = await (await import('./commands/check.js')).runCheck({ paths: argv.paths as string[], claims: argv.claims, maxFileSize: argv['max-file-size'], force: argv.force, quiet: argv.quiet, ...(argv.workers !== undefined ? { workers: argv.workers } : {}), reports: argv.reports, format: formats(argv.format), decisions: argv.decisions, ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}) });
      },
    )
    .command(
      'extract <paths..>',
      'Extract claims only, into the claims folder',
      (command) => command.positional('paths', { type: 'string', array: true, demandOption: true }).options({ ...articleOptions, ...shared }),
      async (argv) => {
        exitCode = await (await import('./commands/extract.js')).runExtract({ paths: argv.paths as string[], claims: argv.claims, maxFileSize: argv['max-file-size'], force: argv.force, quiet: argv.quiet, ...(argv.workers !== undefined ? { workers: argv.workers } : {}) });
      },
    )
    .command(
      'compare <inputs..>',
      'Compare stored (possibly hand-edited) claim sets: a claims folder or claim files',
      (command) => command.positional('inputs', { type: 'string', array: true, demandOption: true }).options({ ...reportOptions, ...shared }),
      async (argv) => {
        exitCode = (await import('./commands/compare.js')).runCompare({ inputs: argv.inputs as string[], reports: argv.reports, format: formats(argv.format), quiet: argv.quiet, decisions: argv.decisions, ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}) });
      },
    )
    .command(
      'audit [paths..]',
      'Audit source reliability: reports/audit.md, audit.json and charts (from articles, or from the claims folder)',
      (command) =>
        command.positional('paths', { type: 'string', array: true, default: [] as string[] }).options({
          ...articleOptions,
          reports: reportOptions.reports,
          decisions: reportOptions.decisions,
          ...shared,
        }),
      async (argv) => {
        exitCode = await (await import('./commands/audit.js')).runAudit({ paths: (argv.paths ?? []) as string[], claims: argv.claims, maxFileSize: argv['max-file-size'], force: argv.force, quiet: argv.quiet, reports: argv.reports, decisions: argv.decisions });
      },
    )
    .command(
      'export',
      'Export confirmed conflicts as schema.org ClaimReview JSON-LD',
      (command) =>
        command.options({
          format: { choices: ['claimreview'] as const, default: 'claimreview' as const, describe: 'Export format' },
          reports: { type: 'string', default: 'reports', describe: 'Folder holding report.json from the last check' },
          decisions: { type: 'string', default: DEFAULT_DECISIONS, describe: 'Review decisions to export' },
          out: { type: 'string', describe: 'Output file (default: <reports>/claimreview.jsonld)' },
          ...shared,
        }),
      async (argv) => {
        exitCode = (await import('./commands/export.js')).runExport({ format: argv.format, reports: argv.reports, decisions: argv.decisions, quiet: argv.quiet, ...(argv.out !== undefined ? { out: argv.out } : {}) });
      },
    )
    .command(
      'review',
      'Confirm or dismiss flagged conflicts, interactively or with --decide',
      (command) =>
        command.options({
          reports: { type: 'string', default: 'reports', describe: 'Folder holding report.json from the last check' },
          decisions: { type: 'string', default: DEFAULT_DECISIONS, describe: 'Where decisions are kept' },
          reviewer: { type: 'string', describe: 'Who decides (default: $USER, then git config user.name)' },
          list: { type: 'boolean', default: false, describe: 'List flagged comparisons and their review state' },
          decide: { type: 'string', describe: 'Decide without prompting: <id>=confirmed|dismissed' },
          right: { type: 'string', describe: 'With --decide: the article judged right' },
          note: { type: 'string', describe: 'With --decide: a note to keep with the decision' },
          include: { type: 'array', string: true, choices: ['different-scope', 'quote'], default: [] as string[], describe: 'Also walk through these findings after the contradictions' },
        }),
      async (argv) => {
        exitCode = await (await import('./commands/review.js')).runReview({
          reports: argv.reports,
          decisions: argv.decisions,
          list: argv.list,
          include: (argv.include ?? []).map(String),
          ...(argv.reviewer !== undefined ? { reviewer: argv.reviewer } : {}),
          ...(argv.decide !== undefined ? { decide: argv.decide } : {}),
          ...(argv.right !== undefined ? { right: argv.right } : {}),
          ...(argv.note !== undefined ? { note: argv.note } : {}),
        });
      },
    )
    .example('$0 check examples/trilateral-air-drills', 'Check the example corpus; writes claims/ and reports/')
    .example('$0 check wires/ --fail-on contradict', 'Exit 1 if any two sources contradict each other')
    .example('$0 review', 'Walk through flagged conflicts: confirm, dismiss, say which source is right')
    .example('$0 review --decide c-0123456789ab=dismissed --note "different drills"', 'Record a decision from a script')
    .example('$0 extract article.md && $EDITOR claims/article.json && $0 compare claims/', 'Correct extracted claims by hand, then compare again')
    .demandCommand(1, 'Name a command: check, extract or compare')
    .strict()
    .version(VERSION)
    .help()
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`crosscheck: ${message}\nRun "crosscheck --help" for usage.\n`);
      process.exit(2);
    })
    .parseAsync();
} catch (error) {
  process.stderr.write(`crosscheck: ${(error as Error).message}\n`);
  exitCode = 2;
}
process.exitCode = exitCode;
