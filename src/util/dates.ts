/** Calendar helpers on ISO date strings, all in UTC so results never depend on the machine's zone. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Day of the week, 0 = Sunday, for a month 1..12. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] ?? '?';
}

const CALENDAR_NAMES = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, 'Sept', ...WEEKDAYS].map((name) => name.toLowerCase()));

/** Whether a lower-case word is the name of a month ("march", "mar", "sept") or of a day of the week. */
export function isMonthOrWeekday(word: string): boolean {
  return CALENDAR_NAMES.has(word);
}

/** Month number 1..12 from an English month name or its abbreviation; 0 if not a month. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) && (lower.length >= 3));
  return index + 1;
}

/**
 * Years near `nearYear` in which month/day falls on `weekday`, nearest first; on a tie the earlier
 * year wins, because news mostly reports the past.
 */
export function yearsMatchingWeekday(month: number, day: number, weekday: number, nearYear: number, span = 11): number[] {
  const years: number[] = [];
  for (let distance = 0; distance <= span; distance++) {
    for (const year of distance === 0 ? [nearYear] : [nearYear - distance, nearYear + distance]) {
      if (weekdayOf(year, month, day) === weekday) years.push(year);
    }
  }
  return years;
}

/** Adds days to an ISO day string. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "2025-07-11" → "11 Jul 2025"; "2025-07" → "Jul 2025"; "--10-17" → "17 Oct, year unknown". */
export function formatTimeValue(value: string): string {
  const full = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (full) {
    const [, year, month, day] = full;
    if (!month) return year!;
    const monthName = MONTH_ABBREVIATIONS[Number(month) - 1];
    return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
  }
  const partial = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (partial) {
    const monthName = MONTH_ABBREVIATIONS[Number(partial[1]) - 1];
    return partial[2] ? `${Number(partial[2])} ${monthName}, year unknown` : `${monthName}, year unknown`;
  }
  return value;
}
