import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, StringPool } from '../../src/util/string-pool.js';

describe('StringPool', () => {
  it('leaves the data it shares equal to what it was, changing it in place', () => {
    const pool = new StringPool(8);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        expect(pool.shareAll(copy)).toBe(copy);
        expect(copy).toEqual(value);
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });

  it('gives back the text it is given, short or long', () => {
    const pool = new StringPool(5);
    expect(pool.share('agree')).toBe('agree');
    expect(pool.share(['agr', 'ee'].join(''))).toBe('agree');
    expect(pool.share('different-scope')).toBe('different-scope');
  });
});

describe('flatten', () => {
  it('returns the same text', () => {
    const parts = ['a ', 'reason ', 'in ', 'pieces'];
    expect(flatten(parts.reduce((text, part) => text + part, ''))).toBe('a reason in pieces');
    expect(flatten('')).toBe('');
  });
});
