import { describe, expect, it } from 'vitest';
import { checkDerivedArticles } from '../../src/derived/index.js';
import unsupportedTitle from '../../src/derived/unsupported-title.js';
import { derivedPair, derivedSide } from '../helpers/claims.js';

const SOURCE = [
  'The founder of the Lindau start-up was arrested on Monday.',
  'Deputy minister Anna Berg opened the new bridge.',
  'The former president of the club spoke at the meeting.',
].join('\n\n');

function findings(derived: string) {
  const claimSets = derivedPair(SOURCE, derived);
  // This rule alone: a name the source never gives is unsupported-mention's to flag.
  return { claim: claimSets[1]!.claims[0]!, found: checkDerivedArticles(claimSets, [unsupportedTitle]) };
}

describe('unsupported-title', () => {
  const invalid: [string, string, string][] = [
    ['"co-" before a title the source gives bare', 'The co-founder of the Lindau start-up was arrested on Monday.', 'co-founder'],
    ['another modifier than the source gives', 'Acting minister Anna Berg opened the new bridge.', 'Acting minister'],
  ];
  for (const [name, derived, value] of invalid) {
    it(`flags ${name}`, () => {
      const { claim, found } = findings(derived);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'unsupported-title', verdict: 'contradict', kind: 'entity' });
      const side = derivedSide(found[0]!);
      expect(side.value).toBe(value);
      expect(side.other.article).toBe('source');
      expect(side.ref.span).toEqual(claim.span);
    });
  }

  const valid: [string, string][] = [
    ['the modifier the source gives', 'Deputy minister Anna Berg opened a bridge.'],
    ['"ex-" for the source\'s "former"', 'The ex-president of the club spoke at the meeting.'],
    ['a title without a modifier', 'The founder of the start-up was arrested.'],
    ['a modifier before a word that is no title', 'The former bridge was replaced.'],
  ];
  for (const [name, derived] of valid) {
    it(`leaves alone ${name}`, () => {
      expect(findings(derived).found).toEqual([]);
    });
  }
});
