import type { Claim, Entity, Span, TimeExpr } from '../types.js';
import { eventTimes } from '../extract/times.js';
import { formatTimeValue, weekdayName } from '../util/dates.js';
import { mentionsName } from '../util/text.js';

/**
 * The time a part of a claim is about. A clause opened by "when" is about the time just before it
 * ("since 2011, when a quake killed 200 people" → 2011); a clause with its own time is about that
 * time; anything else is about the claim's event time.
 */
export function timeAt(claim: Claim, span: Span): TimeExpr | undefined {
  const offset = claim.span[0];
  const text = claim.text;
  const position = span[0] - offset;
  const separators = [...text.matchAll(/[,;:—–()]/g)].map((match) => match.index!);
  const start = Math.max(0, ...separators.filter((index) => index < position).map((index) => index + 1));
  const endCandidates = separators.filter((index) => index >= position);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) : text.length;
  const inClause = claim.times.filter((time) => time.span[0] - offset >= start && time.span[1] - offset <= end && (time.value !== undefined || time.weekday !== undefined));
  if (/^\s*when\b/i.test(text.slice(start, end))) {
    const before = claim.times.filter((time) => time.span[1] - offset <= start && time.value !== undefined);
    if (before.length > 0) return before.at(-1);
  }
  if (inClause.length > 0) return inClause.sort((x, y) => Math.abs(x.span[0] - span[0]) - Math.abs(y.span[0] - span[0]))[0];
  return eventTime(claim);
}

/** Whether two time expressions can date one event; with the two descriptions when they cannot. */
export function timesAgree(timeA: TimeExpr | undefined, timeB: TimeExpr | undefined): Scope {
  if (!timeA || !timeB) return { same: true, dated: false };
  return compareTimes(timeA, timeB);
}

/** Whether two claims are about the same happening, and if not, the qualifier that tells them apart. */
export type Scope =
  | {
      same: true;
      /** Whether both claims carry dates that were compared and agree, rather than no date to tell them apart. */
      dated: boolean;
    }
  | {
      same: false;
      /**
       * What tells the events apart. `published`: a claim is undated, and its article came out too
       * long before or after the other claim's day to report its event. `participants`: each claim
       * names at least two participants the other does not.
       */
      qualifier: 'time' | 'kind' | 'place' | 'published' | 'participants';
      /** Each claim's side of the difference: its quoted time and date, its kind of event, its place and time, (`published`) whether it is dated or undated in an article of a day, or the participants only it names. */
      a: string;
      b: string;
    };

/** Days two reports of one event may disagree on before they are taken to be about two events. */
export const SAME_EVENT_MAX_DAYS = 7;

/** Days one event's reports may differ by and still be one day's report (a time-zone slip, a late edition). */
export const TIME_ZONE_SLIP_DAYS = 1;

/**
 * Days apart two articles may come out and their undated claims (a quote, a statement) still be
 * taken to report one event. Wider than SAME_EVENT_MAX_DAYS: a publication day only bounds when a
 * claim's event happened, and follow-ups repeat what was said weeks before.
 */
export const UNDATED_REPORT_MAX_DAYS = 30;


const GRANULARITY_RANK = { day: 0, weekend: 1, week: 2, month: 3, year: 4 } as const;

/** The most precise time the claim itself states for its event: a day beats a month beats a year. */
export function statedEventTime(claim: Claim): TimeExpr | undefined {
  return eventTimes(claim).sort((x, y) => GRANULARITY_RANK[x.granularity] - GRANULARITY_RANK[y.granularity])[0];
}

/** The claim's event time: its own, or else the one carried over from earlier in its article. */
export function eventTime(claim: Claim): TimeExpr | undefined {
  const own = statedEventTime(claim);
  const context = claim.contextTime;
  if (context && own?.value === undefined) return context;
  // "the second summit in Morava in 2024", in an article about a summit on 3 September 2024, is
  // about that summit: the day narrows the year it falls in.
  if (context?.value && own?.value && own.granularity !== 'day' && context.granularity === 'day' && context.value.startsWith(own.value)) return context;
  return own;
}

export function eventDate(claim: Claim): string | undefined {
  return eventTime(claim)?.value;
}

/** Days from a to b for full dates; undefined when either lacks a year or a day. */
export function dayDistance(a: string, b: string): number | undefined {
  const dayA = dayNumber(a);
  const dayB = dayNumber(b);
  return dayA === undefined || dayB === undefined ? undefined : Math.abs(dayA - dayB);
}

/** Days since 1 January 1970 of a full date; undefined when it lacks a year or a day. */
function dayNumber(value: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) / 86_400_000 : undefined;
}

/** The words of a time expression without the punctuation after it: "on Friday," → "on Friday". */
export function timeWords(time: TimeExpr): string {
  return time.text.trim().replace(/[,.]$/, '');
}

/** A time as the article words it, with the date it resolves to: `on Friday (11 Jul 2025)`; `quote` puts the words in quotation marks. */
export function describeTime(time: TimeExpr, quote = false): string {
  const text = timeWords(time);
  const words = quote ? `“${text}”` : text;
  if (time.value) return `${words} (${formatTimeValue(time.value)})`;
  if (time.weekday !== undefined) return `${words} (a ${weekdayName(time.weekday)}${time.yearHint ? ` in ${time.yearHint}` : ''}, date unknown)`;
  return words;
}

/** The year a time lies in, from its value or the article's year, or undefined. */
function yearOf(time: TimeExpr): string | undefined {
  return time.value && /^\d{4}/.test(time.value) ? time.value.slice(0, 4) : time.yearHint;
}

/**
 * Decides whether two claims can be about the same event. They cannot when they report different
 * kinds of happening (a landing and a deployment), or when their dates are too far apart: different
 * years, full dates more than a week apart, month-days that differ, or a month and a day (or two
 * months) more than a week apart; a different day together
 * with a different place; undated claims in articles over a month apart; or participants that
 * differ by two or more on each side. `timeOf` may be a memo of eventTime for callers that ask
 * about one claim many times.
 */
export function eventScope(a: Claim, b: Claim, timeOf: (claim: Claim) => TimeExpr | undefined = eventTime): Scope {
  const scope = kindTimeAndPlaceScope(a, b, timeOf);
  return scope.same ? (participantsApart(a, b) ?? scope) : scope;
}

function kindTimeAndPlaceScope(a: Claim, b: Claim, timeOf: (claim: Claim) => TimeExpr | undefined): Scope {
  if (a.eventKind !== 'other' && b.eventKind !== 'other' && a.eventKind !== b.eventKind) {
    return { same: false, qualifier: 'kind', a: a.eventKind, b: b.eventKind };
  }
  const timeA = timeOf(a);
  const timeB = timeOf(b);
  if (!timeA || !timeB) return publicationScope(a, timeA, b, timeB);
  const scope = compareTimes(timeA, timeB);
  // One differing fact is a conflict; a different day and a different place are another event.
  if (scope.same && scope.dated && timeA.value !== timeB.value) {
    const placesA = a.entities.filter((entity) => entity.type === 'place');
    const placesB = b.entities.filter((entity) => entity.type === 'place');
    // A place one claim names and the other only mentions ("the province of Talen") is shared.
    const shared = placesA.some((x) => placesB.some((y) => y.id === x.id)) || placesA.some((x) => mentionsName(b.text, x.text)) || placesB.some((y) => mentionsName(a.text, y.text));
    if (placesA.length > 0 && placesB.length > 0 && !shared) {
      return { same: false, qualifier: 'place', a: `${placesA[0]!.text}, ${describeTime(timeA, true)}`, b: `${placesB[0]!.text}, ${describeTime(timeB, true)}` };
    }
  }
  return scope;
}

/** A participant of a claim, not named by the other claim: a country, or a name nothing else could type ("Oskaria, Peltar and Marrak"). */
function isUnsharedParticipant(entity: Entity, other: Claim): boolean {
  return (entity.type === 'country' || entity.type === 'name') && !other.entities.some((candidate) => candidate.id === entity.id);
}

function unsharedParticipantCount(claim: Claim, other: Claim): number {
  let count = 0;
  for (const entity of claim.entities) if (isUnsharedParticipant(entity, other)) count++;
  return count;
}

/** The participants a claim names that the other neither names nor mentions, as written. */
function participantsOnlyIn(claim: Claim, other: Claim): string[] {
  const names = claim.entities.filter((entity) => isUnsharedParticipant(entity, other) && !mentionsName(other.text, entity.text));
  return [...new Set(names.map((entity) => entity.text))];
}

/**
 * Two claims that each name at least two participants the other does not ("Ruvenia, Tiberia and
 * Oskaria held a summit" / "Kelvora, Corvania and Marrak held a summit") report two events. One
 * differing participant is a conflict about who took part, or one body written two ways ("EC"/"EU").
 */
function participantsApart(a: Claim, b: Claim): Scope | undefined {
  // Asked of every pair and, in alignment, of claims against each other: most name fewer than two
  // participants, or share all but one by id.
  if (unsharedParticipantCount(a, b) < 2 || unsharedParticipantCount(b, a) < 2) return undefined;
  const onlyA = participantsOnlyIn(a, b);
  if (onlyA.length < 2) return undefined;
  const onlyB = participantsOnlyIn(b, a);
  if (onlyB.length < 2) return undefined;
  const list = (names: string[]) => names.map((name) => `“${name}”`).join(', ');
  return { same: false, qualifier: 'participants', a: list(onlyA), b: list(onlyB) };
}

/**
 * When one claim or both are undated: an undated claim stands for its article's publication day,
 * and the two are about different events when that day and the other claim's (its day, or its
 * publication day) are over UNDATED_REPORT_MAX_DAYS apart.
 */
function publicationScope(a: Claim, timeA: TimeExpr | undefined, b: Claim, timeB: TimeExpr | undefined): Scope {
  const dayA = timeA ? timeA.value : a.published;
  const dayB = timeB ? timeB.value : b.published;
  const distance = dayA && dayB ? dayDistance(dayA, dayB) : undefined;
  if (distance === undefined || distance <= UNDATED_REPORT_MAX_DAYS) return { same: true, dated: false };
  const side = (time: TimeExpr | undefined, day: string) => (time ? `dated ${describeTime(time, true)}` : `undated in an article of ${formatTimeValue(day)}`);
  return { same: false, qualifier: 'published', a: side(timeA, dayA!), b: side(timeB, dayB!) };
}

/**
 * `eventScope(a, b).same`, for a caller that asks about the same claims many times: each claim's event
 * time is worked out once, and claims with full dates over a week apart are told apart at once,
 * without the descriptions eventScope writes for them.
 */
export function sameEventTest(): (a: Claim, b: Claim) => boolean {
  const times = new Map<Claim, { time: TimeExpr | undefined; day: number }>();
  const factsOf = (claim: Claim) => {
    let facts = times.get(claim);
    if (!facts) {
      const time = eventTime(claim);
      times.set(claim, (facts = { time, day: (time?.value === undefined ? undefined : dayNumber(time.value)) ?? Number.NaN }));
    }
    return facts;
  };
  const timeOf = (claim: Claim) => factsOf(claim).time;
  return (a, b) => {
    if (Math.abs(factsOf(a).day - factsOf(b).day) > SAME_EVENT_MAX_DAYS) return false;
    return eventScope(a, b, timeOf).same;
  };
}

function compareTimes(timeA: TimeExpr, timeB: TimeExpr): Scope {
  const valueA = timeA.value;
  const valueB = timeB.value;
  const yearA = yearOf(timeA);
  const yearB = yearOf(timeB);
  if (yearA && yearB && yearA !== yearB && !(valueA && valueB && dayDistance(valueA, valueB) !== undefined)) {
    return { same: false, qualifier: 'time', a: describeTime(timeA, true), b: describeTime(timeB, true) };
  }
  if (valueA && valueB) {
    const distance = dayDistance(valueA, valueB);
    if (distance !== undefined) {
      return distance > SAME_EVENT_MAX_DAYS ? { same: false, qualifier: 'time', a: describeTime(timeA, true), b: describeTime(timeB, true) } : { same: true, dated: true };
    }
    const monthDayA = /(\d{2})-(\d{2})$/.exec(valueA);
    const monthDayB = /(\d{2})-(\d{2})$/.exec(valueB);
    if (timeA.granularity === 'day' && timeB.granularity === 'day' && monthDayA && monthDayB && monthDayA[0] !== monthDayB[0]) {
      const sameMonth = monthDayA[1] === monthDayB[1];
      if (!sameMonth || Math.abs(Number(monthDayA[2]) - Number(monthDayB[2])) > SAME_EVENT_MAX_DAYS) {
        return { same: false, qualifier: 'time', a: describeTime(timeA, true), b: describeTime(timeB, true) };
      }
      return { same: true, dated: true };
    }
    // A month against a day or a month of another month ("in March" / "on Monday, September 15").
    const apart = periodDistance(valueA, valueB);
    if (apart !== undefined && apart > SAME_EVENT_MAX_DAYS) return { same: false, qualifier: 'time', a: describeTime(timeA, true), b: describeTime(timeB, true) };
  }
  return { same: true, dated: false };
}

/** The first and last day (days since 1970) a month or a full date allows; undefined for a year alone or any other value. */
function periodDays(value: string): [number, number] | undefined {
  const day = dayNumber(value);
  if (day !== undefined) return [day, day];
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month) return undefined;
  const year = Number(month[1]);
  const index = Number(month[2]) - 1;
  return [Date.UTC(year, index, 1) / 86_400_000, Date.UTC(year, index + 1, 0) / 86_400_000];
}

/** Days between the nearest days two periods allow (0 when they overlap); undefined unless both are months or full dates. */
function periodDistance(a: string, b: string): number | undefined {
  const x = periodDays(a);
  const y = periodDays(b);
  if (!x || !y) return undefined;
  return Math.max(0, x[0] - y[1], y[0] - x[1]);
}
