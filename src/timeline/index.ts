import { eventTime, statedEventTime } from '../align/scope.js';
import { claimRef } from '../compare/judge.js';
import { equipmentFamily } from '../extract/entities.js';
import { earlierHappeningTimes } from '../extract/times.js';
import type { Claim, TimeExpr, TimelineEntry } from '../types.js';
import { stableId } from '../util/hash.js';
import { compareStrings, uniqueSorted } from '../util/text.js';
import { pushTo } from '../util/group.js';

const HEDGED = new Set(['planned', 'expected', 'possible']);

/**
 * The calendar date of a claim's event, when its year is known: `YYYY-MM-DD` or `YYYY-MM`. Only
 * a date the claim states itself puts it on the timeline; with `withContext`, a date carried over
 * from earlier in its article counts too.
 */
export function timelineDate(claim: Claim, withContext = false): string | undefined {
  return calendarDate(withContext ? eventTime(claim) : statedEventTime(claim));
}

function calendarDate(time: TimeExpr | undefined): string | undefined {
  const value = time?.value;
  if (!value || !/^\d{4}-\d{2}/.test(value) || (time.granularity !== 'day' && time.granularity !== 'weekend' && time.granularity !== 'month')) return undefined;
  return time.granularity === 'month' ? value.slice(0, 7) : value.slice(0, 10);
}

/**
 * One timeline of happenings from every article: claims of a known kind of event with a dated
 * time, grouped by kind and date, each entry with its sources. A claim that names an earlier
 * happening of its kind with its date is a source for that one too.
 */
export function buildTimeline(claims: readonly Claim[]): TimelineEntry[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.eventKind === 'other' || claim.eventKind === 'statement') continue;
    // "the second drill, following a similar operation on June 18" also reports that earlier drill.
    const dates = [timelineDate(claim), ...earlierHappeningTimes(claim).map(calendarDate)].filter((date) => date !== undefined);
    for (const date of new Set(dates)) pushTo(groups, `${date}\u0000${claim.eventKind}`, claim);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => compareStrings(x, y))
    .map(([key, members]) => {
      const [date, kind] = key.split('\u0000') as [string, Claim['eventKind']];
      return {
        id: stableId('e-', [kind, date]),
        kind,
        date,
        status: members.every((claim) => HEDGED.has(claim.modality)) ? 'planned' : 'reported',
        equipment: uniqueSorted(members.flatMap((claim) => claim.entities.filter((entity) => entity.type === 'equipment').map((entity) => equipmentFamily(entity.id)))),
        sources: uniqueSorted(members.map((claim) => claim.article)),
        claims: members.map(claimRef),
      } satisfies TimelineEntry;
    });
}
