import { describe, expect, it } from 'vitest';
import { checkDerivedArticles } from '../../src/derived/index.js';
import { derivedPair, derivedSide } from '../helpers/claims.js';

const SOURCE = [
  'Employees of the European Commission must delete TikTok from their work phones.',
  'The telescope captured an image of galaxies never seen before.',
  'Officials said the spill did not reach the river.',
].join('\n\n');

function findings(derived: string) {
  const claimSets = derivedPair(SOURCE, derived);
  return { claim: claimSets[1]!.claims[0]!, found: checkDerivedArticles(claimSets) };
}

describe('unsupported-negation', () => {
  const invalid: [string, string, string][] = [
    ['a negation the source never makes', 'Employees of the European Commission are not required to delete TikTok from their work phones.', 'not required to delete'],
    ['a verb that negates by meaning', 'The telescope failed to capture an image of the galaxies.', 'failed to capture an image'],
  ];
  for (const [name, derived, value] of invalid) {
    it(`flags ${name}`, () => {
      const { claim, found } = findings(derived);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'unsupported-negation', verdict: 'contradict', kind: 'negation' });
      const side = derivedSide(found[0]!);
      expect(side.value).toBe(value);
      expect(side.other.article).toBe('source');
      expect(side.ref.span).toEqual(claim.span);
    });
  }

  const valid: [string, string][] = [
    ['a negation the source makes too', 'The telescope imaged galaxies that were never seen before.'],
    ['the same denial in other words', 'The spill did not reach the river, officials said.'],
    ['a statement without negation', 'Employees of the European Commission have to delete TikTok from their work phones.'],
  ];
  for (const [name, derived] of valid) {
    it(`leaves alone ${name}`, () => {
      expect(findings(derived).found).toEqual([]);
    });
  }

  it('checks nothing in an article that does not declare its source', () => {
    expect(checkDerivedArticles(derivedPair(SOURCE, 'Employees are not required to delete TikTok.', null))).toEqual([]);
  });
});
