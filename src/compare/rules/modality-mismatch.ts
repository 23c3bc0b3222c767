import { defineRule, quoted, sameEventKind, sameEventShown, eventName } from '../rule.js';
import { HEDGED_MODALITIES } from '../../extract/polarity.js';


export default defineRule({
  id: 'modality-mismatch',
  kind: 'modality',
  description: 'The same happening reported as planned, expected or possible by one source and as done by the other: compatible, since a plan carried out is no contradiction.',
  check(a, b, context) {
    if (a.modality === b.modality || context.pair.similarity < 0.35 || !sameEventShown(context)) return undefined;
    if (!sameEventKind(a, b, context)) return undefined;
    if (HEDGED_MODALITIES.has(a.modality) === HEDGED_MODALITIES.has(b.modality)) return undefined;
    const cueA = a.modalityCues[0]?.text ?? a.modality;
    const cueB = b.modalityCues[0]?.text ?? b.modality;
    const values = { a: a.modality === 'asserted' ? 'asserted' : cueA, b: b.modality === 'asserted' ? 'asserted' : cueB };
    const [hedged, plain] = HEDGED_MODALITIES.has(a.modality) ? [a, b] : [b, a];
    const hedge = hedged === a ? cueA : cueB;
    return {
      verdict: 'compatible',
      kind: 'modality',
      reason: `${context.label(hedged)} reports the ${eventName(a)} as ${hedged.modality} (${quoted(hedge)}), ${context.label(plain)} as done; a ${hedged.modality} event carried out is not a contradiction`,
      values,
      confidence: 0.6,
    };
  },
});
