import { describe, expect, it } from 'vitest';
import { checkDerivedArticles } from '../../src/derived/index.js';
import unsupportedAntonym from '../../src/derived/unsupported-antonym.js';
import { derivedPair, derivedSide } from '../helpers/claims.js';

const SOURCE = [
  'The telescope captured a new image of the cluster on Wednesday.',
  'Officials carried out a controlled burn of the chemicals after the derailment.',
  'The influencer and his brother were ordered to spend another month in detention.',
  'Workers began to clear the site once the fire had stopped.',
  'The agency will deploy a traffic tool for small, uncrewed aircraft next year.',
].join('\n\n');

function findings(derived: string) {
  const claimSets = derivedPair(SOURCE, derived);
  // This rule alone: a negation the source never makes is unsupported-negation's to flag.
  return { claim: claimSets[1]!.claims[0]!, source: claimSets[0]!.claims, found: checkDerivedArticles(claimSets, [unsupportedAntonym]) };
}

describe('unsupported-antonym', () => {
  const invalid: [string, string, string, string, number][] = [
    ['an antonym beside the same noun', 'The telescope captured an old image of the cluster on Wednesday.', 'old', 'new', 0],
    ['a negative prefix the source does not have', 'Officials carried out an uncontrolled burn of the chemicals after the derailment.', 'uncontrolled', 'controlled', 1],
    ['an antonym of a verb beside the same object', 'Workers began to clear the site once the fire had started.', 'started', 'stopped', 3],
    ['a negating prefix taken away, beside the same noun', 'The agency will deploy a traffic tool for small, crewed aircraft next year.', 'crewed', 'uncrewed', 4],
    ['a noun\'s direct antonym anywhere in the source', 'The influencer and his sister were ordered to spend another month in detention.', 'sister', 'brother', 2],
  ];
  for (const [name, derived, value, sourceValue, evidence] of invalid) {
    it(`flags ${name}`, () => {
      const { claim, source, found } = findings(derived);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'unsupported-antonym', verdict: 'contradict', kind: 'antonym' });
      const side = derivedSide(found[0]!);
      expect(side.value).toBe(value);
      expect(side.sourceValue).toBe(sourceValue);
      expect(side.ref.span).toEqual(claim.span);
      // The evidence is the source claim that says the opposite, not merely the closest one.
      expect(side.other).toMatchObject({ article: 'source', claim: source[evidence]!.id, span: source[evidence]!.span });
    });
  }

  const valid: [string, string][] = [
    ['the same words', 'The telescope captured a new image of the cluster on Wednesday.'],
    ['a word the source uses too, beside its antonym', 'Workers began to clear the site once the fire had stopped, not started.'],
    ['an antonym the derived claim negates', 'The fire had not started again when workers began to clear the site.'],
    ['an adjective far from any shared neighbour', 'An old rail line runs past the site of the derailment.'],
    ['a verb far from any shared neighbour', 'Trains started running again later that week.'],
    ['a word negated by a prefix far from any shared neighbour', 'A crewed rocket was launched from the coast later that week.'],
  ];
  for (const [name, derived] of valid) {
    it(`leaves alone ${name}`, () => {
      expect(findings(derived).found).toEqual([]);
    });
  }

  it('checks nothing in an article that does not declare its source', () => {
    expect(checkDerivedArticles(derivedPair(SOURCE, 'The telescope captured an old image of the cluster.', null), [unsupportedAntonym])).toEqual([]);
  });
});
