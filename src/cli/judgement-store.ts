import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../align/index.js';
import { COMPARE_VERSION, JudgementCache } from '../compare/judgement-cache.js';
import { buildReport, type CheckOptions } from '../pipeline.js';
import { validateJudgements } from '../schema/index.js';
import type { ClaimSet, JudgementCacheFile, Report } from '../types.js';
import { jsonPieces } from '../util/json.js';
import { readJsonFile, writeFileAtomic } from './io.js';
import { warn } from './messages.js';
import { judgeInParallel } from './parallel.js';

/** Judgements are kept in 16 files by the first hex digit of their key, so no one file grows past what can be read at once. */
const SHARDS = [...'0123456789abcdef'];

/** How messages name the judgement files of a claims folder. */
export function judgementsFiles(claimsDir: string): string {
  return join(claimsDir, '.judgements-*.json');
}

/** Where `check` keeps one share of its judgements; the leading dot keeps it out of the claim files. */
function shardFile(claimsDir: string, shard: string): string {
  return join(claimsDir, `.judgements-${shard}.json`);
}

/**
 * The judgements stored by the last run, or an empty cache (with `force`, or when there are none).
 * An unusable file is named in one line and left out: it is only a cache, so it costs time, not results.
 */
export function loadJudgements(claimsDir: string, force: boolean): JudgementCache {
  if (force) return new JudgementCache();
  const merged: JudgementCacheFile = { version: 1, compare: COMPARE_VERSION, pairs: {}, internal: {} };
  let found = false;
  for (const shard of SHARDS) {
    const file = shardFile(claimsDir, shard);
    if (!existsSync(file)) continue;
    const loaded = readJsonFile(file, validateJudgements, 'judgements.schema.json');
    if (!loaded.ok) {
      warn(file, `${loaded.error}; ignored, its pairs are judged afresh and the file rewritten`);
      continue;
    }
    if (loaded.value.compare !== COMPARE_VERSION) continue;
    Object.assign(merged.pairs, loaded.value.pairs);
    Object.assign(merged.internal, loaded.value.internal);
    found = true;
  }
  return new JudgementCache(found ? merged : undefined);
}

/** Stores the judgements this run used, for the next run (unless the files already hold exactly those). */
export function saveJudgements(claimsDir: string, cache: JudgementCache): void {
  if (cache.unchanged && SHARDS.every((shard) => existsSync(shardFile(claimsDir, shard)))) return;
  const data = cache.toFile();
  const parts = new Map(SHARDS.map((shard): [string, JudgementCacheFile] => [shard, { version: 1, compare: data.compare, pairs: {}, internal: {} }]));
  for (const [key, judgement] of Object.entries(data.pairs)) parts.get(key[0]!)!.pairs[key] = judgement;
  for (const [key, findings] of Object.entries(data.internal)) parts.get(key[0]!)!.internal[key] = findings;
  for (const [shard, part] of parts) {
    const validation = validateJudgements(part);
    if (!validation.ok) throw new Error(`${shardFile(claimsDir, shard)}: judgements fail schemas/judgements.schema.json: ${validation.error}`);
    writeFileAtomic(shardFile(claimsDir, shard), [...jsonPieces(part, 0), '\n']);
  }
}

/**
 * The report of claim sets as `check` and `audit` build it: judgements of unchanged pairs come from
 * the claims folder, the rest are judged over worker threads, and all are stored for the next run.
 */
export async function reportWithStoredJudgements(sets: readonly ClaimSet[], options: CheckOptions, claimsDir: string, force: boolean, workers?: number): Promise<{ report: Report; judgements: JudgementCache }> {
  const judgements = loadJudgements(claimsDir, force);
  const alignment = align(sets.flatMap((set) => set.claims));
  await judgeInParallel(alignment.pairs, sets, judgements, workers);
  const report = buildReport(sets, { ...options, judgements, alignment });
  saveJudgements(claimsDir, judgements);
  return { report, judgements };
}
