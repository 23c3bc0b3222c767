import type { Quantity, QuantityBound, Span, TimeExpr } from '../types.js';
import type { Sentence } from './sentences.js';
import type { Token } from './nlp.js';
import { isCommonWordForm } from '../lexicon/wordnet.js';
import { FUNCTION_WORDS } from '../util/text.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Vague amounts: "thousands" allows 1,000 up to (but not including) a million. */
const VAGUE: Record<string, [number, number | null]> = {
  dozens: [24, 199], scores: [40, 199], hundreds: [200, 999], thousands: [1000, 999_999], millions: [1e6, 999_999_999],
  billions: [1e9, null], several: [3, 9], few: [2, 5], many: [5, null], numerous: [5, null],
};
/** Whether a lower-case word gives an amount in words ("two", "dozen", "thousands", "several"). */
export function isAmountWord(word: string): boolean {
  return Object.hasOwn(NUMBER_WORDS, word) || Object.hasOwn(SCALES, word) || Object.hasOwn(VAGUE, word);
}

const BOUND_WORDS: [RegExp, QuantityBound][] = [
  [/\b(?:over|more than|above|at least|upwards of|in excess of|exceeding|no fewer than|no less than)\s+$/i, 'over'],
  [/\b(?:under|fewer than|less than|below|at most|up to|no more than|nearly|almost|just under)\s+$/i, 'under'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to|more or less)\s+$/i, 'about'],
];
/** The bound words ("more than ", "about ") that end `before`, right before an amount, if any. */
export function boundWordsBefore(before: string): string | undefined {
  for (const [pattern] of BOUND_WORDS) {
    const match = pattern.exec(before);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Where the noun a quantity counts ends, when it follows the number within five words: a 0-based
 * offset into `after`, the text right after the number ("30 days", "30-day", "450 damaged
 * houses", by the noun's first letters, so plurals match); undefined when it does not follow.
 */
export function countedNounEnd(after: string, counted: string): number | undefined {
  const stem = counted.slice(0, Math.max(3, counted.length - 2));
  if (stem === '') return undefined;
  const following = /^(?:[\s,-]+[\p{L}\p{N}'’]+){1,5}/u.exec(after)?.[0] ?? '';
  for (const word of following.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    if (word[0].toLowerCase().startsWith(stem)) return word.index + word[0].length;
  }
  return undefined;
}

const NUMBER = /(?<![\p{L}\d.,:-])(?!\d{1,2}(?::\d\d|\s*[ap]\.?m\b))(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(hundred|thousand|million|billion|trillion)\b)?(\s*(?:%|percent\b|per cent\b))?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens|scores|hundreds|thousands|millions|billions|several)\b(?:\s+(hundred|thousand|million|billion)\b)?/giu;
const NOT_COUNTED = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'than', 'as']);

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * The noun being counted: the first noun after the number, skipping adjectives and names ("10,000
 * North Korean soldiers" → soldier), and none in a time ("up from 37 last week").
 */
function countedNoun(sentence: Sentence, end: number, times: readonly TimeExpr[]): string {
  // "a 2,800-kilometre corridor": the unit is glued to the number.
  const glued = sentence.tokens.find((token) => token.span[0] === end && token.text === '-');
  if (glued) {
    const unit = sentence.tokens.find((token) => token.span[0] === glued.span[1]);
    if (unit && /^\p{L}+$/u.test(unit.text)) return unit.lemma;
  }
  let seen = 0;
  let previous: Token | undefined;
  for (const token of sentence.tokens) {
    if (token.span[0] < end) continue;
    if (++seen > 5) break;
    if (times.some((time) => overlaps(time.span, token.span))) break;
    if (token.pos === 'NOUN') return token.lemma;
    // "43 of the 101 seats": a part counts what the whole counts.
    if (token.lemma === 'the' && previous?.lemma === 'of') {
      previous = token;
      continue;
    }
    previous = token;
    if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX' || NOT_COUNTED.has(token.lemma) && token.lemma !== 'of') break;
  }
  return '';
}

/** The word right before a figure, one space between: "S&P" in "the S&P 500 rose". */
const WORD_BEFORE = /(^|.)([\p{L}][\p{L}&'’.-]*) $/su;
/** Words that rank what follows by a figure ("Category 5 hurricane", "Level 3 alert"): the figure is an amount to compare. */
const RANKING_WORDS = new Set(['category', 'level', 'stage', 'phase', 'grade', 'tier', 'class', 'no', 'number', 'round', 'game', 'day', 'week', 'year', 'step', 'division', 'force', 'magnitude', 'zone']);
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'CHF', 'CAD', 'AUD', 'NZD', 'RUB', 'BRL', 'MXN', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'ZAR']);

/**
 * Whether a whole number is part of the name written right before it ("the S&P 500", "Boeing 737
 * jets", "Apollo 11", "Section 230"): a name, not a word that opens the sentence ("Nearly 500") or
 * ranks by the figure ("Category 5"), nor a currency code ("USD 500").
 */
function partOfName(before: string, number: string): boolean {
  if (!/^\d+$/.test(number)) return false;
  const match = WORD_BEFORE.exec(before);
  if (!match) return false;
  const [, previous, word] = match as unknown as [string, string, string];
  if (!/^\p{Lu}/u.test(word) && !/\p{Lu}/u.test(word.slice(1))) return false;
  if (FUNCTION_WORDS.has(word.toLowerCase()) || RANKING_WORDS.has(word.toLowerCase().replace(/\.$/, '')) || CURRENCY_CODES.has(word)) return false;
  const opensSentence = previous === '' || /["“‘(]/u.test(previous);
  return /[&\p{Lu}]/u.test(word.slice(1)) || !opensSentence || !isCommonWordForm(word.toLowerCase());
}

/**
 * Whether the words after a figure leave it counting nothing: the sentence ends or a verb or
 * punctuation follows ("the FTSE 100 fell"), or a noun in the singular ("a Fortune 500 company").
 * "the Unity Party 43 of the 101 seats" and "gave Johnson 43 votes" count something.
 */
function countsNothingAfter(sentence: Sentence, end: number): boolean {
  const next = sentence.tokens.find((token) => token.span[0] >= end);
  if (!next) return true;
  // "a 58-year-old": the unit is glued to the figure.
  if (next.span[0] === end && next.text === '-') return false;
  if (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT') return true;
  return (next.pos === 'NOUN' || next.pos === 'PROPN') && next.text.toLowerCase() === next.lemma;
}

/**
 * Finds the numbers of a sentence with their bounds and the thing they count. Years, dates, times,
 * equipment designations ("B-52") and figures that are part of a name ("S&P 500") are not quantities.
 */
export function extractQuantities(sentence: Sentence, excluded: Span[], times: TimeExpr[]): Quantity[] {
  const quantities: Quantity[] = [];
  const offset = sentence.span[0];
  const blocked = [...excluded, ...times.map((time) => time.span)];
  for (const match of sentence.text.matchAll(NUMBER)) {
    const span: Span = [offset + match.index!, offset + match.index! + match[0].length];
    if (blocked.some((other) => overlaps(other, span))) continue;
    if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/.test(sentence.text.slice(0, match.index!))) continue;
    if (countsNothingAfter(sentence, span[1]) && partOfName(sentence.text.slice(Math.max(0, match.index! - 40), match.index!), match[0])) continue;
    let written: number;
    let min: number;
    let max: number | null;
    let bound: QuantityBound = 'exact';
    if (match[1] !== undefined) {
      const base = Number(match[1].replace(/,/g, ''));
      const scale = match[2] ? SCALES[match[2].toLowerCase()]! : 1;
      written = min = max = base * scale;
    } else {
      const word = match[4]!.toLowerCase();
      const scale = match[5] ? SCALES[match[5].toLowerCase()]! : 1;
      const vague = VAGUE[word];
      if (vague) {
        [min, max] = [vague[0] * scale, vague[1] === null ? null : vague[1] * scale];
        written = min;
        bound = 'vague';
      } else {
        written = min = max = (word === 'a dozen' ? 12 : NUMBER_WORDS[word]!) * scale;
      }
    }
    const before = sentence.text.slice(Math.max(0, match.index! - 30), match.index!);
    for (const [pattern, kind] of BOUND_WORDS) {
      if (bound !== 'exact' || !pattern.test(before)) continue;
      bound = kind;
      if (kind === 'over') max = null;
      else if (kind === 'under') min = 0;
      else {
        // To the hundredth, not to whole numbers: "about two hours" allows 1.7 to 2.3, not 1 to 3, so it
        // and "about four hours" cannot both be true.
        min = Math.round(min * 85) / 100;
        max = max === null ? null : Math.round(max * 115) / 100;
      }
    }
    // "3 percent", "40%": the percentage is what is counted, whatever noun follows.
    const counted = match[3] !== undefined ? 'percent' : countedNoun(sentence, span[1], times);
    quantities.push({ text: match[0], span, value: written, min, max, bound, counted });
  }
  return quantities;
}
