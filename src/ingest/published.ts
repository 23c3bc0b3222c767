import type { PublishedDate, Span } from '../types.js';
import { isoDay, monthNumber, weekdayOf, yearsMatchingWeekday } from '../util/dates.js';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const HEADER_LINE = /^\s*(?:date|last updated|first published|published|updated|posted)\s*:?\s*(.{6,60}?)\s*(?:\||$)/im;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'g');
const WEEKDAY_MONTH_DAY = new RegExp(`\\b${WEEKDAY},?\\s+${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`, 'g');
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = isoDay(year, month, day);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day ? iso : undefined;
}

/** Reads a date written in a page header line ("date 2025-07-11", "Last Updated : Jul 11 2025"). */
export function dateFromHeader(text: string): PublishedDate | undefined {
  const header = HEADER_LINE.exec(text);
  if (!header) return undefined;
  const value = header[1]!;
  const iso = ISO_DAY.exec(value);
  if (iso) {
    const date = validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, source: 'header', evidence: header[0].trim() };
  }
  const written = new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`).exec(value) ?? null;
  if (written) {
    const date = validDay(Number(written[3]), monthNumber(written[1]!), Number(written[2]));
    if (date) return { date, source: 'header', evidence: header[0].trim() };
  }
  return undefined;
}

/**
 * Infers a publication date from the body when no metadata or header gives one. The result is
 * always marked `source: "inferred"` with its evidence. Tried in order:
 * 1. the latest fully written date ("July 11, 2025");
 * 2. a weekday with a month and day ("Sunday, November 3"): the year nearest the latest year the
 *    article mentions in which that day falls on that weekday;
 * 3. the first month and day of the lead paragraph, in the latest year the article mentions;
 * 4. only a year: the latest the article states of the past ("by 2032" does not count).
 */
export function inferPublished(text: string, body: Span[]): PublishedDate | undefined {
  const bodyText = body.map(([start, end]) => text.slice(start, end)).join('\n');
  let latest: { date: string; evidence: string } | undefined;
  for (const match of bodyText.matchAll(MONTH_DAY_YEAR)) {
    const date = validDay(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
    if (date && (!latest || date > latest.date)) latest = { date, evidence: match[0] };
  }
  for (const match of bodyText.matchAll(DAY_MONTH_YEAR)) {
    const date = validDay(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
    if (date && (!latest || date > latest.date)) latest = { date, evidence: match[0] };
  }
  if (latest) return { date: latest.date, source: 'inferred', evidence: latest.evidence };

  const years = [...bodyText.matchAll(YEAR)].map((match) => Number(match[1]));
  if (years.length === 0) return undefined;
  const latestYear = Math.max(...years);

  for (const match of bodyText.matchAll(WEEKDAY_MONTH_DAY)) {
    const weekday = WEEKDAY_INDEX[match[1]!.toLowerCase()]!;
    const month = monthNumber(match[2]!);
    const day = Number(match[3]);
    if (!validDay(2000, month, day)) continue;
    const year = yearsMatchingWeekday(month, day, weekday, latestYear)[0];
    if (year !== undefined && weekdayOf(year, month, day) === weekday) {
      return { date: isoDay(year, month, day), source: 'inferred', evidence: `${match[0]} (weekday matches ${year})` };
    }
  }
  const lead = bodyText.split('\n').find((line) => /[.!?]["”’)]?\s*$/.test(line)) ?? '';
  const leadDate = MONTH_DAY.exec(lead);
  MONTH_DAY.lastIndex = 0;
  if (leadDate) {
    const date = validDay(latestYear, monthNumber(leadDate[1]!), Number(leadDate[2]));
    if (date) return { date, source: 'inferred', evidence: `${leadDate[0]} + latest year mentioned, ${latestYear}` };
  }
  const pastYears = [...bodyText.matchAll(YEAR)].filter((match) => !/\b(?:by|until|till|through|before)\s+$/i.test(bodyText.slice(Math.max(0, match.index! - 12), match.index!))).map((match) => Number(match[1]));
  if (pastYears.length > 0) {
    const year = Math.max(...pastYears);
    return { date: String(year), source: 'inferred', evidence: `latest year the article states, ${year}` };
  }
  return undefined;
}
