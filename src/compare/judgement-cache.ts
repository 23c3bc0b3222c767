import type { CachedJudgement, Claim, CompactDiff, DiffPart, InternalFinding, JudgementCacheFile, PublishedDate, StoredJudgement } from '../types.js';
import { compareStrings } from '../util/text.js';
import { sha256, stableId } from '../util/hash.js';
import { flatten, StringPool } from '../util/string-pool.js';

/**
 * Version of what comparison produces from two claims. Cached judgements of another version are
 * ignored, so bump it whenever a rule, the lexicon or the diff changes what a pair is judged
 * (test/compare-version.test.ts fails until you do).
 */
export const COMPARE_VERSION = 'crosscheck-compare/60';

/** The diff as a compact list over b's text, or undefined when b's text does not rebuild it exactly. */
export function compactDiff(diff: readonly DiffPart[], b: string): CompactDiff | undefined {
  const compact: CompactDiff = [];
  let at = 0;
  for (const part of diff) {
    if (part.op === '-') {
      compact.push(part.text);
      continue;
    }
    if (part.text.length === 0 || !b.startsWith(part.text, at)) return undefined;
    compact.push(part.op === '=' ? part.text.length : -part.text.length);
    at += part.text.length;
  }
  return at === b.length ? compact : undefined;
}

/** Parts at most this long (", ", " the ", "2024") recur across the diffs of a run and are made once. */
const SHARED_PART_LENGTH = 24;

/**
 * The diff a compact list stands for, given b's text. With `parts`, a short part equal to one made
 * before is that same object: the parts of a diff are never changed once made.
 */
export function expandDiff(diff: CompactDiff | DiffPart[], b: string, parts?: Map<string, DiffPart>): DiffPart[] {
  let at = 0;
  const part = (op: DiffPart['op'], text: string): DiffPart => {
    if (!parts || text.length > SHARED_PART_LENGTH) return { op, text };
    const key = op + text;
    let made = parts.get(key);
    if (!made) parts.set(key, (made = { op, text }));
    return made;
  };
  return diff.map((item) => {
    if (typeof item === 'object') return item;
    if (typeof item === 'string') return part('-', item);
    const length = Math.abs(item);
    const made = part(item > 0 ? '=' : '+', b.slice(at, at + length));
    at += length;
    return made;
  });
}

function toCached(judgement: StoredJudgement, b: string, strings: StringPool): CachedJudgement {
  // Kept for the whole run, one per pair: rule ids, verdicts and values repeat across hundreds of thousands.
  return strings.shareAll({ ...judgement, reason: flatten(judgement.reason), diff: compactDiff(judgement.diff, b) ?? judgement.diff });
}

/**
 * Judgements remembered across runs. A pair's judgement depends only on its two claims and their
 * similarity, and an article's internal findings only on its date and claims, so both are keyed by
 * hashes of exactly those. Pure data: the CLI reads and writes the file.
 */
export class JudgementCache {
  private readonly previousPairs: Record<string, CachedJudgement | null>;
  private readonly previousInternal: Record<string, InternalFinding[]>;
  private readonly usedPairs = new Map<string, CachedJudgement | null>();
  private readonly usedInternal = new Map<string, InternalFinding[]>();
  private readonly fingerprints = new WeakMap<Claim, string>();
  private readonly strings = new StringPool();
  private readonly diffParts = new Map<string, DiffPart>();
  /** Pairs and articles whose judgement came from the previous run. */
  reused = 0;
  /** Pairs and articles judged in this run. */
  judged = 0;
  /** Whether the previous file was made by these rules (else its entries are ignored). */
  private readonly usable: boolean;

  constructor(previous?: JudgementCacheFile) {
    const usable = previous?.version === 1 && previous.compare === COMPARE_VERSION;
    this.usable = usable;
    this.previousPairs = usable ? previous.pairs : {};
    this.previousInternal = usable ? previous.internal : {};
  }

  private fingerprint(claim: Claim): string {
    let found = this.fingerprints.get(claim);
    if (found === undefined) {
      found = sha256(JSON.stringify(claim));
      this.fingerprints.set(claim, found);
    }
    return found;
  }

  /** The judgement of a pair: remembered, or made by `judge` and remembered. */
  pair(a: Claim, b: Claim, similarity: number, judge: () => StoredJudgement | null): StoredJudgement | null {
    const cached = this.cachedPair(a, b, similarity, judge);
    return cached && { ...cached, diff: expandDiff(cached.diff, b.text, this.diffParts) };
  }

  /** Remembers the judgement of a pair made elsewhere (on a worker thread), unless one is at hand already. */
  record(a: Claim, b: Claim, similarity: number, judgement: StoredJudgement | null): void {
    this.cachedPair(a, b, similarity, () => judgement);
  }

  private cachedPair(a: Claim, b: Claim, similarity: number, judge: () => StoredJudgement | null): CachedJudgement | null {
    return this.lookup(this.pairKey(a, b, similarity), this.previousPairs, this.usedPairs, () => {
      const made = judge();
      return made && toCached(made, b.text, this.strings);
    });
  }

  /** Whether a judgement of the pair is at hand, from the previous run or this one. */
  hasPair(a: Claim, b: Claim, similarity: number): boolean {
    const key = this.pairKey(a, b, similarity);
    return this.usedPairs.has(key) || Object.hasOwn(this.previousPairs, key);
  }

  /** Whether the internal findings of the article are at hand. */
  hasInternal(article: { id: string; published?: PublishedDate }, claims: readonly Claim[]): boolean {
    const key = this.internalKey(article, claims);
    return this.usedInternal.has(key) || Object.hasOwn(this.previousInternal, key);
  }

  private pairKey(a: Claim, b: Claim, similarity: number): string {
    return stableId('', [this.fingerprint(a), this.fingerprint(b), String(similarity)], 32);
  }

  private internalKey(article: { id: string; published?: PublishedDate }, claims: readonly Claim[]): string {
    return stableId('', [article.id, JSON.stringify(article.published ?? null), ...claims.map((claim) => this.fingerprint(claim))], 32);
  }

  /** The internal findings of an article: remembered, or found by `check` and remembered. */
  internal(article: { id: string; published?: PublishedDate }, claims: readonly Claim[], check: () => InternalFinding[]): InternalFinding[] {
    return this.lookup(this.internalKey(article, claims), this.previousInternal, this.usedInternal, check);
  }

  private lookup<T>(key: string, previous: Record<string, T>, used: Map<string, T>, make: () => T): T {
    const seen = used.get(key);
    if (seen !== undefined || used.has(key)) return seen as T;
    let value: T;
    if (Object.hasOwn(previous, key)) {
      value = previous[key]!;
      this.reused++;
    } else {
      value = make();
      this.judged++;
    }
    used.set(key, value);
    return value;
  }

  /** Whether storing this run's entries would rewrite the previous file as it was: all reused, none added or dropped. */
  get unchanged(): boolean {
    return this.judged === 0 && this.usable && this.usedPairs.size === Object.keys(this.previousPairs).length && this.usedInternal.size === Object.keys(this.previousInternal).length;
  }

  /**
   * What this run changed against the previous file: the entries it used that the file lacked, or
   * that are among `since` (sorted by key), and how many of the file's other entries it left unused.
   */
  changes(since: ReadonlySet<string> = new Set()): { added: JudgementCacheFile; unused: number } {
    const added = <T>(used: Map<string, T>, previous: Record<string, T>) => sortedRecord(used, (key) => since.has(key) || !Object.hasOwn(previous, key));
    const unused = <T>(used: Map<string, T>, previous: Record<string, T>) => Object.keys(previous).filter((key) => !since.has(key) && !used.has(key)).length;
    return {
      added: { version: 1, compare: COMPARE_VERSION, pairs: added(this.usedPairs, this.previousPairs), internal: added(this.usedInternal, this.previousInternal) },
      unused: unused(this.usedPairs, this.previousPairs) + unused(this.usedInternal, this.previousInternal),
    };
  }

  /** How many entries this run used. */
  get size(): number {
    return this.usedPairs.size + this.usedInternal.size;
  }

  /**
   * The entries this run used whose keys pass `keep` (by default all), sorted by key, to store for
   * the next run. Stored a share at a time, only that share is copied.
   */
  toFile(keep: (key: string) => boolean = () => true): JudgementCacheFile {
    return { version: 1, compare: COMPARE_VERSION, pairs: sortedRecord(this.usedPairs, keep), internal: sortedRecord(this.usedInternal, keep) };
  }
}

/** The entries of a map whose keys pass `keep`, as a record in key order; only those entries are copied. */
function sortedRecord<T>(map: Map<string, T>, keep: (key: string) => boolean): Record<string, T> {
  const entries: [string, T][] = [];
  map.forEach((value, key) => {
    if (keep(key)) entries.push([key, value]);
  });
  return Object.fromEntries(entries.sort(([x], [y]) => compareStrings(x, y)));
}
