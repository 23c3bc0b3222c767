import fc from 'fast-check';
import { expect, it } from 'vitest';
import { jsonPieces, parseJsonPieces } from '../../src/util/json.js';

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

it('reads back, line by line, any object written in pieces, as JSON.parse would', () => {
  const objects = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())));
  fc.assert(
    fc.property(objects, (value) => {
      const text = `${[...jsonPieces(value, 2)].join('')}\n`;
      expect(parseJsonPieces(text.split('\n'))).toStrictEqual(JSON.parse(text));
    }),
    { seed: 20261201, numRuns: 2000 },
  );
});

it('refuses text in another layout, and keeps "__proto__" an own key as JSON.parse does', () => {
  const value = { version: 1, comparisons: [{ id: 'c-1', diff: [{ op: '=', text: 'a' }] }], audit: { sources: [{ article: 'a' }] } };
  for (const other of [JSON.stringify(value), JSON.stringify(value, null, 4), `${JSON.stringify(value, null, 2)}\nextra`, '[1, 2]', '{', '']) {
    expect(parseJsonPieces(other.split('\n'))).toBeUndefined();
  }
  const hostile = parseJsonPieces(['{', '  "__proto__": {', '    "polluted": true', '  }', '}']);
  expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
  expect(Object.keys(hostile!)).toEqual(['__proto__']);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});
