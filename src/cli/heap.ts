import { setFlagsFromString } from 'node:v8';

/**
 * At 10,000 articles a run holds about 1.4 GB of claims, judgements and report at once, and V8 by
 * default lets its heap grow to two or three times what was live at its last full collection
 * before collecting again: the bench peaked at 3.0 GB where 2 would do. Growing by at most 25 %
 * costs a few more collections, which the bench does not show in its times (docs/performance.md).
 * Set once, before any data is read; worker threads share the flag.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=25');
}
