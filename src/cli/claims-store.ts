import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, ClaimSet } from '../types.js';
import { inputHash } from '../ingest/index.js';
import { EXTRACTOR_VERSION, claimsChecksum } from '../extract/claims.js';
import { validateClaimSet } from '../schema/index.js';
import { readIfExists, readJsonFile, writeFileAtomic } from './io.js';
import { safeFileName } from './file-names.js';

/** Claims the extractor made that fail their schema: a crosscheck bug, not bad input, so only that article is left out. */
export class InvalidClaimsError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: extracted claims fail schemas/claims.schema.json: ${reason}`);
  }
}

export function claimSetText(set: ClaimSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

export type StoreOutcome =
  | { status: 'written' | 'unchanged'; set: ClaimSet; file: string }
  | { status: 'kept-edited'; set: ClaimSet; file: string }
  | { status: 'replaced'; set: ClaimSet; file: string; backup: string };

/**
 * Stores a freshly extracted claim set, never silently losing a hand edit: a valid file whose claims
 * no longer match its own checksum was edited by hand, so it is kept and used (unless `force`, which
 * keeps a backup). An unreadable file is backed up before it is replaced.
 */
export function storeClaimSet(dir: string, fresh: ClaimSet, force = false): StoreOutcome {
  const file = join(dir, `${safeFileName(fresh.article.id)}.json`);
  const text = claimSetText(fresh);
  const validation = validateClaimSet(fresh);
  if (!validation.ok) throw new InvalidClaimsError(file, validation.error);
  const existing = readIfExists(file);
  if (existing === text) return { status: 'unchanged', set: fresh, file };
  if (existing !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch {
      parsed = undefined;
    }
    const old = parsed === undefined ? undefined : validateClaimSet(parsed);
    const editedByHand = old?.ok === true && claimsChecksum(old.value.claims) !== old.value.checksum;
    if (editedByHand && !force) return { status: 'kept-edited', set: old.value, file };
    if (editedByHand || !old?.ok) {
      const backup = `${file}.${old?.ok ? 'edited' : 'invalid'}-${Date.now()}`;
      copyFileSync(file, backup);
      writeFileAtomic(file, text);
      return { status: 'replaced', set: fresh, file, backup };
    }
  }
  writeFileAtomic(file, text);
  return { status: 'written', set: fresh, file };
}

/** What storing one extracted set came to, as plain data that a worker thread can send back. */
export type StoreResult = { outcome: StoreOutcome } | { invalid: { file: string; reason: string } };

/** Stores a set as `storeClaimSet` does; claims that fail their schema are reported, not thrown. */
export function storeExtracted(dir: string, fresh: ClaimSet, force: boolean): StoreResult {
  try {
    return { outcome: storeClaimSet(dir, fresh, force) };
  } catch (error) {
    if (!(error instanceof InvalidClaimsError)) throw error;
    return { invalid: { file: error.file, reason: error.reason } };
  }
}

/**
 * The stored claim set of an input, when it can be reused as is: same input (text and metadata),
 * same extractor, and not edited by hand (an edited file is the store's business).
 */
export function cachedClaimSet(dir: string, input: ArticleInput): ClaimSet | undefined {
  const file = join(dir, `${safeFileName(input.id)}.json`);
  if (!existsSync(file)) return undefined;
  const loaded = loadClaimSet(file);
  if (!loaded.ok) return undefined;
  const set = loaded.set;
  const path = input.path === undefined ? set.article.path === undefined : set.article.path === input.path;
  if (set.extractor !== EXTRACTOR_VERSION || set.inputSha256 !== inputHash(input) || set.article.id !== input.id || !path) return undefined;
  return claimsChecksum(set.claims) === set.checksum ? set : undefined;
}

/** Lists the claim files of a folder, sorted. */
export function claimFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and validates one claims file; the error names the JSON path. */
export function loadClaimSet(file: string): { ok: true; set: ClaimSet } | { ok: false; error: string } {
  const result = readJsonFile(file, validateClaimSet, 'claims.schema.json');
  return result.ok ? { ok: true, set: result.value } : result;
}
