import { describe, expect, it } from 'vitest';
import unsupportedCharge, { accusedOf } from '../../src/derived/unsupported-charge.js';
import { derivedRuleCases } from '../helpers/derived-rule.js';

const SOURCE = [
  'The former mayor of Lindau was arrested on suspicion of bribery and abuse of office.',
  'Two dock workers were charged with fraud after the audit.',
  'The minister will oversee the reform of the port authority.',
].join('\n\n');

describe('unsupported-charge', () => {
  // This rule alone: a name or a day the source never gives is unsupported-mention's to flag.
  derivedRuleCases(unsupportedCharge, SOURCE, {
    kind: 'entity',
    invalid: [
      ['a charge the source never names', 'The former mayor of Lindau was arrested on suspicion of money laundering.', 'money laundering'],
      ['a charge named before "charges"', 'Two dock workers were arrested on arson charges after the audit.', 'arson'],
      ['a narrower charge than the source gives', 'Two dock workers were charged with wire fraud after the audit.', 'wire fraud'],
      ['a plea to a charge the source never names', 'Two dock workers pleaded guilty to arson after the audit.', 'arson'],
    ],
    valid: [
      ['the charge the source names', 'Two dock workers were charged with fraud.'],
      ['the charge in another form of the word', 'The former mayor of Lindau was arrested, suspected of bribing officials and abuse of office.'],
      ['a broader word for the charge', 'Two dock workers were charged with crimes after the audit.'],
      ['"charged with" a task the source gives', 'The minister was charged with overseeing the reform of the port authority.'],
      ['an arrest on a day', 'The former mayor of Lindau was arrested on Tuesday.'],
      ['an arrest on something that is no charge', 'The former mayor of Lindau was detained on arrival at the airport.'],
      ['a count of the charge the source names', 'Two dock workers were convicted on two counts of fraud.'],
    ],
  });

  it('reads what an accusation names, skipping the word for the charge itself', () => {
    expect(accusedOf('He was arrested on tax evasion charges against him.')).toEqual([{ text: 'tax evasion', start: 19, words: ['tax', 'evasion'] }]);
    expect(accusedOf('She was accused of it by Interpol.')).toEqual([]);
  });
});
