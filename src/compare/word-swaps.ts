import type { ChangeObject } from 'diff';
import type { Claim } from '../types.js';
import { baseForms, isAgentNoun, isCommonWordForm, mayStandFor } from '../lexicon/wordnet.js';
import { isMonthOrWeekday } from '../util/dates.js';
import { areDirectAntonyms } from '../lexicon/antonyms.js';
import { FUNCTION_WORDS, asWritten, mentionsName } from '../util/text.js';
import type { RuleContext, RuleResult } from './rule.js';
import { isAmountWord } from '../extract/quantities.js';

/** Replaced stretches of a word diff, and the words in them that tell two statements apart. */

const VALUE_WORD = /\p{L}[\p{L}'’-]*/gu;

export interface Substitution {
  removed: string[];
  added: string[];
}

/** Replacement hunks of a word diff, as content words: removed words directly followed by added ones (or the reverse). */
export function replacements(parts: readonly ChangeObject<string>[]): Substitution[] {
  const found: Substitution[] = [];
  for (let index = 0; index < parts.length - 1; index++) {
    const first = parts[index]!;
    const second = parts[index + 1]!;
    if (!((first.removed && second.added) || (first.added && second.removed))) continue;
    found.push({ removed: contentWords((first.removed ? first : second).value), added: contentWords((first.added ? first : second).value) });
    index++;
  }
  return found;
}

export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/['’]s$/, ''))
    .filter((word) => word && !FUNCTION_WORDS.has(word));
}

/** Whether a replacement leaves the word's sense: the same base form, or one WordNet lets stand for the other. */
export function related(original: string, replacement: string): boolean {
  if (original === replacement) return true;
  const from = baseForms(original);
  const to = baseForms(replacement);
  return from.some((x) => to.some((y) => x === y || mayStandFor(x, y) || mayStandFor(y, x)));
}

/**
 * Whether a lower-case word of the diff is written as a name in the claim: capitalised inside a
 * sentence, or at its start when it is part of a name the claim was found to give ("China") or
 * WordNet knows it only as a name ("Oman"), not as a common word any sentence may open with
 * ("Officials", "Later").
 */
export function writtenAsName(word: string, claim: Claim): boolean {
  const escaped = word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const capital = word.charAt(0).toUpperCase();
  if (new RegExp(`(?<!^["'“‘(]?|[.!?]["'”’)]?\\s+)\\b${capital}${escaped}\\b`, 'u').test(claim.text)) return true;
  if (!new RegExp(`^["'“‘(]?${capital}${escaped}\\b`, 'u').test(claim.text)) return false;
  return claim.entities.some((entity) => contentWords(entity.text).includes(word)) || !isCommonWordForm(word);
}

/** How far from a value a name or qualifier may stand and still say whose it is ("Shares of Apple rose ", "Bukayo Saka scored twice in the "). */
const OWNER_REACH = 40;

/** Ranks and amounts are the values compared, never what tells their owners apart. */
const RANK_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|previous|latest|final|more|less|fewer|most|least|higher|lower|over|under|above|below|\d.*)$/;

/** The name a lower-case word is part of, as the claim writes it ("Bukayo Saka" for "bukayo"), or the word in the claim's own case. */
export function nameAsWritten(claim: Claim, word: string): string {
  return claim.entities.find((entity) => contentWords(entity.text).includes(word))?.text ?? asWritten(word, claim.text);
}

/**
 * What tells the owners of two values apart, from a replaced stretch of the pair's word diff within
 * OWNER_REACH characters of the value in each claim (`at`: 0-based offsets in each article): a name
 * replaced by another ("Shares of Apple rose 3 percent" / "Shares of Microsoft rose 2 percent"),
 * for names the extractor leaves untyped or misses, or a word replaced by its WordNet antonym
 * ("turnout in the northern region" / "in the southern region"), adjectives only. Words either claim gives
 * elsewhere were moved, not replaced; days and months date a value, they do not own it.
 */
export function swappedOwner(a: Claim, atA: number, b: Claim, atB: number, context: RuleContext): [string, string] | undefined {
  const near = (claim: Claim, at: number) => {
    const offset = at - claim.span[0];
    return claim.text.slice(Math.max(0, offset - OWNER_REACH), offset + OWNER_REACH).toLowerCase();
  };
  const nearA = near(a, atA);
  const nearB = near(b, atB);
  const candidate = (word: string, around: string, other: Claim) => /^\p{L}/u.test(word) && !isMonthOrWeekday(word) && around.includes(word) && !mentionsName(other.text, word);
  for (const { removed, added } of replacements(context.normalizedDiff() ?? [])) {
    for (const x of removed.filter((word) => candidate(word, nearA, b))) {
      for (const y of added.filter((word) => candidate(word, nearB, a))) {
        if (writtenAsName(x, a) && writtenAsName(y, b)) return [nameAsWritten(a, x), nameAsWritten(b, y)];
        // Adjectives only: verbs that are antonyms ("taking" / "giving" seats) say what happened, not whose.
        if (!RANK_WORD.test(x) && !RANK_WORD.test(y) && areDirectAntonyms(x, y, ['a'])) return [asWritten(x, a.text), asWritten(y, b.text)];
      }
    }
  }
  return undefined;
}

/**
 * A second word swapped between two sentences besides the values in conflict, in their word diff:
 * "Shares of Apple rose 3 percent" / "Shares of Microsoft rose 2 percent", "61 percent in the
 * northern district" / "48 percent in the southern district". The other swap tells the two
 * statements apart, so the values are of different things. Words one sentence moved rather than
 * replaced, words WordNet lets stand for each other, and people or bodies (who says a figure, not
 * what it is of) are no swap.
 */
export function furtherSwap(a: Claim, b: Claim, values: RuleResult['values'], context: RuleContext): [string, string] | undefined {
  const inConflict = new Set(`${values?.a ?? ''} ${values?.b ?? ''}`.toLowerCase().match(VALUE_WORD) ?? []);
  // Who gives a figure is not what it is of: two sources' figures for one thing still conflict.
  const telling = (word: string, other: Claim) => !/\d/.test(word) && !isAmountWord(word) && !inConflict.has(word) && !mentionsName(other.text, word) && !baseForms(word).some(isAgentNoun);
  for (const { removed, added } of replacements(context.normalizedDiff() ?? [])) {
    for (const x of removed.filter((word) => telling(word, b))) for (const y of added.filter((word) => telling(word, a))) if (!related(x, y)) return [x, y];
  }
  return undefined;
}

