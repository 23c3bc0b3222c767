import type { ChangeObject } from 'diff';
import type { Claim } from '../types.js';
import { baseForms, commonNounSingular, isAgentNoun, isCommonWordForm, isPersonNoun, mayStandFor } from '../lexicon/wordnet.js';
import { isMonthOrWeekday } from '../util/dates.js';
import { antonymousHeads, areDirectAntonyms } from '../lexicon/antonyms.js';
import { FUNCTION_WORDS, asWritten, mentionsName } from '../util/text.js';
import { eventName, quoted, type RuleContext, type RuleResult } from './rule.js';
import { isAmountWord } from '../extract/quantities.js';

/** Replaced stretches of a word diff, and the words in them that tell two statements apart. */

const VALUE_WORD = /\p{L}[\p{L}'’-]*/gu;

/** A replaced stretch longer than this, in content words, is rewording, not a substitution. */
export const MAX_HUNK_WORDS = 3;

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
        // Adjectives, and nouns for people ("men" / "women"): verbs that are antonyms ("taking" / "giving" seats) say what happened, not whose.
        if (!RANK_WORD.test(x) && !RANK_WORD.test(y) && (areDirectAntonyms(x, y, ['a']) || oppositePeople(x, y))) return [asWritten(x, a.text), asWritten(y, b.text)];
      }
    }
  }
  return undefined;
}

/** Whether two words, or their singulars, name opposite kinds of people: WordNet noun antonyms ("men" / "women", "boys" / "girls"). */
function oppositePeople(x: string, y: string): boolean {
  // WordNet's index holds no irregular plurals: "men", "women", "chairwomen" are "-man" words.
  const people = (word: string) => [word, commonNounSingular(word) ?? word.replace(/men$/, 'man')].filter(isPersonNoun);
  return people(x).some((one) => people(y).some((other) => areDirectAntonyms(one, other, ['n'])));
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

/**
 * Whether a word as written may be a form of the lemma: a regular inflection, or, when it is the
 * stretch's only word, an irregular one, which keeps the first letter ("fell"/"fall", "won"/"win").
 */
function mayBeFormOf(word: string, lemma: string, alone: boolean): boolean {
  return word === lemma || baseForms(word).includes(lemma) || (alone && word[0] === lemma[0]);
}

/**
 * Whether the word diff from a to b replaces a form of `x` with a form of `y` in one short stretch:
 * the two words stand in the same place. "giving the Unity Party 42 seats" / "The Unity Party …,
 * taking 42 of the 101 seats" put "give" and "take" in different places, said of different doers.
 */
function swappedInPlace(parts: readonly ChangeObject<string>[], x: string, y: string): boolean {
  return replacements(parts).some(
    ({ removed, added }) =>
      removed.length <= MAX_HUNK_WORDS &&
      added.length <= MAX_HUNK_WORDS &&
      removed.some((word) => mayBeFormOf(word, x, removed.length === 1)) &&
      added.some((word) => mayBeFormOf(word, y, added.length === 1)),
  );
}

/** Below this similarity two claims say different things, and opposite words in them are not about one fact. */
const MIN_SIMILARITY = 0.35;

function onlyIn(claim: Claim, other: Claim): string[] {
  const others = new Set(other.terms);
  return claim.terms.filter((term) => !others.has(term) && /^\p{L}[\p{L}-]+$/u.test(term));
}

/** Words this near an antonym are what it is said of. */
const NEIGHBOURHOOD = 3;

/** The content words within NEIGHBOURHOOD words of the first form of `lemma` in the text, lower-case; a compound's parts are words ("anti-corruption"). */
function neighbours(text: string, lemma: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const at = words.findIndex((word) => word === lemma || baseForms(word).includes(lemma));
  if (at < 0) return new Set();
  return new Set([...words.slice(Math.max(0, at - NEIGHBOURHOOD), at), ...words.slice(at + 1, at + 1 + NEIGHBOURHOOD)].filter((word) => !FUNCTION_WORDS.has(word)));
}

/** Whether both antonyms stand beside one word ("joint air drill" / "separate air drill", "southern province of Talen" / "Talen province in northern …"), however the rest is reworded. */
function shareANeighbour(a: Claim, x: string, b: Claim, y: string): boolean {
  const near = neighbours(b.text, y);
  return [...neighbours(a.text, x)].some((word) => near.has(word));
}

/**
 * The first word of a that a word of b replaces by its direct WordNet antonym in the same place
 * ("rose" / "fell", "opened" / "closed"), as lemmas, or undefined. Texts too unlike to diff, or
 * antonyms in different places, are not one fact said two ways.
 */
export function swappedAntonyms(a: Claim, b: Claim, context: RuleContext): [string, string] | undefined {
  if (context.pair.similarity < MIN_SIMILARITY) return undefined;
  const wordsB = onlyIn(b, a);
  for (const x of onlyIn(a, b)) {
    const y = wordsB.find((candidate) => areDirectAntonyms(x, candidate) || antonymousHeads(x, candidate, areDirectAntonyms) !== undefined);
    if (!y) continue;
    const [nearX, nearY] = antonymousHeads(x, y, areDirectAntonyms) ?? [x, y];
    const parts = context.normalizedDiff();
    if ((parts && swappedInPlace(parts, x, y)) || shareANeighbour(a, nearX, b, nearY)) return [x, y];
  }
  return undefined;
}

/** Verbs that date the start of a happening that lasts, and verbs that date its end. */
const STARTS = /\b(?:began|begins|begin|started|starts|opened|opens|launched|launches|kicked off)\b/i;
const ENDS = /\b(?:ended|ends|finished|finishes|concluded|concludes|called off|calls off|wrapped up|closed|closes)\b/i;

/** Whether a claim dates a happening's start or its end, with the verb that says so, when it says which and not both. */
function phaseOf(text: string): { phase: 'start' | 'end'; verb: string } | undefined {
  const start = STARTS.exec(text);
  const end = ENDS.exec(text);
  if (start && !end) return { phase: 'start', verb: start[0] };
  if (end && !start) return { phase: 'end', verb: end[0] };
  return undefined;
}

/**
 * Why two reports of one kind of happening whose days differ tell of two moments, not one
 * misdated: one dates its start and the other its end ("opened" / "closed"; `oneEvent`), or a
 * word of one is the other's antonym in the same place ("rose" on Monday / "fell" on Tuesday),
 * a second fact that differs besides the day. `why` is a clause naming both words.
 */
export function twoMoments(a: Claim, b: Claim, context: RuleContext): { why: string; oneEvent: boolean } | undefined {
  const phaseA = phaseOf(a.text);
  const phaseB = phaseOf(b.text);
  if (phaseA && phaseB && phaseA.phase !== phaseB.phase) {
    const [starting, ending] = phaseA.phase === 'start' ? [{ claim: a, ...phaseA }, { claim: b, ...phaseB }] : [{ claim: b, ...phaseB }, { claim: a, ...phaseA }];
    return { why: `${context.label(starting.claim)} dates when it ${quoted(starting.verb)} and ${context.label(ending.claim)} when it ${quoted(ending.verb)}: two moments of one ${eventName(a)}`, oneEvent: true };
  }
  // "did not win" on Monday and "lost" on Tuesday are one fact on two days.
  if ((a.negations.length > 0) !== (b.negations.length > 0)) return undefined;
  const swap = swappedAntonyms(a, b, context);
  if (!swap) return undefined;
  return { why: `${context.label(a)} says ${quoted(swap[0])} where ${context.label(b)} says ${quoted(swap[1])}, its antonym: a second fact that differs makes two happenings`, oneEvent: false };
}
