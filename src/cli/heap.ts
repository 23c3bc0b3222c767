import { setFlagsFromString } from 'node:v8';

/** From this many articles on, a run holds enough at once for the heap's headroom to matter. */
const LARGE_RUN_ARTICLES = 2000;

/**
 * At 10,000 articles a run holds about 1.4 GB of claims, judgements and report at once, and V8 by
 * default lets its heap grow to two or three times what was live at its last full collection
 * before collecting again: the bench peaked at 3.0 GB where 2 would do. For runs that large, the
 * heap grows by at most 25 % instead, at the cost of a few more collections, which the bench at
 * 10,000 articles does not show in its times. Smaller runs keep V8's default: there the extra
 * collections cost more than the memory they save (a re-run at 1,000 articles took 1–2 s longer).
 * Call it before the articles' data is read; worker threads share the flag.
 */
export function limitHeapGrowthFor(articles: number): void {
  if (articles >= LARGE_RUN_ARTICLES) setFlagsFromString('--heap-growing-percent=25');
}
