import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JudgementCache } from '../compare/judgement-cache.js';
import { validateJudgements } from '../schema/index.js';
import { readJsonFile, writeFileAtomic } from './io.js';
import { warn } from './messages.js';

/** Where `check` keeps judgements between runs; the leading dot keeps it out of the claim files. */
export function judgementsFile(claimsDir: string): string {
  return join(claimsDir, '.judgements.json');
}

/**
 * The judgements stored by the last run, or an empty cache (with `force`, when there is none, or
 * when the file is unusable: it is only a cache, so a bad one costs time, not results).
 */
export function loadJudgements(claimsDir: string, force: boolean): JudgementCache {
  const file = judgementsFile(claimsDir);
  if (force || !existsSync(file)) return new JudgementCache();
  const loaded = readJsonFile(file, validateJudgements, 'judgements.schema.json');
  if (loaded.ok) return new JudgementCache(loaded.value);
  warn(file, `${loaded.error}; ignored, every pair is judged afresh and the file rewritten`);
  return new JudgementCache();
}

/** Stores the judgements this run used, for the next run (unless the file already holds exactly those). */
export function saveJudgements(claimsDir: string, cache: JudgementCache): void {
  if (cache.unchanged && existsSync(judgementsFile(claimsDir))) return;
  const data = cache.toFile();
  const validation = validateJudgements(data);
  if (!validation.ok) throw new Error(`${judgementsFile(claimsDir)}: judgements fail schemas/judgements.schema.json: ${validation.error}`);
  writeFileAtomic(judgementsFile(claimsDir), `${JSON.stringify(data)}\n`);
}
