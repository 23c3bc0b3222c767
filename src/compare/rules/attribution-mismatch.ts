import { defineRule, quoteSimilarity, quoted, sameEventShown, substitutedEntities } from '../rule.js';

/** Quotes this alike are the same words. */
const SAME_WORDS = 0.8;

/** Capitalised words of a quote, except its first word and the first after a full stop. */
function namesIn(quote: string): Set<string> {
  return new Set([...quote.matchAll(/(?<![.!?]\s|^["“‘']?)\b\p{Lu}[\p{L}’'-]+/gu)].map((match) => match[0].toLowerCase()));
}

/**
 * Two quotes that each name something the other does not ("protect Halvik" / "protect Ostrava
 * Pass") are two statements in one mould, not one statement given to two speakers.
 */
function nameOtherThings(x: string, y: string): boolean {
  const namesX = namesIn(x);
  const namesY = namesIn(y);
  return [...namesX].some((name) => !namesY.has(name)) && [...namesY].some((name) => !namesX.has(name));
}

export default defineRule({
  id: 'attribution-mismatch',
  kind: 'attribution',
  description: 'The same quotation attributed to different speakers; speakers who each speak for a body the other does not ("of Apple" / "of Amazon") made two statements in the same words.',
  check(a, b, context) {
    const x = a.attribution;
    const y = b.attribution;
    if (!x?.quote || !y?.quote || !x.speakerId || !y.speakerId || x.speakerId === y.speakerId) return undefined;
    if (quoteSimilarity(a, b) < SAME_WORDS || !sameEventShown(context) || nameOtherThings(x.quote.text, y.quote.text)) return undefined;
    const values = { a: x.speaker ?? x.speakerId, b: y.speaker ?? y.speakerId };
    const clash = `${context.label(a)} attributes ${quoted(x.quote.text.slice(0, 80))} to ${quoted(values.a)}, ${context.label(b)} to ${quoted(values.b)}`;
    // Each speaker of a body the other does not speak for ("chief executive of Apple" / "of Amazon"): two people saying the same words.
    const [bodies] = substitutedEntities(a, b, ['organization', 'name', 'country']);
    if (bodies) {
      return { verdict: 'different-scope', kind: 'attribution', reason: `${clash}; but they speak for ${quoted(bodies.a.text)} and ${quoted(bodies.b.text)}: two statements in the same words, not a contradiction`, values, confidence: 0.5 };
    }
    return {
      verdict: 'contradict',
      kind: 'attribution',
      reason: clash,
      values,
      confidence: 0.7,
    };
  },
});
