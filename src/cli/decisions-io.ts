import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { DecisionFile } from '../types.js';
import { validateDecisions } from '../schema/index.js';
import { emptyDecisions, serializeDecisions } from '../review/store.js';
import { readJsonFile, writeFileAtomic } from './io.js';

export const DEFAULT_DECISIONS = 'reviews/decisions.json';

export type DecisionsRead = { ok: true; file: DecisionFile } | { ok: false; error: string };

/** Reads and validates the decisions file; a missing file is an empty one. */
export function readDecisions(path: string): DecisionsRead {
  if (!existsSync(path)) return { ok: true, file: emptyDecisions() };
  const result = readJsonFile(path, validateDecisions, 'decisions.schema.json');
  return result.ok ? { ok: true, file: result.value } : result;
}

/** How to get out of an unreadable decisions file without losing it. */
export function decisionsFixHint(path: string): string {
  return `crosscheck never overwrites it: fix it by hand (see schemas/decisions.schema.json), or move it aside (mv ${path} ${path}.bad) to start a new one`;
}

/** Writes decisions atomically, after validating them against their schema. */
export function writeDecisions(path: string, file: DecisionFile): void {
  const check = validateDecisions(file);
  if (!check.ok) throw new Error(`${path}: refusing to write decisions that fail schemas/decisions.schema.json: ${check.error}`);
  writeFileAtomic(path, serializeDecisions(file));
}

/** Who is deciding: --reviewer, then $USER, then git's user.name. */
export function reviewerName(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  if (process.env['USER']?.trim()) return process.env['USER'].trim();
  const git = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' });
  return git.status === 0 && git.stdout.trim() ? git.stdout.trim() : 'unknown';
}
