import fc from 'fast-check';
import { expect, it } from 'vitest';
import { jsonPieces } from '../../src/util/json.js';

const values = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
  fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.dictionary(fc.string(), fc.jsonValue()))),
);

it('gives, joined, the text JSON.stringify gives, at every depth and in both layouts', () => {
  fc.assert(
    fc.property(values, fc.constantFrom(0 as const, 2 as const), fc.integer({ min: 0, max: 4 }), (value, space, depth) => {
      expect([...jsonPieces(value, space, depth)].join('')).toBe(JSON.stringify(value, null, space));
    }),
    { seed: 20261122, numRuns: 3000 },
  );
});

it('splits large containers into many pieces', () => {
  const report = { comparisons: Array.from({ length: 1000 }, (_, index) => ({ id: `c-${index}`, diff: [{ op: '=', text: 'x\ny' }] })) };
  expect([...jsonPieces(report, 2)].length).toBeGreaterThan(1000);
});
