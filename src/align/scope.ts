import type { Claim, TimeExpr } from '../types.js';
import { formatTimeValue, weekdayName } from '../util/dates.js';

/** Whether two claims are about the same happening, and if not, the qualifier that tells them apart. */
export type Scope =
  | { same: true }
  | { same: false; qualifier: 'time' | 'kind' | 'place' | 'thing'; a: string; b: string };

/** Days two reports of one event may disagree on before they are taken to be about two events. */
export const SAME_EVENT_MAX_DAYS = 7;

/** The claim's most precise dated time expression: a day beats a month beats a year. */
export function eventTime(claim: Claim): TimeExpr | undefined {
  const rank = { day: 0, weekend: 1, week: 2, month: 3, year: 4 } as const;
  if (claim.contextTime && !claim.times.some((time) => time.value !== undefined)) return claim.contextTime;
  return [...claim.times].filter((time) => time.value !== undefined || time.weekday !== undefined).sort((x, y) => rank[x.granularity] - rank[y.granularity])[0];
}

export function eventDate(claim: Claim): string | undefined {
  return eventTime(claim)?.value;
}

/** Days from a to b for full dates; undefined when either lacks a year or a day. */
function dayDistance(a: string, b: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return undefined;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export function describeTime(time: TimeExpr): string {
  if (time.value) return `${time.text.trim().replace(/[,.]$/, '')} (${formatTimeValue(time.value)})`;
  if (time.weekday !== undefined) return `${time.text.trim().replace(/[,.]$/, '')} (a ${weekdayName(time.weekday)}, date unknown)`;
  return time.text.trim();
}

/** The year a time value lies in, or undefined. */
function yearOf(value: string | undefined): string | undefined {
  return value && /^\d{4}/.test(value) ? value.slice(0, 4) : undefined;
}

/**
 * Decides whether two claims can be about the same event. They cannot when they report different
 * kinds of happening (a landing and a deployment), or when their dates are too far apart: different
 * years, full dates more than a week apart, or month-days that differ.
 */
export function eventScope(a: Claim, b: Claim): Scope {
  if (a.eventKind !== 'other' && b.eventKind !== 'other' && a.eventKind !== b.eventKind) {
    return { same: false, qualifier: 'kind', a: a.eventKind, b: b.eventKind };
  }
  const timeA = eventTime(a);
  const timeB = eventTime(b);
  if (!timeA || !timeB) return { same: true };
  const valueA = timeA.value;
  const valueB = timeB.value;
  if (valueA && valueB) {
    const distance = dayDistance(valueA, valueB);
    if (distance !== undefined) {
      return distance > SAME_EVENT_MAX_DAYS ? { same: false, qualifier: 'time', a: describeTime(timeA), b: describeTime(timeB) } : { same: true };
    }
    const yearA = yearOf(valueA);
    const yearB = yearOf(valueB);
    if (yearA && yearB && yearA !== yearB) return { same: false, qualifier: 'time', a: describeTime(timeA), b: describeTime(timeB) };
    const monthDayA = /(\d{2})-(\d{2})$/.exec(valueA);
    const monthDayB = /(\d{2})-(\d{2})$/.exec(valueB);
    if (timeA.granularity === 'day' && timeB.granularity === 'day' && monthDayA && monthDayB && monthDayA[0] !== monthDayB[0]) {
      const sameMonth = monthDayA[1] === monthDayB[1];
      if (!sameMonth || Math.abs(Number(monthDayA[2]) - Number(monthDayB[2])) > SAME_EVENT_MAX_DAYS) {
        return { same: false, qualifier: 'time', a: describeTime(timeA), b: describeTime(timeB) };
      }
    }
  }
  return { same: true };
}
