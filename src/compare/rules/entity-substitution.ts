import type { Entity } from '../../types.js';
import { LOOKALIKE_SIMILARITY, areTwoOffices, defineRule, officeName, officeOf, quoted, saysOtherThings, scopeReason, sharesOnlyNames, substitutedEntities } from '../rule.js';

/** Claims this alike are one statement; a different name in the same place is a conflict. */
const MIN_SIMILARITY = 0.45;

export default defineRule({
  id: 'entity-substitution',
  kind: 'entity',
  description: 'Closely matching claims about the same event that name a different person or organisation in the same place ("General Dan Caine" vs "General Charles Brown"); from a looser likeness when two people with one title say the same thing ("Transport Minister Ivo Renner" vs "Transport Minister Charles Brown").',
  check(a, b, context) {
    if (context.pair.similarity < LOOKALIKE_SIMILARITY) return undefined;
    // One office, two holders: "Transport Minister Ivo Renner said …" / "… Transport Minister Charles
    // Brown said", the same thing said, is a swap even in claims worded apart, and even of who said it.
    // A quotation given to two speakers is attribution-mismatch's to judge.
    const speakers = a.attribution?.quote && b.attribution?.quote ? undefined : substitutedEntities(a, b, ['person'], true)[0];
    const speakerOffices = speakers ? [officeOf(a, speakers.a), officeOf(b, speakers.b)] : [];
    const office = officeName(speakerOffices[0]);
    const speakerTitle = speakerOffices[0]?.titled ? speakerOffices[0].written : office;
    const sameOffice = speakers !== undefined && office !== '' && office === officeName(speakerOffices[1]) && !saysOtherThings(a, b) && !sharesOnlyNames(a, b);
    const swap = sameOffice ? speakers : substitutedEntities(a, b, ['person', 'organization'])[0];
    if (!swap || (context.pair.similarity < MIN_SIMILARITY && !sameOffice)) return undefined;
    const values = { a: swap.a.text, b: swap.b.text };
    // Two parties' leaders ("Labour leader" / "Conservative leader"), or two ministers, hold two
    // offices, and each may say or do the same on one day.
    const swappedOffices = (x: Entity, y: Entity) => (x === speakers?.a && y === speakers.b ? speakerOffices : [officeOf(a, x), officeOf(b, y)]);
    const [officeA, officeB] = swap.a.type === 'person' && swap.b.type === 'person' ? swappedOffices(swap.a, swap.b) : [];
    if (officeA && officeB && areTwoOffices(officeA, officeB)) {
      return {
        verdict: 'different-scope',
        kind: 'entity',
        reason: `${context.label(a)} names ${quoted(swap.a.text)} as ${quoted(officeA.written)} where ${context.label(b)} names ${quoted(swap.b.text)} as ${quoted(officeB.written)}: two offices held by two people, not a contradiction`,
        values,
        confidence: 0.55,
      };
    }
    const clash = sameOffice
      ? `${context.label(a)} names ${quoted(swap.a.text)} as ${speakerTitle} where ${context.label(b)} names ${quoted(swap.b.text)}`
      : `${context.label(a)} names ${quoted(swap.a.text)} where ${context.label(b)} names ${quoted(swap.b.text)}`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'entity', reason: scoped, values, confidence: 0.55 };
    return { verdict: 'contradict', kind: 'entity', reason: `${clash} in the same statement`, values, confidence: 0.6 };
  },
});
