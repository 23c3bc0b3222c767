import * as chrono from 'chrono-node';
import type { Claim, Modality, Span, TimeExpr } from '../types.js';
import { addDays, isoDay, pad2, weekdayOf, yearsMatchingWeekday } from '../util/dates.js';

/** Days past the publication date a date may lie before it is read as last year's (past preference). */
const FUTURE_TOLERANCE_DAYS = 3;
/** A reference for chrono when the publication date is unknown; only the text's own components are kept. */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

const BARE_YEAR = /(?<![\d,.-])\b(19[5-9]\d|20\d\d)\b(?![\d-]|,\d)/g;
const RELATIVE_YEAR = /\b(this|last|next|earlier this|later this|past)\s+year\b/gi;
const RELATIVE_MONTH = /\b(this|last|next|earlier this|later this|past)\s+month\b/gi;

export interface Reference {
  /** Publication day `YYYY-MM-DD`, when known. */
  published?: string;
  /** The article's year when only that is known (an inferred publication year). */
  year?: number;
}

function dayFromIso(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function isFutureLeaning(modality: Modality): boolean {
  return modality === 'planned' || modality === 'expected';
}

/** "would" earlier in the clause of a time, not "would have": the future seen from when it was said ("said talks would resume on Friday"). */
const WOULD_IN_CLAUSE = /\bwould\s+(?!have\b)[^,;:.]*$/i;

/**
 * Whether a time of the sentence lies ahead of the publication date when its year or week is not
 * stated: in a plan or expectation, or after "would" in its clause; never the day something was
 * said ("said on Monday it plans to …" reports Monday past).
 */
function timeLeansFuture(before: string, modality: Modality): boolean {
  if (SPEECH_TIME.test(before)) return false;
  return isFutureLeaning(modality) || WOULD_IN_CLAUSE.test(before);
}

function resolveParsed(result: chrono.ParsedResult, reference: Reference, futureLeaning: boolean): Omit<TimeExpr, 'text' | 'span'> {
  const start = result.start;
  const lower = result.text.toLowerCase();
  const yearStated = start.isCertain('year');
  const monthStated = start.isCertain('month');
  const dayStated = start.isCertain('day');
  const weekdayStated = start.isCertain('weekday') && !/weekend/.test(lower);
  const weekday = weekdayStated ? (start.get('weekday') ?? undefined) : undefined;
  const published = reference.published;
  const year = start.get('year')!;
  const month = start.get('month')!;
  const day = start.get('day')!;

  if (/\b(?:ago|last|next|yesterday|today|tonight|tomorrow|this (?:week|month))\b/.test(lower)) {
    if (!published) return { granularity: 'day', yearStated: false, relative: true };
    const resolved = isoDay(year, month, day);
    if (/\bweek\b/.test(lower)) return { granularity: 'week', value: resolved, yearStated: false, relative: true };
    if (/\bmonths?\b/.test(lower)) return { granularity: 'month', value: resolved.slice(0, 7), yearStated: false, relative: true };
    if (/\byears?\b/.test(lower)) return { granularity: 'year', value: resolved.slice(0, 4), yearStated: false, relative: true };
    return { granularity: 'day', value: resolved, yearStated: false, relative: true };
  }
  const hint = reference.year !== undefined ? { yearHint: String(reference.year) } : {};
  if (/weekend/.test(lower)) {
    if (!published) return { granularity: 'weekend', yearStated: false, relative: true, ...hint };
    const { year: y, month: m, day: d } = dayFromIso(published);
    const toSaturday = (6 - weekdayOf(y, m, d) + 7) % 7;
    return { granularity: 'weekend', value: addDays(published, toSaturday), yearStated: false, relative: true };
  }
  if (dayStated && monthStated) {
    if (yearStated) return { granularity: 'day', value: isoDay(year, month, day), yearStated, relative: false, ...(weekday !== undefined ? { weekday } : {}) };
    const anchorYear = published ? dayFromIso(published).year : reference.year;
    // A known publication date places the date; a stated weekday only picks the year when nothing else can.
    if (weekday !== undefined && !published) {
      if (anchorYear === undefined) return { granularity: 'day', value: `--${pad2(month)}-${pad2(day)}`, weekday, yearStated: false, relative: false };
      const matching = yearsMatchingWeekday(month, day, weekday, anchorYear)[0] ?? anchorYear;
      return { granularity: 'day', value: isoDay(matching, month, day), weekday, yearStated: false, relative: false };
    }
    const stated = weekday !== undefined ? { weekday } : {};
    if (anchorYear === undefined) return { granularity: 'day', value: `--${pad2(month)}-${pad2(day)}`, yearStated: false, relative: false, ...stated };
    let candidate = isoDay(anchorYear, month, day);
    if (published && !futureLeaning && candidate > addDays(published, FUTURE_TOLERANCE_DAYS)) candidate = isoDay(anchorYear - 1, month, day);
    return { granularity: 'day', value: candidate, yearStated: false, relative: false, ...stated };
  }
  if (monthStated && !dayStated) {
    if (yearStated) return { granularity: 'month', value: `${year}-${pad2(month)}`, yearStated, relative: false };
    if (!published) return reference.year !== undefined ? { granularity: 'month', value: `${reference.year}-${pad2(month)}`, yearStated: false, relative: false } : { granularity: 'month', value: `--${pad2(month)}`, yearStated: false, relative: false };
    const anchor = dayFromIso(published);
    const pastYear = month > anchor.month && !futureLeaning ? anchor.year - 1 : anchor.year;
    return { granularity: 'month', value: `${pastYear}-${pad2(month)}`, yearStated: false, relative: false };
  }
  if (weekday !== undefined) {
    if (!published) return { granularity: 'day', weekday, yearStated: false, relative: true, ...hint };
    const { year: y, month: m, day: d } = dayFromIso(published);
    const back = (weekdayOf(y, m, d) - weekday + 7) % 7;
    const value = futureLeaning && back !== 0 ? addDays(published, 7 - back) : addDays(published, -back);
    return { granularity: 'day', value, weekday, yearStated: false, relative: true };
  }
  return { granularity: 'day', yearStated, relative: true };
}

/** Years a resolved date may have: `TimeExpr.value` holds four digits. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Words before "last" that make it the verb: "would last", "is expected to last", "could last". */
const LASTS_VERB = /\b(?:will|would|could|can|may|might|should|must|shall|to|not|'ll)\s+$/i;

/**
 * Finds and resolves the time expressions of a sentence. Relative expressions are resolved against
 * the publication date; news reports the past, so a date without a year that would lie after the
 * publication date is read as last year's, unless the sentence speaks of a plan. A stated weekday
 * picks the year in which it matches.
 */
export function extractTimes(sentenceText: string, offset: number, reference: Reference, modality: Modality): TimeExpr[] {
  const times: TimeExpr[] = [];
  const instant = reference.published ? new Date(`${reference.published}T12:00:00Z`) : NEUTRAL_REFERENCE;
  const taken: Span[] = [];
  for (const result of chrono.parse(sentenceText, { instant, timezone: 0 }, { forwardDate: false })) {
    if (/^\d{1,2}(:\d\d)?\s*(am|pm)?$/i.test(result.text.trim()) || /\b(?:am|pm|noon|midnight)\b/i.test(result.text) && !result.start.isCertain('day')) continue;
    // "three days after" counts from another event, not from the publication date.
    if (/\b(?:after|before|later|earlier)$/i.test(result.text.trim()) || /^(?:after|before|within|for)\b/i.test(result.text.trim())) continue;
    // "2023bc", "10000 years ago": a year outside the four digits of ISO 8601's basic form is not news.
    const year = result.start.get('year');
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) continue;
    // chrono reads "12,000 years ago" as "000 years ago", today.
    if (/\d,\d{3}/.test(result.text)) continue;
    // "would last 48 hours" is how long something goes on, not "the last 48 hours" before a day.
    if (/^last\b/i.test(result.text) && LASTS_VERB.test(sentenceText.slice(0, result.index))) continue;
    const span: Span = [offset + result.index, offset + result.index + result.text.length];
    const resolved = resolveParsed(result, reference, timeLeansFuture(sentenceText.slice(0, result.index), modality));
    if (resolved.value === undefined && resolved.weekday === undefined && resolved.granularity !== 'weekend') continue;
    times.push({ text: result.text, span, ...resolved });
    taken.push(span);
  }
  const free = (span: Span) => !taken.some(([start, end]) => span[0] < end && start < span[1]);
  for (const match of sentenceText.matchAll(BARE_YEAR)) {
    const span: Span = [offset + match.index!, offset + match.index! + match[0].length];
    if (free(span)) times.push({ text: match[0], span, granularity: 'year', value: match[1]!, yearStated: true, relative: false });
  }
  const publishedYear = reference.published ? Number(reference.published.slice(0, 4)) : undefined;
  for (const match of sentenceText.matchAll(RELATIVE_YEAR)) {
    const span: Span = [offset + match.index!, offset + match.index! + match[0].length];
    if (!free(span)) continue;
    const shift = /last|past/i.test(match[1]!) ? -1 : /next/i.test(match[1]!) ? 1 : 0;
    const time: TimeExpr = { text: match[0], span, granularity: 'year', yearStated: false, relative: true };
    if (publishedYear !== undefined) time.value = String(publishedYear + shift);
    times.push(time);
  }
  for (const match of sentenceText.matchAll(RELATIVE_MONTH)) {
    const span: Span = [offset + match.index!, offset + match.index! + match[0].length];
    if (!free(span) || !reference.published) continue;
    const shift = /last|past/i.test(match[1]!) ? -1 : /next/i.test(match[1]!) ? 1 : 0;
    const { year, month } = dayFromIso(reference.published);
    const shifted = new Date(Date.UTC(year, month - 1 + shift, 1));
    times.push({ text: match[0], span, granularity: 'month', value: `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}`, yearStated: false, relative: true });
  }
  return times.sort((a, b) => a.span[0] - b.span[0]);
}

/** "since 2019", "until Friday", "between 2017 and 2022": a time that bounds a range, not the time of the claim's event. */
const RANGE_BOUND = /\b(?:since|until|till|before|after|from|between)\s+(?:the\s+)?$|\b(?:from|between)\s+(?:[^\s,;]+\s+){0,2}[^\s,;]+\s+(?:to|and|through|until|till)\s+(?:the\s+)?$/i;

/** "reported Wednesday", "told reporters on Tuesday": the day something was said, not the day it happened. */
const SPEECH_TIME = /\b(?:said|says|reported|reports|told\s+\w+|announced|stated|added|wrote)\s+(?:(?:at|in|to)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3})?(?:on\s+|late\s+|early\s+)?$/i;

/** The times at which the claim says something was said ("said on Tuesday", "reported Wednesday"). */
export function speechTimes(claim: Pick<Claim, 'text' | 'span' | 'times'>): TimeExpr[] {
  return claim.times.filter((time) => (time.value !== undefined || time.weekday !== undefined) && SPEECH_TIME.test(claim.text.slice(0, time.span[0] - claim.span[0])));
}

/** Times that bound a range ("from October 19", "until Friday"), each with the word that makes it a bound, lower-case. */
export function rangeBounds(claim: Pick<Claim, 'text' | 'span' | 'times'>): { time: TimeExpr; word: string }[] {
  return claim.times.flatMap((time) => {
    const match = time.value === undefined ? null : RANGE_BOUND.exec(claim.text.slice(0, time.span[0] - claim.span[0]));
    if (!match) return [];
    // "from 2017 to 2022": the later end is bounded by "to", the earlier by "from".
    const words = match[0].trim().toLowerCase().split(/\s+/).filter((word) => word !== 'the');
    const last = words.at(-1)!;
    return [{ time, word: /^(?:to|and|through|until|till)$/.test(last) ? last : words[0]! }];
  });
}

/** ", who last visited in November 2023": a time inside an aside about someone or something else. */
const ASIDE = /,\s*(?:who|which|whose|where)\b[^,]*$/i;

/** ", after a one-day stoppage in March", "and follows a strike in March": a time that dates the earlier happening named. */
const EARLIER_HAPPENING = /\b(?:after|following|follows|followed)\s+(?:a|an|the|its|their)\s+[^,;:]*$/i;

/** "Monday's earthquake": a time that owns the noun after it dates that thing, whatever comes before ("the toll from Monday's quake"). */
const OWNS_NEXT_NOUN = /^['’]s\b/;

/** Times that date an earlier happening the claim names ("following a similar operation on June 18"), not its own. */
export function earlierHappeningTimes(claim: Pick<Claim, 'text' | 'span' | 'times'>): TimeExpr[] {
  return claim.times.filter((time) => time.value !== undefined && EARLIER_HAPPENING.test(claim.text.slice(0, time.span[0] - claim.span[0])));
}

/** Times that date the claim's own event: not a range it is measured against, not when it was reported. */
export function eventTimes(claim: Pick<Claim, 'text' | 'span' | 'times'>): TimeExpr[] {
  return claim.times.filter((time) => {
    if (time.value === undefined && time.weekday === undefined) return false;
    if (OWNS_NEXT_NOUN.test(claim.text.slice(time.span[1] - claim.span[0]))) return true;
    const before = claim.text.slice(0, time.span[0] - claim.span[0]);
    return !RANGE_BOUND.test(before) && !SPEECH_TIME.test(before) && !ASIDE.test(before) && !EARLIER_HAPPENING.test(before);
  });
}
