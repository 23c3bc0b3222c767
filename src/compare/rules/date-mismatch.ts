import { describeTime, statedEventTime } from '../../align/scope.js';
import { LOOKALIKE_SIMILARITY, SAME_FACT_SIMILARITY, defineRule, differentSizes, sameEventKind, scopeReason, eventName, quoted } from '../rule.js';
import { weekdayFor } from './weekday-mismatch.js';

/** Verbs that date the start of a happening that lasts, and verbs that date its end. */
const STARTS = /\b(?:began|begins|begin|started|starts|opened|opens|launched|launches|kicked off)\b/i;
const ENDS = /\b(?:ended|ends|finished|finishes|concluded|concludes|called off|calls off|wrapped up|closed|closes)\b/i;

/** Whether a claim dates a happening's start or its end, with the verb that says so, when it says which and not both. */
function phaseOf(text: string): { phase: 'start' | 'end'; verb: string } | undefined {
  const start = STARTS.exec(text);
  const end = ENDS.exec(text);
  if (start && !end) return { phase: 'start', verb: start[0] };
  if (end && !start) return { phase: 'end', verb: end[0] };
  return undefined;
}

export default defineRule({
  id: 'date-mismatch',
  kind: 'date',
  description: 'Two reports of the same kind of event with full or month-day dates: the same day agrees; days within a week of each other on otherwise matching reports contradict; farther apart they are different events.',
  check(a, b, context) {
    // Only times the claims state themselves: a reason must quote both values from the claims' own words.
    const x = statedEventTime(a);
    const y = statedEventTime(b);
    if (!x?.value || !y?.value || x.granularity !== 'day' || y.granularity !== 'day') return undefined;
    if (!sameEventKind(a, b, context)) return undefined;
    // A bare weekday ("on Tuesday") that differs from the other side's is weekday-mismatch's to judge.
    if ((x.relative && x.weekday !== undefined) || (y.relative && y.weekday !== undefined)) {
      const dayX = weekdayFor(x);
      const dayY = weekdayFor(y);
      if (dayX === undefined || dayY === undefined || dayX !== dayY) return undefined;
    }
    const values = { a: describeTime(x), b: describeTime(y) };
    const monthDay = (value: string) => value.slice(-5);
    const sameDay = x.value === y.value || ((x.value.startsWith('--') || y.value.startsWith('--')) && monthDay(x.value) === monthDay(y.value));
    if (sameDay && context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    if (sameDay) return { verdict: 'agree', kind: 'date', reason: `${context.label(a)} ${describeTime(x, true)} and ${context.label(b)} ${describeTime(y, true)} give the same day`, values, confidence: 0.85 };
    if (differentSizes(a, b)) return undefined;
    const clash = `${context.label(a)} dates the ${eventName(a)} ${describeTime(x, true)}, ${context.label(b)} ${describeTime(y, true)}`;
    if (!context.scope.same && context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
    if (!context.scope.same) {
      const reason = scopeReason(context, a, b, clash, 'too far apart to be one event: different events, not a contradiction')!;
      return { verdict: 'different-scope', kind: 'date', reason, values, confidence: 0.7 };
    }
    if (context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    const phaseA = phaseOf(a.text);
    const phaseB = phaseOf(b.text);
    if (phaseA && phaseB && phaseA.phase !== phaseB.phase) {
      const [starting, ending] = phaseA.phase === 'start' ? [{ claim: a, ...phaseA }, { claim: b, ...phaseB }] : [{ claim: b, ...phaseB }, { claim: a, ...phaseA }];
      return { verdict: 'different-scope', kind: 'date', reason: `${clash}; but ${context.label(starting.claim)} dates when it ${quoted(starting.verb)} and ${context.label(ending.claim)} when it ${quoted(ending.verb)}: two moments of one ${eventName(a)}, not a contradiction`, values, confidence: 0.7, oneEvent: true };
    }
    return { verdict: 'contradict', kind: 'date', reason: `${clash} — the same ${eventName(a)} reported on different days`, values, confidence: 0.7 };
  },
});
