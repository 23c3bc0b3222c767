import { describeTime } from '../../align/scope.js';
import { LOOKALIKE_SIMILARITY, SAME_FACT_SIMILARITY, defineRule, disjointAmountWords, differentSizes, sameEventKind, scopeReason, eventName, comparableTimes, type ComparableTimes } from '../rule.js';
import type { Claim, TimeExpr } from '../../types.js';
import { weekdayFor } from './weekday-mismatch.js';
import { twoMoments } from '../word-swaps.js';

/** How a reason names one side's time in its role: `“on Monday” (5 Oct 2026)`, `“from October 19” (19 Oct 2026)`. */
function describeInRole(times: ComparableTimes, time: TimeExpr, quote = true): string {
  return describeTime(times.role === 'bound' ? { ...time, text: `${times.word} ${time.text}` } : time, quote);
}

/** The two sides of a date clash, worded for the role the times play. */
function clashOf(times: ComparableTimes, a: Claim, b: Claim, label: (claim: Claim) => string): { clash: string; differ: string } {
  const [x, y] = [describeInRole(times, times.x), describeInRole(times, times.y)];
  if (times.role === 'bound') return { clash: `${label(a)} bounds the ${eventName(a)} ${x}, ${label(b)} ${y}`, differ: `the same ${eventName(a)} bounded by different days` };
  if (times.role === 'speech') return { clash: `${label(a)} reports it said ${x}, ${label(b)} ${y}`, differ: 'the same report dated to different days' };
  return { clash: `${label(a)} dates the ${eventName(a)} ${x}, ${label(b)} ${y}`, differ: `the same ${eventName(a)} reported on different days` };
}

export default defineRule({
  id: 'date-mismatch',
  kind: 'date',
  description: 'Two reports of the same kind of event with full or month-day dates (their own, else bounds given with the same word, else the days near-copies were reported): the same day agrees; days within a week of each other on otherwise matching reports contradict, unless an amount differs too; farther apart they are different events.',
  check(a, b, context) {
    // Only times the claims state themselves: a reason must quote both values from the claims' own words.
    const times = comparableTimes(a, b, context);
    if (!times) return undefined;
    const { x, y } = times;
    if (!x.value || !y.value || x.granularity !== 'day' || y.granularity !== 'day') return undefined;
    if (!sameEventKind(a, b, context)) return undefined;
    // A bare weekday ("on Tuesday") that differs from the other side's is weekday-mismatch's to judge.
    if ((x.relative && x.weekday !== undefined) || (y.relative && y.weekday !== undefined)) {
      const dayX = weekdayFor(x);
      const dayY = weekdayFor(y);
      if (dayX === undefined || dayY === undefined || dayX !== dayY) return undefined;
    }
    const values = { a: describeInRole(times, x, false), b: describeInRole(times, y, false) };
    const monthDay = (value: string) => value.slice(-5);
    const sameDay = x.value === y.value || ((x.value.startsWith('--') || y.value.startsWith('--')) && monthDay(x.value) === monthDay(y.value));
    if (sameDay && context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    if (sameDay) return { verdict: 'agree', kind: 'date', reason: `${context.label(a)} ${describeInRole(times, x)} and ${context.label(b)} ${describeInRole(times, y)} give the same day`, values, confidence: 0.85 };
    if (differentSizes(a, b)) return undefined;
    const { clash, differ } = clashOf(times, a, b, context.label);
    if (!context.scope.same && context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
    if (!context.scope.same) {
      const reason = scopeReason(context, a, b, clash, 'too far apart to be one event: different events, not a contradiction')!;
      return { verdict: 'different-scope', kind: 'date', reason, values, confidence: 0.7 };
    }
    if (context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    const moments = times.role === 'event' ? twoMoments(a, b, context) : undefined;
    if (moments) return { verdict: 'different-scope', kind: 'date', reason: `${clash}; but ${moments.why}, not a contradiction`, values, confidence: 0.7, ...(moments.oneEvent && { oneEvent: true }) };
    // One differing fact is a conflict; a differing amount as well is another event (final results two days after the provisional ones).
    const amounts = disjointAmountWords(a, b);
    if (amounts) return { verdict: 'different-scope', kind: 'date', reason: `${clash}; but they give ${amounts[0]} and ${amounts[1]} as well: two facts that differ make another event, not a contradiction`, values, confidence: 0.6 };
    return { verdict: 'contradict', kind: 'date', reason: `${clash} — ${differ}`, values, confidence: 0.7 };
  },
});
