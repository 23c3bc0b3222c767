import type { Claim, Ordinal, TimeExpr } from '../../types.js';
import { HAPPENING_KINDS, eventKindOf } from '../../extract/event-kind.js';
import { equipmentFamily } from '../../extract/entities.js';
import { TIME_ZONE_SLIP_DAYS, dayDistance, eventTime } from '../../align/scope.js';
import { formatTimeValue } from '../../util/dates.js';
import { swappedOwner } from '../word-swaps.js';
import { defineRule, disjointAmountWords, quoted } from '../rule.js';
import { earlierHappeningTimes } from '../../extract/times.js';
import { WINDOW } from '../../extract/ordinals.js';

const RANK_WORDS = ['only', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** What an ordinal ranks, as a kind of happening where possible: "first time … landed" → landing. */
function rankedKind(ordinal: Ordinal): string {
  const thing = ordinal.thing.replace(/^time:/, '');
  return eventKindOf(thing) ?? thing;
}

function qualifierText(ordinal: Ordinal, kind: 'time' | 'place' | 'window' | 'predicate'): string {
  return ordinal.qualifiers
    .filter((qualifier) => qualifier.kind === kind)
    .map((qualifier) => qualifier.text.toLowerCase())
    .join(', ');
}

/** A time qualifier that names one calendar year ("in 2025", "of 2025", "this year"), not a span from or to it ("since 2019", "ever"). */
const YEAR_QUALIFIER = /^(?:(?:in|of|during|for)\s+(?:\p{L}+\s+)?(?:19|20)\d\d(?:\s+alone)?|(?:this|last|that|the)\s+year)$/iu;

/**
 * The year an ordinal's time qualifiers name, when they name exactly one and the claim's times
 * resolve it ("this year" in an article of 2025 is 2025); else undefined.
 */
function qualifierYear(claim: Claim, ordinal: Ordinal): string | undefined {
  const times = ordinal.qualifiers.filter((qualifier) => qualifier.kind === 'time');
  if (times.length !== 1 || !YEAR_QUALIFIER.test(times[0]!.text)) return undefined;
  const text = times[0]!.text.toLowerCase();
  const time = claim.times.find((candidate) => candidate.value !== undefined && /^\d{4}/.test(candidate.value) && text.includes(candidate.text.toLowerCase()));
  return time?.value?.slice(0, 4);
}

/** Whether two ordinals' time qualifiers, worded apart, name the same one year ("this year" / "in 2025"). */
function sameQualifiedYear(a: Claim, x: Ordinal, b: Claim, y: Ordinal): boolean {
  const year = qualifierYear(a, x);
  return year !== undefined && year === qualifierYear(b, y);
}

/** The phrase an ordinal heads, for reasons: "first deployment … in 2025". */
function describe(claim: Claim, ordinal: Ordinal): string {
  const predicate = ordinal.qualifiers.find((qualifier) => qualifier.kind === 'predicate');
  const qualifiers = ordinal.qualifiers.filter((qualifier) => qualifier !== predicate).map((qualifier) => qualifier.text).join(' ');
  const equipment = claim.entities.find((entity) => entity.type === 'equipment');
  const what = ordinal.thing.startsWith('time:') ? `time ${equipment ? `a ${equipment.text} ` : ''}${predicate?.text ?? ordinal.thing.slice(5)}` : `${ordinal.thing}${equipment ? ` of a ${equipment.text}` : ''}`;
  const time = eventTime(claim);
  const when = time?.value && !qualifiers.includes(time.value.slice(0, 4)) ? ` (${formatTimeValue(time.value)})` : '';
  return `${ordinal.text} ${what}${qualifiers ? ` ${qualifiers}` : ''}${when}`.replace(/\s+/g, ' ');
}

/**
 * The two days, earlier first, when two claims rank different dated events in the order of their
 * dates: "the first … in 2023" on 19 May and "the second" on 25 May are a series, not a conflict.
 */
function successiveDays(a: Claim, x: Ordinal, b: Claim, y: Ordinal): [string, string] | undefined {
  const dayA = eventTime(a);
  const dayB = eventTime(b);
  if (dayA?.granularity !== 'day' || dayB?.granularity !== 'day' || !dayA.value || !dayB.value || x.rank === y.rank) return undefined;
  const distance = dayDistance(dayA.value, dayB.value);
  if (distance === undefined || distance <= TIME_ZONE_SLIP_DAYS) return undefined;
  if (dayA.value < dayB.value !== x.rank < y.rank) return undefined;
  return dayA.value < dayB.value ? [formatTimeValue(dayA.value), formatTimeValue(dayB.value)] : [formatTimeValue(dayB.value), formatTimeValue(dayA.value)];
}

/** Whether a time in the claim dates another happening than the one its ordinal ranks: after "after …", or across a semicolon. */
function datesAnotherHappening(claim: Claim, ordinal: Ordinal, time: TimeExpr): boolean {
  if (earlierHappeningTimes(claim).includes(time)) return true;
  const [from, to] = time.span[0] < ordinal.span[0] ? [time.span[1], ordinal.span[0]] : [ordinal.span[1], time.span[0]];
  return claim.text.slice(from - claim.span[0], to - claim.span[0]).includes(';');
}

/**
 * The time of the lower-ranked event, when the higher-ranked claim names it as another happening's:
 * "the first recall this year came in February" and "the second recall this year, after a fault …
 * in February" are a series, not a conflict.
 */
function namedEarlier(a: Claim, x: Ordinal, b: Claim, y: Ordinal): { time: TimeExpr; lower: Claim; higher: Claim } | undefined {
  if (x.rank === y.rank || x.rank < 1 || y.rank < 1) return undefined;
  const [lower, lowerOrdinal, higher, higherOrdinal] = x.rank < y.rank ? [a, x, b, y] : [b, y, a, x];
  const lowerTime = eventTime(lower);
  // "second recall in 2026; in February, Marden recalled …": February is not the second's.
  if (!lowerTime?.value || lower.times.some((time) => time.value === lowerTime.value && datesAnotherHappening(lower, lowerOrdinal, time))) return undefined;
  const time = higher.times.find((candidate) => candidate.value === lowerTime.value && datesAnotherHappening(higher, higherOrdinal, candidate));
  return time && { time: lowerTime, lower, higher };
}

const WINDOW_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3650 };

/** The span of days a window qualifier allows since the last one: "in less than two years" → [0, 730); "in more than a month" → (30, ∞). */
function windowDays(text: string): { min: number; max: number } | undefined {
  const match = WINDOW.exec(text);
  if (!match) return undefined;
  const count = WINDOW_NUMBERS[match[4]!.toLowerCase()] ?? Number(match[4]);
  const days = count * UNIT_DAYS[match[5]!.toLowerCase()]!;
  if (match[1]?.toLowerCase() === 'more' || match[3]) return { min: days, max: Infinity };
  return { min: 0, max: days };
}

/**
 * Two windows given to one event's same rank ("the second … in less than two years" / "… in less
 * than four years") describe one gap: they conflict only when no gap fits both ("less than" and
 * "more than" two years).
 */
function windowsOfOneGap(x: Ordinal, y: Ordinal): { fit: boolean; a: string; b: string } | undefined {
  const a = qualifierText(x, 'window');
  const b = qualifierText(y, 'window');
  const rangeA = windowDays(a);
  const rangeB = windowDays(b);
  if (!rangeA || !rangeB || x.rank !== y.rank) return undefined;
  return { fit: rangeA.min < rangeB.max && rangeB.min < rangeA.max, a, b };
}

function rankName(rank: number): string {
  return RANK_WORDS[rank] ?? `#${rank}`;
}

export default defineRule({
  id: 'ordinal-scope',
  kind: 'ordinal',
  description: 'Two ordinal claims ("first", "second") about the same kind of thing: same rank and scope agree; a different rank in the same scope contradicts; a different qualifier (year, predicate, place, window) is a different scope.',
  check(a, b, context) {
    for (const x of a.ordinals) {
      for (const y of b.ordinals) {
        if (!x.thing || !y.thing) continue;
        const kindX = rankedKind(x);
        const kindY = rankedKind(y);
        // "first landing" and "first deployment" look alike; "first landing" and "second drill" do not.
        if (kindX !== kindY && !(x.rank === y.rank && HAPPENING_KINDS.has(kindX) && HAPPENING_KINDS.has(kindY))) continue;
        const values = { a: describe(a, x), b: describe(b, y) };
        const intro = `${context.label(a)}: ${quoted(values.a)}; ${context.label(b)}: ${quoted(values.b)}`;
        const equipmentX = new Set(a.entities.filter((entity) => entity.type === 'equipment').map((entity) => equipmentFamily(entity.id)));
        const equipmentY = b.entities.filter((entity) => entity.type === 'equipment').map((entity) => equipmentFamily(entity.id));
        if (equipmentX.size > 0 && equipmentY.length > 0 && !equipmentY.some((family) => equipmentX.has(family))) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — they rank different aircraft, not a contradiction`, values, confidence: 0.75 };
        }
        if (kindX !== kindY) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — different events (${kindX} vs ${kindY}), not a contradiction`, values, confidence: 0.8 };
        }
        const windows = qualifierText(x, 'window') === qualifierText(y, 'window') ? undefined : windowsOfOneGap(x, y);
        for (const qualifier of ['time', 'window', 'place', 'predicate'] as const) {
          const qx = qualifierText(x, qualifier);
          const qy = qualifierText(y, qualifier);
          if (qx === qy || (qualifier === 'place' && (!qx || !qy)) || (qualifier === 'time' && sameQualifiedYear(a, x, b, y)) || (qualifier === 'window' && windows && context.scope.same)) continue;
          return {
            verdict: 'different-scope',
            kind: 'ordinal',
            reason: `${intro} — the ${qualifier} qualifier differs (${qx ? quoted(qx) : 'none'} vs ${qy ? quoted(qy) : 'none'}), so they rank different sets, not a contradiction`,
            values,
            confidence: 0.75,
          };
        }
        if (!context.scope.same) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — about ${context.scope.a} vs ${context.scope.b}: different events, not a contradiction`, values, confidence: 0.75 };
        }
        const [lower, higher] = x.rank < y.rank ? [x.rank, y.rank] : [y.rank, x.rank];
        const earlier = namedEarlier(a, x, b, y);
        if (earlier) {
          return {
            verdict: 'different-scope',
            kind: 'ordinal',
            reason: `${intro} — ${context.label(earlier.lower)} puts the ${rankName(lower)} in ${formatTimeValue(earlier.time.value!)}, and ${context.label(earlier.higher)} dates an earlier one then too, so its ${rankName(higher)} came after: successive events, not a contradiction`,
            values,
            confidence: 0.7,
          };
        }
        const series = successiveDays(a, x, b, y);
        if (series) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — the ${rankName(lower)} on ${series[0]} and the ${rankName(higher)} on ${series[1]}: successive events in the order of their dates, not a contradiction`, values, confidence: 0.7 };
        }
        if (windows) {
          const gap = `${quoted(windows.a)} vs ${quoted(windows.b)}`;
          if (windows.fit) return { verdict: 'compatible', kind: 'ordinal', reason: `${intro} — both rank it ${rankName(x.rank)}, with windows (${gap}) that one gap since the last can fit`, values, confidence: 0.7 };
          return { verdict: 'contradict', kind: 'ordinal', reason: `${intro} — the same rank of one event, with windows (${gap}) that no gap since the last can fit`, values, confidence: 0.65 };
        }
        if (x.rank === y.rank) return { verdict: 'agree', kind: 'ordinal', reason: `${intro} — both rank it ${rankName(x.rank)} in the same scope`, values, confidence: 0.85 };
        // Another rank said of another name is a second difference: two statements, not one misreported.
        const owners = swappedOwner(a, x.span[0], b, y.span[0], context);
        if (owners) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — said of different people or things (${quoted(owners[0])} vs ${quoted(owners[1])}), not a contradiction`, values, confidence: 0.65 };
        }
        // Another rank with another amount is a second difference too: "4 percent in the first quarter" / "2 percent in the second".
        const amounts = disjointAmountWords(a, b);
        if (amounts) {
          return { verdict: 'different-scope', kind: 'ordinal', reason: `${intro} — with ${amounts[0]} and ${amounts[1]} as well: two ranks with two amounts are two things ranked, not a contradiction`, values, confidence: 0.6 };
        }
        return { verdict: 'contradict', kind: 'ordinal', reason: `${intro} — ${rankName(x.rank)} vs ${rankName(y.rank)} in the same scope`, values, confidence: 0.7 };
      }
    }
    return undefined;
  },
});
