import stringSimilarity from 'string-similarity';
import { diffWords } from 'diff';
import { asWritten, normalizeText } from '../../util/text.js';
import { defineRule, quoted, scopeReason } from '../rule.js';

/** Quotes at least this alike are the same quotation, worded differently. */
const SAME_QUOTE = 0.55;
/** Dice similarity above which two words are taken for forms of one word. */
const MORPHOLOGICAL_VARIANT = 0.6;
const FUNCTION_WORDS = new Set('a an the and or of to in on at for by with as that this is are was were be it its'.split(' '));

function comparable(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, '').trim();
}

/** Whether there are two or more phrases and each is a name: every word capitalised. */
function severalNamesOnly(phrases: readonly string[]): boolean {
  return phrases.length >= 2 && phrases.every((phrase) => phrase.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)));
}

export default defineRule({
  id: 'quote-wording',
  kind: 'quote',
  description: 'The same speaker quoted in overlapping but different words: identical agrees, differences only in small words are compatible, changed content words contradict.',
  check(a, b, context) {
    const x = a.attribution;
    const y = b.attribution;
    if (!x?.quote || !y?.quote) return undefined;
    if (x.speakerId && y.speakerId && x.speakerId !== y.speakerId) return undefined;
    const qa = comparable(x.quote.text);
    const qb = comparable(y.quote.text);
    const similarity = stringSimilarity.compareTwoStrings(qa, qb);
    if (similarity < SAME_QUOTE) return undefined;
    const values = { a: x.quote.text, b: y.quote.text };
    const speaker = x.speaker ?? y.speaker ?? 'the speaker';
    if (qa === qb) return { verdict: 'agree', kind: 'quote', reason: `${context.label(a)} and ${context.label(b)} quote ${speaker} word for word`, values, confidence: 0.95 };
    const parts = diffWords(qa, qb);
    const contentWords = (removed: boolean) =>
      parts
        .filter((part) => (removed ? part.removed : part.added))
        .flatMap((part) => part.value.split(/\s+/))
        .filter((word) => word && !FUNCTION_WORDS.has(word));
    const removedWords = contentWords(true);
    const addedWords = contentWords(false);
    // "connection" for "connectivity" is the same word in another form, not a misquote.
    const sameWordOtherForm = (word: string, others: string[]) => others.some((other) => stringSimilarity.compareTwoStrings(word, other) >= MORPHOLOGICAL_VARIANT);
    const changedWordsA = new Set(removedWords.filter((word) => !sameWordOtherForm(word, addedWords)));
    const changedWordsB = new Set(addedWords.filter((word) => !sameWordOtherForm(word, removedWords)));
    if (changedWordsA.size === 0 && changedWordsB.size === 0) return { verdict: 'compatible', kind: 'quote', reason: `${context.label(a)} and ${context.label(b)} quote ${speaker} with only small-word differences`, values, confidence: 0.7 };
    /** Runs of changed words within one changed stretch, as the quote writes them ("Kestrel Bay"). */
    const phrases = (removed: boolean, changed: Set<string>, quote: string) =>
      parts
        .filter((part) => (removed ? part.removed : part.added))
        .flatMap((part) => {
          const runs: string[][] = [[]];
          for (const word of part.value.split(/\s+/).filter(Boolean)) {
            if (changed.has(word)) runs.at(-1)!.push(word);
            else if (runs.at(-1)!.length > 0) runs.push([]);
          }
          return runs.filter((run) => run.length > 0).map((run) => run.map((word) => asWritten(word, quote)).join(' '));
        });
    const changedA = phrases(true, changedWordsA, x.quote.text);
    const changedB = phrases(false, changedWordsB, y.quote.text);
    const words = (list: string[]) => list.slice(0, 3).map(quoted).join(', ');
    const difference =
      changedA.length === 0 ? `${context.label(b)} has ${words(changedB)}, which ${context.label(a)} leaves out`
      : changedB.length === 0 ? `${context.label(a)} has ${words(changedA)}, which ${context.label(b)} leaves out`
      : `${context.label(a)} has ${words(changedA)} where ${context.label(b)} has ${words(changedB)}`;
    const clash = `${context.label(a)} and ${context.label(b)} quote ${speaker} differently: ${difference}`;
    // Two or more names swapped on each side ("protect Varn Island and Estavia" / "protect Ostrava
    // Pass and Ruvenia") is another statement in the same mould, not one statement misquoted.
    if (severalNamesOnly(changedA) && severalNamesOnly(changedB)) {
      return { verdict: 'different-scope', kind: 'quote', reason: `${clash}; but every change is a name, two or more on each side: another statement in the same words, not a misquote`, values, confidence: 0.5 };
    }
    // A speaker may say much the same twice; only two reports of one event can misquote each other.
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'quote', reason: scoped, values, confidence: 0.5 };
    return {
      verdict: 'contradict',
      kind: 'quote',
      reason: clash,
      values,
      confidence: Math.round(similarity * 80) / 100,
    };
  },
});
