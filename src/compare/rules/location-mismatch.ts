import type { Claim, Entity } from '../../types.js';
import { defineRule, quoted, scopeReason, sameEventKind, sameEventShown, eventName } from '../rule.js';

/** Prepositions that make a place the place where something happens. */
const LOCATIVE = /\b(?:in|at|near|off|over|outside|inside|into|on)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/u;
/** The place compared is part of what makes two claims alike, so the bar sits below the other value rules'. */
const MIN_SIMILARITY = 0.35;

/** "their Seoul meeting": a place named right before the event it locates. */
const ATTRIBUTIVE = /^\s+(?:meeting|summit|talks|drill|drills|exercise|visit|conference|trip|rally|attack)\b/i;

function locations(claim: Claim): Entity[] {
  return claim.entities.filter((entity) => {
    if (entity.type !== 'place' && entity.type !== 'country') return false;
    const before = claim.text.slice(0, entity.span[0] - claim.span[0]);
    const after = claim.text.slice(entity.span[1] - claim.span[0]);
    return LOCATIVE.test(before) || (entity.type === 'place' && ATTRIBUTIVE.test(after));
  });
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
    if (shared) {
      // A shared country says little ("South Korea" is everywhere in this news); agreement needs a shared place on one event.
      if (shared.type !== 'place' || !sameEventShown(context)) return undefined;
      return { verdict: 'agree', kind: 'location', reason: `both place the ${eventName(a)} at ${quoted(shared.text)}`, values: { a: x[0]!.text, b: y[0]!.text }, confidence: 0.6 };
    }
    const sameType = x.find((entity) => y.some((other) => other.type === entity.type));
    if (!sameType) return undefined;
    const other = y.find((entity) => entity.type === sameType.type)!;
    const values = { a: sameType.text, b: other.text };
    const what = `the ${eventName(a)}`;
    const clash = `${context.label(a)} places ${what} in ${quoted(sameType.text)}, ${context.label(b)} in ${quoted(other.text)}`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'location', reason: scoped, values, confidence: 0.55 };
    return { verdict: 'contradict', kind: 'location', reason: `${clash} — one event cannot be in both`, values, confidence: 0.6 };
  },
});
