import { describe, expect, it } from 'vitest';
import { checkDerivedArticles, derivedSourceProblems } from '../../src/derived/index.js';
import { buildReport } from '../../src/pipeline.js';
import { derivedPair, derivedSide } from '../helpers/claims.js';
import { validateReport } from '../../src/schema/index.js';

const SOURCE = [
  'NEW YORK - The founder of the troubled digital start-up Ozy Media was arrested on Thursday on fraud charges in a scheme to prop up the company.',
  'Lordstown will voluntarily recall 19 Endurance pickups to fix an electrical connection issue.',
  'The European Union has ordered its 32,000 employees to remove TikTok from their phones.',
  'Israel welcomed the decision by the United States, officials said.',
  'The chain first opened in Italy in 2018, with nineteen stores.',
  'The two brothers were ordered to spend another 30 days in detention.',
  'On Jan. 20, a judge ordered to keep the brothers behind bars.',
  'The European Commission said the European Union Council and Parliament were likely to follow.',
  'Former President Joe Biden praised the EU Commission.',
  "Hurricane Ian hit Florida's Gulf Coast, South Korean officials said.",
  'Five people were hurt, the port health authority said.',
].join('\n\n');

/** The comparisons found when `derived` is declared a restatement of SOURCE. */
function check(derived: string, derivedFrom: string | null = 'source') {
  const claimSets = derivedPair(SOURCE, derived, derivedFrom);
  return { claimSets, findings: checkDerivedArticles(claimSets) };
}

describe('unsupported-mention', () => {
  const invalid: [string, string, 'entity' | 'numeric' | 'date', string][] = [
    ['a name swapped for one the source never uses', 'The founder of the troubled digital start-up UFO Media has been arrested on fraud charges.', 'entity', 'UFO Media'],
    ['a figure changed', 'Lordstown will voluntarily recall 39 Endurance pickups to fix an electrical connection issue.', 'numeric', '39'],
    ['a year changed', 'The chain first opened in Italy in 2017.', 'date', '2017'],
    ['a weekday the source never gives', 'The founder of Ozy Media was arrested on Monday on fraud charges.', 'date', 'Monday'],
    ['a country put in place of another', 'The chain first opened in France in 2018.', 'entity', 'France'],
    ['an amount of days the source gives only as a day of the month', 'The two brothers were ordered to spend another 20 days in detention.', 'numeric', '20 days'],
    ['a name made of words the source gives only in other names', 'Employees of the European Parliament must remove TikTok from their phones.', 'entity', 'European Parliament'],
    ['an initialism and a word the source gives only apart', 'Employees of the EU Parliament must remove TikTok from their phones.', 'entity', 'EU Parliament'],
  ];
  for (const [name, derived, kind, value] of invalid) {
    it(`flags ${name}`, () => {
      const { claimSets, findings } = check(derived);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      const claim = claimSets[1]!.claims[0]!;
      expect(finding).toMatchObject({ rule: 'unsupported-mention', verdict: 'contradict', kind });
      const side = derivedSide(finding!);
      expect(side.value).toBe(value);
      expect(side.other.article).toBe('source');
      expect(side.ref).toMatchObject({ claim: claim.id, span: claim.span });
      expect(finding!.reason).toContain(`“${value}”`);
    });
  }

  it('flags an amount in another unit than the source gives it in, with the source claim that gives it', () => {
    const { claimSets, findings } = check('The two brothers were ordered to spend another 30 years in detention.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'unsupported-mention', verdict: 'contradict', kind: 'numeric' });
    const detention = claimSets[0]!.claims.find((claim) => claim.text.includes('detention'))!;
    expect(derivedSide(findings[0]!)).toMatchObject({ value: '30 years', sourceValue: '30 days', other: { claim: detention.id, span: detention.span } });
  });

  it('names what the source says in its place when the word diff shows a swap', () => {
    const [finding] = check('The chain first opened in France in 2018, with nineteen stores.').findings;
    expect(derivedSide(finding!)).toMatchObject({ value: 'France', sourceValue: 'Italy' });
  });

  const valid: [string, string][] = [
    ['a faithful paraphrase', 'Ozy Media’s founder has been detained on fraud charges as part of a plan to support the company.'],
    ['the same country under another name', 'Israel welcomed the decision by the US.'],
    ['an initialism of a name the source spells out', 'The EU has ordered its staff to delete TikTok from their phones.'],
    ['a name with an initialism for words the source spells out', 'The EU Council and Parliament were likely to follow, the Commission said.'],
    ['a name spelling out an initialism the source gives', 'Biden praised the European Commission.'],
    ['part of a name the source gives', 'President Biden praised the Commission.'],
    ['a common word before a name at the start of a sentence', 'Former Joe Biden praised the EU Commission.'],
    ['a name turned round with "of"', 'Ian hit the Gulf Coast of Florida, officials said.'],
    ['a country where the source gives its people', 'Officials of South Korea said Ian hit the Gulf Coast.'],
    ['a name the source writes in lower case', 'Five people were hurt, the Port Health Authority said.'],
    ['a people’s name for a country the source names', 'Israeli officials welcomed the decision.'],
    ['a figure written another way', 'The European Union told its 32000 employees to remove TikTok. The chain opened 19 stores.'],
    ['capitals that only start a sentence or a quotation', 'Officials said: "Employees must remove TikTok from their phones."'],
    ['a headline in title case', 'Lordstown Recalls Endurance Pickups Over Electrical Connection Issue'],
    ['a rank written in figures', 'The chain opened its 1st store in Italy in 2018.'],
    ['an amount in the unit the source gives it in', 'The brothers must stay in detention for 30 more days.'],
    ['a capital after a dateline dash', 'ROME - Shoppers saw the chain first open in Italy in 2018.'],
  ];
  for (const [name, derived] of valid) {
    it(`leaves alone ${name}`, () => {
      expect(check(derived).findings).toEqual([]);
    });
  }

  it('checks only articles that declare a source that was read, and never an article against itself', () => {
    const wrong = 'The founder of UFO Media was arrested.';
    expect(check(wrong, null).findings).toEqual([]);
    expect(check(wrong, 'derived').findings).toEqual([]);
    expect(check(wrong, 'elsewhere').findings).toEqual([]);
    expect(derivedSourceProblems(check(wrong, 'elsewhere').claimSets)).toEqual([{ file: 'derived', reason: 'derived-from "elsewhere" names no article that was read; its support is not checked' }]);
    expect(derivedSourceProblems(check(wrong, 'derived').claimSets)).toEqual([{ file: 'derived', reason: 'derived-from "derived" names the article itself; its support is not checked' }]);
    expect(derivedSourceProblems(check(wrong).claimSets)).toEqual([]);
  });

  it('outranks the agreement of its pair in the report, and the report stays valid', () => {
    const { claimSets } = check('The founder of the troubled digital start-up UFO Media was arrested on Thursday on fraud charges in a scheme to prop up the company.');
    const report = buildReport(claimSets);
    expect(validateReport(report)).toMatchObject({ ok: true });
    const found = report.comparisons.filter((comparison) => comparison.claims[1].article === 'derived' || comparison.claims[0].article === 'derived');
    expect(found.filter((comparison) => comparison.verdict === 'contradict').map((comparison) => comparison.rule)).toEqual(expect.arrayContaining([expect.stringMatching(/unsupported-mention|entity-substitution/)]));
    expect(new Set(report.comparisons.map((comparison) => comparison.id)).size).toBe(report.comparisons.length);
    expect(report.articles[1]).toMatchObject({ id: 'derived', derivedFrom: 'source' });
  });
});
