#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_FILE_BYTES } from './io.js';
import type { Format } from './output.js';
import { runCheck } from './commands/check.js';
import { runCompare } from './commands/compare.js';
import { runExtract } from './commands/extract.js';

function formats(value: string | string[]): Format[] {
  const list = (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(',')).map((item) => item.trim());
  for (const item of list) if (item !== 'md' && item !== 'json') throw new Error(`--format takes md and/or json, not "${item}"`);
  return list as Format[];
}

let exitCode = 0;
const shared = { quiet: { type: 'boolean', default: false, describe: 'No progress or summary on stderr' } } as const;
const articleOptions = {
  claims: { type: 'string', default: 'claims', describe: 'Folder for claim sets (claims/<article>.json)' },
  'max-file-size': { type: 'number', default: DEFAULT_MAX_FILE_BYTES, describe: 'Skip article files larger than this many bytes' },
  force: { type: 'boolean', default: false, describe: 'Re-extract even where a claims file was edited by hand (a backup is kept)' },
} as const;
const reportOptions = {
  reports: { type: 'string', default: 'reports', describe: 'Folder for report.md and report.json' },
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
      (argv) => {
        exitCode = runCheck({ paths: argv.paths as string[], claims: argv.claims, maxFileSize: argv['max-file-size'], force: argv.force, quiet: argv.quiet, reports: argv.reports, format: formats(argv.format), ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}) });
      },
    )
    .command(
      'extract <paths..>',
      'Extract claims only, into the claims folder',
      (command) => command.positional('paths', { type: 'string', array: true, demandOption: true }).options({ ...articleOptions, ...shared }),
      (argv) => {
        exitCode = runExtract({ paths: argv.paths as string[], claims: argv.claims, maxFileSize: argv['max-file-size'], force: argv.force, quiet: argv.quiet });
      },
    )
    .command(
      'compare <inputs..>',
      'Compare stored (possibly hand-edited) claim sets: a claims folder or claim files',
      (command) => command.positional('inputs', { type: 'string', array: true, demandOption: true }).options({ ...reportOptions, ...shared }),
      (argv) => {
        exitCode = runCompare({ inputs: argv.inputs as string[], reports: argv.reports, format: formats(argv.format), quiet: argv.quiet, ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}) });
      },
    )
    .example('$0 check examples/trilateral-air-drills', 'Check the example corpus; writes claims/ and reports/')
    .example('$0 check wires/ --fail-on contradict', 'Exit 1 if any two sources contradict each other')
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
