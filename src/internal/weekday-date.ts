import type { Claim, InternalFinding } from '../types.js';
import { formatTimeValue, weekdayName, weekdayOf } from '../util/dates.js';
import { stableId } from '../util/hash.js';
import { claimRef } from '../compare/judge.js';
import { defineInternalRule } from './rule.js';

/** Years the article states outright ("in 2023", "November 2023"), most frequent first. */
function statedYears(claims: readonly Claim[]): string[] {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    for (const time of claim.times) {
      if (time.yearStated && time.value) counts.set(time.value.slice(0, 4), (counts.get(time.value.slice(0, 4)) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([year]) => year);
}

export default defineInternalRule({
  id: 'weekday-date',
  kind: 'weekday',
  description: 'A weekday stated with a date ("Sunday, November 3") that does not fall on that weekday in the year the article states or implies.',
  check(article, claims) {
    const findings: InternalFinding[] = [];
    // A known publication date already placed every date without a year; only check what was left to the text.
    const datedByPublication = article.published !== undefined && article.published.source !== 'inferred';
    const years = statedYears(claims);
    for (const claim of claims) {
      for (const time of claim.times) {
        if (time.weekday === undefined || time.relative || !time.value) continue;
        const monthDay = /(\d{2})-(\d{2})$/.exec(time.value);
        if (!monthDay) continue;
        const month = Number(monthDay[1]);
        const day = Number(monthDay[2]);
        const yearToCheck = time.yearStated || datedByPublication ? time.value.slice(0, 4) : years.length === 1 ? years[0] : undefined;
        if (!yearToCheck) continue;
        const actual = weekdayOf(Number(yearToCheck), month, day);
        if (actual === time.weekday) continue;
        const where = time.yearStated ? 'the stated year' : datedByPublication ? 'the year of publication' : `the only year the article states, ${yearToCheck}`;
        const matching = time.yearStated || datedByPublication ? '' : `; it is a ${weekdayName(time.weekday)} in ${time.value.slice(0, 4)}`;
        findings.push({
          id: stableId('i-', [article.id, 'weekday-date', claim.text, time.text]),
          article: article.id,
          rule: 'weekday-date',
          kind: 'weekday',
          reason: `“${time.text.trim()}”: ${formatTimeValue(`${yearToCheck}-${monthDay[1]}-${monthDay[2]}`)}, in ${where}, was a ${weekdayName(actual)}, not a ${weekdayName(time.weekday)}${matching}`,
          claims: [claimRef(claim)],
        });
      }
    }
    return findings;
  },
});
