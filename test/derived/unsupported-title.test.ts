import { describe } from 'vitest';
import unsupportedTitle from '../../src/derived/unsupported-title.js';
import { derivedRuleCases } from '../helpers/derived-rule.js';

const SOURCE = [
  'The founder of the Lindau start-up was arrested on Monday.',
  'Deputy minister Anna Berg opened the new bridge.',
  'The former president of the club spoke at the meeting.',
].join('\n\n');

describe('unsupported-title', () => {
  derivedRuleCases(unsupportedTitle, SOURCE, {
    kind: 'entity',
    invalid: [
      ['"co-" before a title the source gives bare', 'The co-founder of the Lindau start-up was arrested on Monday.', 'co-founder'],
      ['another modifier than the source gives', 'Acting minister Anna Berg opened the new bridge.', 'Acting minister'],
    ],
    valid: [
      ['the modifier the source gives', 'Deputy minister Anna Berg opened a bridge.'],
      ['"ex-" for the source\'s "former"', 'The ex-president of the club spoke at the meeting.'],
      ['a title without a modifier', 'The founder of the start-up was arrested.'],
      ['a modifier before a word that is no title', 'The former bridge was replaced.'],
    ],
  });
});
