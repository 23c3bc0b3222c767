import { comparisonId, wordDiff } from '../compare/judge.js';
import { eventKindOf } from '../extract/event-kind.js';
import { equipmentFamily } from '../extract/entities.js';
import type { Claim, Comparison, Ordinal, TimelineEntry } from '../types.js';
import { formatTimeValue } from '../util/dates.js';

const YEAR = /\b(?:in|of|during)\s+((?:19|20)\d\d)\b/;

/** The latest date an ordinal claim can speak of: its own event date, else its article's publication day. */
function asOf(claim: Claim, timelineDateOf: (claim: Claim) => string | undefined, published: (article: string) => string | undefined): string | undefined {
  return timelineDateOf(claim) ?? published(claim.article);
}

/**
 * Checks "first" claims scoped to a year ("the first B-52H deployment to the peninsula in 2025")
 * against the timeline: a happening of the same kind, in that year, before the claimed first one,
 * with the same equipment when the claim names some, and in the same place when both name one,
 * contradicts it.
 */
export function checkOrdinalsAgainstTimeline(
  claims: readonly Claim[],
  timeline: readonly TimelineEntry[],
  timelineDateOf: (claim: Claim) => string | undefined,
  published: (article: string) => string | undefined,
): Comparison[] {
  const findings: Comparison[] = [];
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const placesOf = (claim: Claim | undefined) => new Set((claim?.entities ?? []).filter((entity) => entity.type === 'place' || entity.type === 'country').map((entity) => entity.id));
  for (const claim of claims) {
    for (const ordinal of claim.ordinals) {
      if (ordinal.rank !== 1) continue;
      const kind = eventKindOf(ordinal.thing.replace(/^time:/, ''));
      const year = ordinal.qualifiers.filter((qualifier) => qualifier.kind === 'time').map((qualifier) => YEAR.exec(qualifier.text)?.[1]).find(Boolean);
      const until = asOf(claim, timelineDateOf, published);
      // An undated "it was the first …" speaks of the happening its own article reports: a timeline
      // entry that article is a source of is that happening, not an earlier one.
      const undated = timelineDateOf(claim) === undefined;
      if (!kind || !year || !until) continue;
      const families = new Set(claim.entities.filter((entity) => entity.type === 'equipment').map((entity) => equipmentFamily(entity.id)));
      // "The first drill in Talen in 2022" is not contradicted by an earlier drill that year elsewhere.
      const places = placesOf(claim);
      const elsewhere = (entry: TimelineEntry) => {
        if (places.size === 0) return false;
        const entryPlaces = new Set(entry.claims.flatMap((ref) => [...placesOf(byId.get(ref.claim))]));
        return entryPlaces.size > 0 && ![...places].some((place) => entryPlaces.has(place));
      };
      const earlier = timeline.find(
        (entry) =>
          entry.kind === kind &&
          entry.status === 'reported' &&
          entry.date.startsWith(year) &&
          entry.date.length === 10 &&
          entry.date < until &&
          (families.size === 0 || entry.equipment.some((family) => families.has(family))) &&
          !entry.claims.some((ref) => ref.claim === claim.id || (undated && ref.article === claim.article)) &&
          !elsewhere(entry),
      );
      if (!earlier) continue;
      // The evidence is a report of the earlier happening in the claim's own place, when it names one.
      const inPlace = (ref: TimelineEntry['claims'][number]) => places.size === 0 || [...placesOf(byId.get(ref.claim))].some((place) => places.has(place));
      const evidence = earlier.claims.find((ref) => ref.article !== claim.article && inPlace(ref)) ?? earlier.claims.find((ref) => ref.article !== claim.article) ?? earlier.claims[0]!;
      findings.push(timelineFinding(claim, ordinal, evidence, earlier));
    }
  }
  return findings;
}

/** The comparison for a "first" contradicted by the timeline; its topic is filled in when topics are assigned. */
function timelineFinding(claim: Claim, ordinal: Ordinal, evidence: TimelineEntry['claims'][number], earlier: TimelineEntry): Comparison {
  const scope = ordinal.qualifiers.map((qualifier) => qualifier.text).join(' ');
  const reason = `${claim.article} calls it the “${ordinal.text} ${ordinal.thing}${scope ? ` ${scope}` : ''}”, but ${evidence.article} reports an earlier ${earlier.kind}${earlier.equipment.length > 0 ? ` with the same equipment` : ''} that year, on ${formatTimeValue(earlier.date)}`;
  const self = { article: claim.article, text: claim.text } as Claim;
  const other = { article: evidence.article, text: evidence.text } as Claim;
  return {
    id: comparisonId(self, other),
    topic: '',
    rule: 'ordinal-timeline',
    verdict: 'contradict',
    kind: 'ordinal',
    reason,
    values: { a: `${ordinal.text} ${ordinal.thing}${scope ? ` ${scope}` : ''}`, b: `${earlier.kind} on ${formatTimeValue(earlier.date)}` },
    confidence: 0.7,
    similarity: 0,
    diff: wordDiff(claim.text, evidence.text),
    claims: [{ article: claim.article, claim: claim.id, text: claim.text, span: claim.span }, evidence],
  };
}
