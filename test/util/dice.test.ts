import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { bigramProfile, diceSimilarity } from '../../src/util/dice.js';

const dice = (a: string, b: string) => diceSimilarity(bigramProfile(a), bigramProfile(b));

describe('diceSimilarity', () => {
  it('equals string-similarity compareTwoStrings on any two texts', () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'n', ' ', 'é', '\u{1F600}', '\t') }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(dice(a, b)).toBe(stringSimilarity.compareTwoStrings(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts repeated bigrams as often as both texts hold them', () => {
    expect(dice('aaaa', 'aa')).toBe(stringSimilarity.compareTwoStrings('aaaa', 'aa'));
    expect(dice('3,000 residents fled', '3,000 residents fled Riverton')).toBe(stringSimilarity.compareTwoStrings('3,000 residents fled', '3,000 residents fled Riverton'));
    expect(dice('night', 'nacht')).toBe(0.25);
  });
});
