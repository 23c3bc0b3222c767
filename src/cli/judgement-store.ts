import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../align/index.js';
import { COMPARE_VERSION, JudgementCache } from '../compare/judgement-cache.js';
import { buildReport, type CheckOptions } from '../pipeline.js';
import { validateJudgements } from '../schema/index.js';
import type { ClaimSet, JudgementCacheFile, Report } from '../types.js';
import { jsonPieces } from '../util/json.js';
import { readJsonFile, writeFileAtomic } from './io.js';
import { warn } from './messages.js';
import { stageLaps } from '../util/stages.js';
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
 * Judgements made since the 16 files were last written in full are kept in one more file, so a
 * re-run after a small change writes that one small file instead of rewriting all 16.
 */
function addedFile(claimsDir: string): string {
  return join(claimsDir, '.judgements-added.json');
}

/** The 16 files are written afresh once the added file and the entries they hold unused pass this share of the entries a run uses. */
const MAX_DRIFT = 0.1;

/** What `loadJudgements` found, for `saveJudgements` to decide between the added file and a full rewrite. */
interface Loaded {
  /** Whether all 16 files were read, valid and made by these rules. */
  complete: boolean;
  /** Keys of the entries the added file held. */
  added: Set<string>;
}
const loadedFrom = new WeakMap<JudgementCache, Loaded>();

function readJudgementsFile(file: string): JudgementCacheFile | undefined {
  const loaded = readJsonFile(file, validateJudgements, 'judgements.schema.json');
  if (!loaded.ok) {
    warn(file, `${loaded.error}; ignored, its pairs are judged afresh and the file rewritten`);
    return undefined;
  }
  return loaded.value.compare === COMPARE_VERSION ? loaded.value : undefined;
}

/**
 * The judgements stored by the last run, or an empty cache (with `force`, or when there are none).
 * An unusable file is named in one line and left out: it is only a cache, so it costs time, not results.
 */
export function loadJudgements(claimsDir: string, force: boolean): JudgementCache {
  if (force) return new JudgementCache();
  const merged: JudgementCacheFile = { version: 1, compare: COMPARE_VERSION, pairs: {}, internal: {} };
  const read = (file: string) => {
    const part = existsSync(file) ? readJudgementsFile(file) : undefined;
    if (part) {
      Object.assign(merged.pairs, part.pairs);
      Object.assign(merged.internal, part.internal);
    }
    return part;
  };
  let shards = 0;
  for (const shard of SHARDS) if (read(shardFile(claimsDir, shard))) shards++;
  const added = read(addedFile(claimsDir));
  const cache = new JudgementCache(shards > 0 || added ? merged : undefined);
  loadedFrom.set(cache, { complete: shards === SHARDS.length, added: new Set(added ? [...Object.keys(added.pairs), ...Object.keys(added.internal)] : []) });
  return cache;
}

/**
 * Stores the judgements this run used, for the next run. After a small change only the added file
 * is written; the 16 files keep the few entries no longer used until they are next written in full.
 */
export function saveJudgements(claimsDir: string, cache: JudgementCache): void {
  if (cache.unchanged && SHARDS.every((shard) => existsSync(shardFile(claimsDir, shard)))) return;
  const loaded = loadedFrom.get(cache);
  if (loaded?.complete) {
    const { added, unused } = cache.changes(loaded.added);
    const addedSize = Object.keys(added.pairs).length + Object.keys(added.internal).length;
    if (unused + addedSize <= MAX_DRIFT * cache.size) {
      writeJudgementsFile(addedFile(claimsDir), added);
      return;
    }
  }
  for (const shard of SHARDS) writeJudgementsFile(shardFile(claimsDir, shard), cache.toFile((key) => key[0] === shard));
  // Its entries are all in the 16 files now.
  rmSync(addedFile(claimsDir), { force: true });
}

function writeJudgementsFile(file: string, part: JudgementCacheFile): void {
  const validation = validateJudgements(part);
  if (!validation.ok) throw new Error(`${file}: judgements fail schemas/judgements.schema.json: ${validation.error}`);
  writeFileAtomic(file, withNewline(jsonPieces(part, 0)));
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/**
 * The report of claim sets as `check` and `audit` build it: judgements of unchanged pairs come from
 * the claims folder, the rest are judged over worker threads, and all are stored for the next run.
 * The claim sets are used up: `sets` is emptied once the report is built, so that at 10,000
 * articles their few hundred megabytes are free before the judgements are stored; and only counts
 * of the judgements come back, so the cache is free before the report is written.
 */
export async function reportWithStoredJudgements(sets: ClaimSet[], options: StoredCheckOptions, claimsDir: string, force: boolean, workers?: number): Promise<{ report: Report; reused: number; judged: number }> {
  const judgements = loadJudgements(claimsDir, force);
  const { lap, restart } = stageLaps(options.onStage);
  const alignment = align(sets.flatMap((set) => set.claims));
  lap('align');
  await judgeInParallel(alignment.pairs, sets, judgements, workers);
  lap('compare');
  const report = buildReport(sets, { ...options, judgements, alignment });
  restart();
  sets.length = 0;
  saveJudgements(claimsDir, judgements);
  lap('store judgements');
  return { report, reused: judgements.reused, judged: judgements.judged };
}

export interface StoredCheckOptions extends Omit<CheckOptions, 'onStage'> {
  /** Called after each stage with its name and duration in milliseconds, for benchmarks. */
  onStage?: (stage: 'align' | 'compare' | 'audit' | 'store judgements', milliseconds: number) => void;
}
