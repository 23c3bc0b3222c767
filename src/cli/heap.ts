import { setFlagsFromString } from 'node:v8';

/** From this many articles to extract on, a run builds enough at once for the heap's headroom to matter. */
const LARGE_RUN_ARTICLES = 2000;

/**
 * A run that extracts 10,000 articles holds about 1.4 GB of claims, judgements and report at once,
 * and V8 by default lets its heap grow to two or three times what was live at its last full
 * collection before collecting again: the bench peaked at 3.0 GB where 2 would do. For such runs
 * the heap grows by at most 25 % instead. The extra collections are cheap next to extracting and
 * judging (the bench shows no change in time) but not next to reading stored claims and judgements:
 * a re-run of 10,000 articles after one changed took 70–77 s with the limit and 51–62 s without
 * (peak 1.9 GB against 2.5 GB), and a re-run of 1,000 took 1–2 s longer. So the limit is for runs
 * that extract at least LARGE_RUN_ARTICLES articles. Call it before they are extracted; worker
 * threads share the flag.
 */
export function limitHeapGrowthFor(articlesToExtract: number): void {
  if (articlesToExtract >= LARGE_RUN_ARTICLES) setFlagsFromString('--heap-growing-percent=25');
}
