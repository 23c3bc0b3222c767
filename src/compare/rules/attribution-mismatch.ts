import { defineRule, quoteSimilarity, quoted, sameEventShown } from '../rule.js';

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
  description: 'The same quotation attributed to different speakers.',
  check(a, b, context) {
    const x = a.attribution;
    const y = b.attribution;
    if (!x?.quote || !y?.quote || !x.speakerId || !y.speakerId || x.speakerId === y.speakerId) return undefined;
    if (quoteSimilarity(a, b) < SAME_WORDS || !sameEventShown(context) || nameOtherThings(x.quote.text, y.quote.text)) return undefined;
    const values = { a: x.speaker ?? x.speakerId, b: y.speaker ?? y.speakerId };
    return {
      verdict: 'contradict',
      kind: 'attribution',
      reason: `${context.label(a)} attributes ${quoted(x.quote.text.slice(0, 80))} to ${quoted(values.a)}, ${context.label(b)} to ${quoted(values.b)}`,
      values,
      confidence: 0.7,
    };
  },
});
