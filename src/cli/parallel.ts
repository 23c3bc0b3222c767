import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CandidatePair } from '../align/index.js';
import { judgeWithDiff } from '../compare/judge.js';
import type { JudgementCache } from '../compare/judgement-cache.js';
import { checkInternal } from '../internal/index.js';
import type { ArticleInput, Claim, ClaimSet, InputProblem, InternalFinding, StoredJudgement } from '../types.js';
import { extractArticles } from '../pipeline.js';
import { StringPool } from '../util/string-pool.js';
import { storeExtracted, type StoreResult } from './claims-store.js';
import { CannotWriteError } from './io.js';

/** Inputs below this size are extracted on the main thread: starting workers would cost more. */
const MIN_PARALLEL_INPUTS = 40;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Where the thread that extracts a set stores it (see `storeClaimSet`), so storing is spread over the threads too. */
export interface StoreTarget {
  /** The claims folder. */
  dir: string;
  /** Replace claims edited by hand (keeping a backup). */
  force: boolean;
}

/**
 * Called on the main thread with each input's claim set as it arrives, the input's position, and,
 * with a `StoreTarget`, what storing it came to. Across workers, arrivals interleave; each worker's
 * come in input order.
 */
export type OnExtracted = (position: number, set: ClaimSet, done: number, stored?: StoreResult) => void;

/**
 * Extracts articles over worker threads, in contiguous chunks so the output keeps input order and
 * is byte-identical to a single-threaded run (extraction of one article never depends on another).
 * With `store`, each thread also stores the sets it makes, so the main thread is left only to
 * collect them; `onExtracted` lets the caller act on each set while the workers go on.
 */
export async function extractInParallel(inputs: readonly ArticleInput[], workers = defaultWorkers(), onExtracted?: OnExtracted, store?: StoreTarget): Promise<{ claimSets: ClaimSet[]; problems: InputProblem[] }> {
  if (workers <= 1 || inputs.length < MIN_PARALLEL_INPUTS) {
    const claimSets: ClaimSet[] = [];
    const problems: InputProblem[] = [];
    inputs.forEach((input, index) => {
      const result = extractArticles([input]);
      claimSets.push(...result.claimSets);
      problems.push(...result.problems);
      const set = result.claimSets[0]!;
      onExtracted?.(index, set, index + 1, store && storeExtracted(store.dir, set, store.force));
    });
    return { claimSets, problems };
  }
  const size = Math.ceil(inputs.length / workers);
  const chunks = Array.from({ length: workers }, (_, index) => inputs.slice(index * size, (index + 1) * size)).filter((chunk) => chunk.length > 0);
  let done = 0;
  // Each set comes from its worker with its own copy of every entity id, term and label; one pool keeps one.
  const strings = new StringPool();
  // One worker failing, or the caller failing on what it sent, stops the others: the run is over.
  const stop = new AbortController();
  const results = await Promise.all(
    chunks.map((chunk, part) =>
      extractInWorker(chunk, { onArticle: (offset, set, stored) => onExtracted?.(part * size + offset, set, ++done, stored), strings, stop: stop.signal, ...(store ? { store } : {}) }).catch((error: unknown) => {
        stop.abort();
        throw error;
      }),
    ),
  );
  return { claimSets: results.flatMap((result) => result.claimSets), problems: results.flatMap((result) => result.problems) };
}

/** What an extraction worker is given: its chunk of inputs, and where to store their sets, if anywhere. */
export interface ExtractionWork {
  inputs: readonly ArticleInput[];
  store?: StoreTarget;
}

/** What an extraction worker sends back for each article: its claim set (extraction always gives one), its problems, and what storing it came to. */
export interface ExtractedArticle {
  type: 'article';
  claimSets: ClaimSet[];
  problems: InputProblem[];
  stored?: StoreResult;
}

/** A worker that could not write a claims file says which and why, so the main thread can throw the error it would have thrown itself. */
export interface CannotWriteMessage {
  type: 'cannot-write';
  file: string;
  code: string | undefined;
}

/** How `extractInWorker` hands back what it makes, and where it stores it. */
export interface WorkerOptions {
  /** Called with each set as it arrives, its offset in the chunk and what storing it came to. */
  onArticle?: (offset: number, set: ClaimSet, stored?: StoreResult) => void;
  /** Shares the short strings of every set that arrives; one pool can serve several workers. */
  strings?: StringPool;
  /** Once aborted, the worker is ended and nothing more is passed on. */
  stop?: AbortSignal;
  store?: StoreTarget;
}

/**
 * Extracts a chunk of articles on one worker thread, which loads the NLP models afresh (and stores
 * each set, with `store`). Claim sets come back one article at a time, in chunk order, their short
 * strings shared through `strings`. Once `stop` is aborted the worker is ended and nothing more is
 * passed on.
 */
export function extractInWorker(chunk: readonly ArticleInput[], options: WorkerOptions = {}): Promise<{ claimSets: ClaimSet[]; problems: InputProblem[] }> {
  const { onArticle, strings = new StringPool(), stop, store } = options;
  return new Promise((resolve, reject) => {
    const claimSets: ClaimSet[] = [];
    const problems: InputProblem[] = [];
    let arrived = 0;
    const work: ExtractionWork = store ? { inputs: chunk, store } : { inputs: chunk };
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: work });
    const end = (error: unknown) => {
      worker.removeAllListeners('message').removeAllListeners('exit');
      void worker.terminate();
      reject(error);
    };
    stop?.addEventListener('abort', () => end(new Error('extraction stopped')), { once: true });
    worker.on('message', (message: ExtractedArticle | CannotWriteMessage | { type: 'done' }) => {
      if (message.type === 'done') {
        resolve({ claimSets, problems });
        return;
      }
      if (message.type === 'cannot-write') {
        end(new CannotWriteError(message.file, message.code));
        return;
      }
      const shared = message.claimSets.map((set) => ({ ...set, claims: strings.shareAll(set.claims) }));
      claimSets.push(...shared);
      problems.push(...message.problems);
      try {
        onArticle?.(arrived++, shared[0]!, message.stored && sharedOutcome(message.stored, message.claimSets[0]!, shared[0]!, strings));
      } catch (error) {
        // The caller's failure ends the extraction.
        end(error);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
    });
  });
}

/**
 * A worker's store result with its set's strings shared too. The set it stored is most often the
 * fresh one, which arrives as one object with it (the message was cloned whole) and is swapped for
 * its shared copy; a set kept because it was edited by hand is shared on its own.
 */
function sharedOutcome(stored: StoreResult, fresh: ClaimSet, sharedFresh: ClaimSet, strings: StringPool): StoreResult {
  if ('invalid' in stored) return stored;
  const { set } = stored.outcome;
  return { outcome: { ...stored.outcome, set: set === fresh ? sharedFresh : { ...set, claims: strings.shareAll(set.claims) } } };
}

/** Fewer unjudged pairs than this are judged on the main thread: a worker loads the lexicons first (about 1 s). */
const MIN_PARALLEL_PAIRS = 4000;
/** Pairs per batch: small enough to keep each worker's copy of claims small, large enough to keep messages few. */
const PAIRS_PER_BATCH = 2000;
/** Articles per batch of internal checks. */
const ARTICLES_PER_BATCH = 25;

/** What an article's internal checks read of it besides its claims. */
type DatedArticle = Parameters<typeof checkInternal>[0];
type ArticleClaims = { article: DatedArticle; claims: readonly Claim[] };

/** One batch of work for a compare worker: the claims it needs, pairs as claim indexes, and articles to check internally. */
export interface CompareBatch {
  claims: Claim[];
  pairs: [number, number, number][];
  articles: { article: DatedArticle; claims: number[] }[];
}

interface BatchResult {
  judgements: (StoredJudgement | null)[];
  internal: InternalFinding[][];
}

function toBatch(pairs: readonly CandidatePair[], articles: readonly ArticleClaims[]): CompareBatch {
  const claims: Claim[] = [];
  const index = new Map<Claim, number>();
  const indexOf = (claim: Claim) => {
    let found = index.get(claim);
    if (found === undefined) {
      found = claims.push(claim) - 1;
      index.set(claim, found);
    }
    return found;
  };
  return {
    pairs: pairs.map((pair) => [indexOf(pair.a), indexOf(pair.b), pair.similarity]),
    articles: articles.map(({ article, claims: own }) => ({ article: { id: article.id, ...(article.published ? { published: article.published } : {}) }, claims: own.map(indexOf) })),
    claims,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, part) => items.slice(part * size, (part + 1) * size));
}

/**
 * Judges the pairs and internal checks the cache lacks over worker threads and the main thread,
 * and records them in the cache, so the report's compare stage finds them all there. Work goes out
 * in batches to whichever thread is free, so a worker holds one batch's claims at a time. The
 * judgements are the ones a single thread would make; only their order of making differs.
 */
export async function judgeInParallel(pairs: readonly CandidatePair[], sets: readonly ClaimSet[], cache: JudgementCache, workers = defaultWorkers(), minPairs = MIN_PARALLEL_PAIRS): Promise<void> {
  const missing = pairs.filter((pair) => !cache.hasPair(pair.a, pair.b, pair.similarity));
  if (workers <= 1 || missing.length < minPairs) return;
  const articles: ArticleClaims[] = sets.filter((set) => !cache.hasInternal(set.article, set.claims));
  const queue = [
    ...chunks(missing, PAIRS_PER_BATCH).map((batch) => ({ pairs: batch, articles: [] as ArticleClaims[] })),
    ...chunks(articles, ARTICLES_PER_BATCH).map((batch) => ({ pairs: [] as CandidatePair[], articles: batch })),
  ];
  const record = (work: (typeof queue)[number], result: BatchResult) => {
    work.pairs.forEach((pair, position) => cache.record(pair.a, pair.b, pair.similarity, result.judgements[position] ?? null));
    work.articles.forEach(({ article, claims }, position) => cache.internal(article, claims, () => result.internal[position] ?? []));
  };
  const onWorker = async () => {
    const worker = new Worker(new URL('./compare-worker.js', import.meta.url));
    const failed = new Promise<never>((_, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`compare worker stopped with exit code ${code}`)));
    });
    failed.catch(() => undefined);
    // Replies come back in the order batches were sent; two batches in flight keep the worker busy
    // while the main thread, itself judging, gets round to sending the next one.
    const waiting: ((result: BatchResult) => void)[] = [];
    worker.on('message', (result: BatchResult) => waiting.shift()?.(result));
    const send = () => {
      const work = queue.shift();
      if (!work) return undefined;
      const reply = new Promise<BatchResult>((resolve) => waiting.push(resolve));
      worker.postMessage(toBatch(work.pairs, work.articles));
      return { work, reply };
    };
    try {
      let next = send();
      let after = send();
      while (next) {
        record(next.work, await Promise.race([next.reply, failed]));
        next = after;
        after = send();
      }
    } finally {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
  };
  const onMainThread = async () => {
    for (let work = queue.shift(); work; work = queue.shift()) {
      const judgements = work.pairs.map((pair) => judgeWithDiff(pair));
      const internal = work.articles.map(({ article, claims }) => checkInternal(article, claims));
      record(work, { judgements, internal });
      // Let the workers' replies in, so they get their next batch while this thread works.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // Workers first: each posts its first batch before the main thread starts on its own.
  await Promise.all([...Array.from({ length: workers - 1 }, onWorker), onMainThread()]);
}
