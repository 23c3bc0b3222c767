import { weekdayOf, weekdayName } from '../../util/dates.js';
import type { Claim, TimeExpr } from '../../types.js';
import { timeWords } from '../../align/scope.js';
import { speechTimes } from '../../extract/times.js';
import { twoMoments } from '../word-swaps.js';
import { comparableTimes, LOOKALIKE_SIMILARITY, SAME_FACT_SIMILARITY, UNDATED_SAME_EVENT_SIMILARITY, defineRule, differentSizes, quoteSimilarity, quoted, sameEventKind, sameEventShown, scopeReason, eventName } from '../rule.js';

/** Quotations this alike, by one speaker, are one statement. */
const SAME_QUOTE = 0.8;

function sameStatement(a: Claim, b: Claim): boolean {
  const speaker = a.attribution?.speakerId;
  return speaker !== undefined && speaker === b.attribution?.speakerId && quoteSimilarity(a, b) >= SAME_QUOTE;
}

/** Whether a claim names a weekday anywhere, as a time or as "Monday's". */
function mentionsWeekday(claim: Claim, weekday: number): boolean {
  return claim.times.some((time) => weekdayFor(time) === weekday) || new RegExp(`\\b${weekdayName(weekday)}\\b`, 'i').test(claim.text);
}

/** The day of the week a time expression states or implies, when it does. */
export function weekdayFor(time: TimeExpr): number | undefined {
  if (time.weekday !== undefined) return time.weekday;
  const full = time.value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(time.value);
  return full ? weekdayOf(Number(full[1]), Number(full[2]), Number(full[3])) : undefined;
}

export default defineRule({
  id: 'weekday-mismatch',
  kind: 'weekday',
  description: 'Two reports of the same event where a stated weekday ("on Friday") can be checked against the other report’s weekday or full date.',
  check(a, b, context) {
    if ((!sameEventKind(a, b, context) && !sameStatement(a, b)) || context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    // Only times the claims state themselves: a reason must quote both values from the claims' own words.
    // The same words by the same speaker: the day they were said is the fact to compare.
    const statement = sameStatement(a, b);
    const times = statement ? undefined : comparableTimes(a, b, context);
    const x = statement ? speechTimes(a)[0] : times?.x;
    const y = statement ? speechTimes(b)[0] : times?.y;
    if (!x || !y || x.granularity !== 'day' || y.granularity !== 'day' || (x.weekday === undefined && y.weekday === undefined)) return undefined;
    const dayX = weekdayFor(x);
    const dayY = weekdayFor(y);
    if (dayX === undefined || dayY === undefined) return undefined;
    // Two full dates are compared by date-mismatch; a weekday matters when one side gives only a weekday or states one.
    if (x.value && y.value && !x.relative && !y.relative && (x.weekday === undefined || y.weekday === undefined)) return undefined;
    const values = { a: `${x.text.trim()} (${weekdayName(dayX)})`, b: `${y.text.trim()} (${weekdayName(dayY)})` };
    if (dayX === dayY) {
      if (!sameEventShown(context)) return undefined;
      return { verdict: 'agree', kind: 'weekday', reason: `${context.label(a)} ${quoted(x.text)} and ${context.label(b)} ${quoted(y.text)} fall on the same weekday, ${weekdayName(dayX)}`, values, confidence: 0.7 };
    }
    // "the toll from Monday's quake rose on Wednesday" speaks of both days; no clash with "Monday".
    if (mentionsWeekday(a, dayY) || mentionsWeekday(b, dayX) || differentSizes(a, b)) return undefined;
    const clash = `${context.label(a)} says ${quoted(timeWords(x))} (${weekdayName(dayX)}), ${context.label(b)} says ${quoted(timeWords(y))} (${weekdayName(dayY)})`;
    if (!context.scope.same) {
      if (context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
      const reason = scopeReason(context, a, b, clash, 'different days of different events; not a contradiction')!;
      return { verdict: 'different-scope', kind: 'weekday', reason, values, confidence: 0.5 };
    }
    // Without dates that place both on one event, only near-identical reports make a weekday clash a conflict.
    if (!context.scope.dated && context.pair.similarity < UNDATED_SAME_EVENT_SIMILARITY) {
      if (context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
      return { verdict: 'different-scope', kind: 'weekday', reason: `${clash} — nothing else dates them, and different days suggest different events; not a contradiction`, values, confidence: 0.45 };
    }
    const moments = !statement && times?.role === 'event' ? twoMoments(a, b, context) : undefined;
    if (moments) return { verdict: 'different-scope', kind: 'weekday', reason: `${clash}; but ${moments.why}, not a contradiction`, values, confidence: 0.6, ...(moments.oneEvent && { oneEvent: true }) };
    return { verdict: 'contradict', kind: 'weekday', reason: `${clash} — the same ${eventName(a)} on different weekdays`, values, confidence: 0.65 };
  },
});
