import { describe, expect, it } from 'vitest';
import { antonymsOf, areAntonyms, negatingPrefix, prefixOpposites } from '../src/lexicon/antonyms.js';
import { commonNounSingular, isAgentNoun, isCommonWordForm, mayStandFor } from '../src/lexicon/wordnet.js';

describe('WordNet lexicon', () => {
  it('knows direct and indirect antonyms', () => {
    expect(areAntonyms('rise', 'fall')).toBe(true);
    expect(areAntonyms('victory', 'defeat')).toBe(true);
    expect(areAntonyms('rise', 'climb')).toBe(false);
    expect(antonymsOf('no-such-word-here').size).toBe(0);
  });

  it('knows a word negated by a prefix, but not a word that only starts like one', () => {
    expect(negatingPrefix('crewed', 'uncrewed')).toBe('un-');
    expect(negatingPrefix('Non-violent', 'violent')).toBe('non-');
    expect(negatingPrefix('noncrewed', 'crewed')).toBe('non-');
    expect(negatingPrefix('ion', 'union')).toBeUndefined();
    expect(negatingPrefix('charge', 'discharge')).toBeUndefined();
    expect(negatingPrefix('crewed', 'crewed')).toBeUndefined();
    expect(prefixOpposites('crewed')).toEqual(['non-crewed', 'noncrewed', 'uncrewed']);
    expect(prefixOpposites('unnamed')).toEqual(['named']);
    expect(prefixOpposites('under')).not.toContain('der');
  });

  it('lets synonyms and more general words stand for a word, but not unrelated ones', () => {
    expect(mayStandFor('distant', 'remote')).toBe(true);
    expect(mayStandFor('drill', 'exercise')).toBe(true);
    expect(mayStandFor('prop up', 'support')).toBe(true);
    expect(mayStandFor('open', 'close')).toBe(false);
    expect(mayStandFor('smartphone', 'laptop')).toBe(false);
  });

  it('tells nouns for people and bodies that act from nouns for happenings', () => {
    for (const agent of ['teacher', 'mayor', 'police', 'government', 'business']) expect(isAgentNoun(agent)).toBe(true);
    for (const happening of ['meeting', 'conference', 'summit', 'drill', 'rally', 'earthquake']) expect(isAgentNoun(happening)).toBe(false);
  });

  it('tells a common word from a word WordNet knows only as a name', () => {
    expect(isCommonWordForm('officials')).toBe(true);
    expect(isCommonWordForm('later')).toBe(true);
    expect(isCommonWordForm('oman')).toBe(false);
    expect(isCommonWordForm('velmora')).toBe(false);
  });

  it('gives the singular of a plural common noun, never of a name', () => {
    expect(commonNounSingular('talks')).toBe('talk');
    expect(commonNounSingular('employers')).toBe('employer');
    expect(commonNounSingular('casualties')).toBe('casualty');
    expect(commonNounSingular('wales')).toBeUndefined();
    expect(commonNounSingular('athens')).toBeUndefined();
    expect(commonNounSingular('news')).toBeUndefined();
    expect(commonNounSingular('glass')).toBeUndefined();
  });
});
