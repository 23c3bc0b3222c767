import { weekdayOf, weekdayName } from '../../util/dates.js';
import type { TimeExpr } from '../../types.js';
import { LOOKALIKE_SIMILARITY, defineRule, quoted } from '../rule.js';

/** The day of the week a time expression states or implies, when it does. */
function weekdayFor(time: TimeExpr): number | undefined {
  if (time.weekday !== undefined) return time.weekday;
  const full = time.value && /^(\d{4})-(\d{2})-(\d{2})$/.exec(time.value);
  return full ? weekdayOf(Number(full[1]), Number(full[2]), Number(full[3])) : undefined;
}

export default defineRule({
  id: 'weekday-mismatch',
  kind: 'weekday',
  description: 'Two reports of the same event where a stated weekday ("on Friday") can be checked against the other report’s weekday or full date.',
  check(a, b, context) {
    if (a.eventKind === 'other' || a.eventKind !== b.eventKind) return undefined;
    const x = a.times.find((time) => time.granularity === 'day' && weekdayFor(time) !== undefined);
    const y = b.times.find((time) => time.granularity === 'day' && weekdayFor(time) !== undefined);
    if (!x || !y || (x.weekday === undefined && y.weekday === undefined)) return undefined;
    if (x.value && y.value && !x.relative && !y.relative) return undefined;
    const dayX = weekdayFor(x)!;
    const dayY = weekdayFor(y)!;
    const values = { a: `${x.text.trim()} (${weekdayName(dayX)})`, b: `${y.text.trim()} (${weekdayName(dayY)})` };
    if (dayX === dayY && !context.scope.same) return undefined;
    if (dayX === dayY) return { verdict: 'agree', kind: 'weekday', reason: `${context.label(a)} ${quoted(x.text)} and ${context.label(b)} ${quoted(y.text)} fall on the same weekday, ${weekdayName(dayX)}`, values, confidence: 0.7 };
    const clash = `${context.label(a)} says ${quoted(values.a)}, ${context.label(b)} says ${quoted(values.b)}`;
    if (context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
    if (!context.scope.same || context.pair.similarity < 0.45) {
      return { verdict: 'different-scope', kind: 'weekday', reason: `${clash} — different days, so different events unless more ties them; not a contradiction`, values, confidence: 0.5 };
    }
    return { verdict: 'contradict', kind: 'weekday', reason: `${clash} — the same ${a.eventKind} on different weekdays`, values, confidence: 0.65 };
  },
});
