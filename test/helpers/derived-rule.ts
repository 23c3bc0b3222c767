import { expect, it } from 'vitest';
import { checkDerivedArticles } from '../../src/derived/index.js';
import type { DerivedRule } from '../../src/derived/rule.js';
import type { FindingKind } from '../../src/types.js';
import { derivedPair, derivedSide } from './claims.js';

export interface DerivedRuleCases {
  kind: FindingKind;
  /** Name, derived text, and the value the finding names in it. */
  invalid: [string, string, string][];
  /** Name and derived text that the rule must leave alone. */
  valid: [string, string][];
}

/**
 * The valid and invalid restatements of `source` for one derived rule, run with that rule alone; an
 * invalid one gives exactly one finding, on the derived claim, against a source claim.
 */
export function derivedRuleCases(rule: DerivedRule, source: string, cases: DerivedRuleCases): void {
  const findings = (derived: string, derivedFrom?: null) => {
    const claimSets = derivedPair(source, derived, derivedFrom);
    return { claim: claimSets[1]!.claims[0]!, found: checkDerivedArticles(claimSets, [rule]) };
  };
  for (const [name, derived, value] of cases.invalid) {
    it(`flags ${name}`, () => {
      const { claim, found } = findings(derived);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: rule.id, verdict: 'contradict', kind: cases.kind });
      const side = derivedSide(found[0]!);
      expect(side.value).toBe(value);
      expect(side.other.article).toBe('source');
      expect(side.ref.span).toEqual(claim.span);
    });
  }
  for (const [name, derived] of cases.valid) {
    it(`leaves alone ${name}`, () => {
      expect(findings(derived).found).toEqual([]);
    });
  }
  it('checks nothing in an article that does not declare its source', () => {
    for (const [, derived] of cases.invalid) expect(findings(derived, null).found).toEqual([]);
  });
}
