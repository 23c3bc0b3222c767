import type { Claim } from '../../types.js';
import { defineRule, quoted, sameEventKind, sameEventShown, eventName } from '../rule.js';
import { HEDGED_MODALITIES } from '../../extract/polarity.js';
import { baseForms } from '../../lexicon/wordnet.js';
import { FUNCTION_WORDS } from '../../util/text.js';

/**
 * Whether what the hedged claim hedges, the words after its cue, shares a lower-case content word
 * with the other claim: "is expected to open coalition talks" / "began coalition talks" do; "said
 * he would step down" / "conceded defeat" share only a name, and are two happenings.
 */
function hedgesWhatOtherReports(hedged: Claim, plain: Claim): boolean {
  const cue = hedged.modalityCues[0];
  if (!cue) return true;
  const scope = hedged.text.slice(cue.span[1] - hedged.span[0]);
  const terms = new Set(plain.terms);
  return scope
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => /^\p{Ll}/u.test(word) && word.length >= 3 && !FUNCTION_WORDS.has(word))
    .some((word) => baseForms(word).some((form) => terms.has(form)));
}


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
    if (!hedgesWhatOtherReports(hedged, plain)) return undefined;
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
