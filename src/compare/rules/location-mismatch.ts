import type { Claim, Entity } from '../../types.js';
import { STRIKING_VERBS } from '../../extract/entities.js';
import { mentionsName } from '../../util/text.js';
import { defineRule, quoted, scopeReason, sameEventKind, sameEventShown, eventName } from '../rule.js';

/** Prepositions that make a place the place where something happens. */
const LOCATIVE = /\b(?:in|at|near|off|over|outside|inside|into|on|across|throughout)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/u;
/** The place compared is part of what makes two claims alike, so the bar sits below the other value rules'. */
const MIN_SIMILARITY = 0.35;

/** "an earthquake hit Cedrin": a disaster locates itself by the verb of its striking. */
const STRUCK = new RegExp(`\\b(?:${[...STRIKING_VERBS].join('|')})\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}$`, 'u');
/** "Cedrin, Valdora": a place named right after a located place and a comma is located too. */
const AFTER_PLACE = /^\s*,\s*$/;

/** "their Seoul meeting": a place named right before the event it locates. */
const ATTRIBUTIVE = /^\s+(?:meeting|summit|talks|drill|drills|exercise|visit|conference|trip|rally|attack)\b/i;

function locations(claim: Claim): Entity[] {
  const located: Entity[] = [];
  for (const entity of claim.entities) {
    if (entity.type !== 'place' && entity.type !== 'country') continue;
    const before = claim.text.slice(0, entity.span[0] - claim.span[0]);
    const after = claim.text.slice(entity.span[1] - claim.span[0]);
    const previous = located.at(-1);
    if (LOCATIVE.test(before) || (entity.type === 'place' && ATTRIBUTIVE.test(after)) || (claim.eventKind === 'disaster' && STRUCK.test(before)) || (previous !== undefined && AFTER_PLACE.test(claim.text.slice(previous.span[1] - claim.span[0], entity.span[0] - claim.span[0])))) {
      located.push(entity);
    }
  }
  return located;
}

/** "Cedrin, Valdora", "Varn Island in Valdora": the text between a place and the larger place it is in. */
const WITHIN = /^\s*(?:,|in)\s*$/;

/** The entity right after `place` that the claim puts it in, if any. */
function containerOf(claim: Claim, place: Entity): Entity | undefined {
  const next = claim.entities.find((entity) => entity.span[0] >= place.span[1]);
  return next && WITHIN.test(claim.text.slice(place.span[1] - claim.span[0], next.span[0] - claim.span[0])) ? next : undefined;
}

/** Located entities of one claim that the other (its entity ids, its text) neither names nor mentions. */
function unshared(located: readonly Entity[], otherIds: ReadonlySet<string>, otherText: string): Entity[] {
  return located.filter((entity) => !otherIds.has(entity.id) && !mentionsName(otherText, entity.text));
}

/** The first place of `onlyX` with a place of the same type in `onlyY` (the first of those) that `fits` accepts with it. */
function sameTypePair(onlyX: readonly Entity[], onlyY: readonly Entity[], fits: (x: Entity, y: Entity) => boolean = () => true): [Entity, Entity] | undefined {
  for (const place of onlyX) for (const other of onlyY) if (other.type === place.type && fits(place, other)) return [place, other];
  return undefined;
}

/** Words that add a happening to one told before: "also marched in Lyon", "in Lyon too". */
const ADDITIVE_BEFORE = /\b(also|likewise|similarly)\b(?:\s+[\p{L}'’-]+){0,3}\s+$/iu;
const ADDITIVE_AFTER = /^(?:\s+[\p{L}'’-]+){0,2}?,?\s+(too|as well)\b/iu;

/** The additive word by which a claim puts its place beside another ("also" in "also marched in Lyon"), if any. */
function additiveMarker(claim: Claim, place: Entity): { claim: Claim; word: string } | undefined {
  const before = claim.text.slice(0, place.span[0] - claim.span[0]);
  const after = claim.text.slice(place.span[1] - claim.span[0]);
  const word = ADDITIVE_BEFORE.exec(before)?.[1] ?? ADDITIVE_AFTER.exec(after)?.[1];
  return word === undefined ? undefined : { claim, word: word.toLowerCase() };
}

export default defineRule({
  id: 'location-mismatch',
  kind: 'location',
  description: 'Two reports of the same event that place it in different places ("in Seoul" vs "in Tokyo").',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY || !sameEventKind(a, b, context)) return undefined;
    const x = locations(a);
    const y = locations(b);
    if (x.length === 0 || y.length === 0) return undefined;
    const idsB = new Set(b.entities.map((entity) => entity.id));
    const idsA = new Set(a.entities.map((entity) => entity.id));
    const shared = x.find((entity) => idsB.has(entity.id)) ?? y.find((entity) => idsA.has(entity.id));
    const onlyX = unshared(x, idsB, b.text);
    const onlyY = unshared(y, idsA, a.text);
    // A shared place settles nothing about the town when both claims put a town of their own in it
    // ("hit Cedrin, Valdora" / "struck Varn Island in Valdora"); otherwise it may hold the other
    // claim's place ("near the Korean Peninsula" / "near South Korea's Jeju Island").
    const inShared = (claim: Claim, entity: Entity) => shared !== undefined && containerOf(claim, entity)?.id === shared.id;
    const clashing = sameTypePair(onlyX, onlyY, (place, other) => !shared || (inShared(a, place) && inShared(b, other)));
    if (!clashing) {
      // A shared country says little ("South Korea" is everywhere in this news); agreement needs a shared place on one event.
      if (!shared || shared.type !== 'place' || !sameEventShown(context)) return undefined;
      // Beside the place both name, each puts it in one of its own ("Union leaders in Valdora … at a
      // meeting in Morava" / "… in Cedrin"): the shared place may not be where either puts it.
      if (sameTypePair(onlyX, onlyY)) return undefined;
      return { verdict: 'agree', kind: 'location', reason: `both place the ${eventName(a)} at ${quoted(shared.text)}`, values: { a: x[0]!.text, b: y[0]!.text }, confidence: 0.6 };
    }
    const [place, other] = clashing;
    const values = { a: place.text, b: other.text };
    const what = `the ${eventName(a)}`;
    const clash = `${context.label(a)} places ${what} in ${quoted(place.text)}, ${context.label(b)} in ${quoted(other.text)}`;
    const further = additiveMarker(a, place) ?? additiveMarker(b, other);
    if (further) return { verdict: 'different-scope', kind: 'location', reason: `${clash}, but “${further.word}” in ${context.label(further.claim)} marks a further ${eventName(a)}, not the same one moved`, values, confidence: 0.55 };
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'location', reason: scoped, values, confidence: 0.55 };
    return { verdict: 'contradict', kind: 'location', reason: `${clash} — one event cannot be in both`, values, confidence: 0.6 };
  },
});
