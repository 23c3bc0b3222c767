import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTIES } from './properties.js';

/** A fixed seed keeps CI reproducible; `npm run fuzz` draws a new seed each time. */
const SEED = 20261122;

describe('property tests (fast-check)', () => {
  it('run at least 2,000 cases in all', () => {
    expect(PROPERTIES.reduce((sum, entry) => sum + entry.ciRuns, 0)).toBeGreaterThanOrEqual(2000);
  });

  it.each(PROPERTIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const details = entry.check(entry.ciRuns, SEED);
    if (details.failed) throw new Error(fc.defaultReportMessage(details));
    expect(details.numRuns).toBe(entry.ciRuns);
  }, 300_000);
});
