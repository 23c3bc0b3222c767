import type { Span } from '../types.js';

/** A line of a text with its span, the line break excluded. */
export interface Line {
  text: string;
  span: Span;
}

/** Splits text into lines (LF, CRLF or CR), keeping each line's offsets into the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ text: text.slice(start, match.index), span: [start, match.index] });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), span: [start, text.length] });
  return lines;
}

/** Narrows a span so it holds no leading or trailing white space. */
export function trimSpan(text: string, span: Span): Span {
  let [start, end] = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Folds typographic quotes and dashes to ASCII and collapses white space, for comparing wording. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares strings by UTF-16 code units, independent of locale, for deterministic sorting. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unique values, sorted by code units. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where a text first names something as a whole word in any case: an offset into the lower-cased text and the length, or undefined. */
function findName(text: string, name: string): { at: number; length: number } | undefined {
  const needle = name.trim().toLowerCase();
  if (needle === '') return undefined;
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return { at, length: needle.length };
  }
  return undefined;
}

/** Whether a text names something, as a whole word in any case ("the province of Talen" names "Talen"). */
export function mentionsName(text: string, name: string): boolean {
  return findName(text, name) !== undefined;
}

/** A word as `text` writes it (its first whole-word occurrence, in any case), or the word itself when `text` lacks it. */
export function asWritten(word: string, text: string): string {
  const found = findName(text, word);
  // Offsets into the lower-cased text hold for the text only when lower-casing kept its length (it does but for a few letters, such as "İ").
  return found && text.toLowerCase().length === text.length ? text.slice(found.at, found.at + found.length) : word;
}

/** Words that carry no fact of their own (articles, pronouns, auxiliaries, common prepositions), lower-case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but of to in on at for by with from as that this these those is are was were be been being has have had do does did it its their his her they he she we you i which who whom whose what when where while than then so such also very more most just only up out into over about after before'.split(' '),
);
