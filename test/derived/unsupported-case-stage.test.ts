import { describe } from 'vitest';
import unsupportedCaseStage from '../../src/derived/unsupported-case-stage.js';
import { derivedRuleCases } from '../helpers/derived-rule.js';

const SOURCE = [
  'The former mayor of Lindau was arrested on suspicion of bribery.',
  'Two dock workers were convicted of fraud in March.',
  'The port company released its results on Monday.',
].join('\n\n');

describe('unsupported-case-stage', () => {
  derivedRuleCases(unsupportedCaseStage, SOURCE, {
    kind: 'entity',
    invalid: [
      ['an acquittal where the source reports an arrest', 'The former mayor of Lindau was acquitted of bribery.', 'acquitted'],
      ['bail the source never mentions', 'The former mayor of Lindau, who was released on bail, was arrested on suspicion of bribery.', 'released on bail'],
      ['a sentence the source never mentions', 'Two dock workers were sentenced for fraud in March.', 'sentenced'],
    ],
    valid: [
      ['a verdict the source gives in other words', 'Two dock workers were found guilty of fraud in March.'],
      ['an arrest told in another word', 'The former mayor of Lindau was detained on suspicion of bribery.'],
      ['"released" of something else than a person', 'The port company released its results on Monday.'],
    ],
  });
});
