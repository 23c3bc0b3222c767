import type { ChangeObject } from 'diff';
import type { Claim } from '../../types.js';
import { baseForms, isKnownWordForm } from '../../lexicon/wordnet.js';
import { antonymousHeads, areAntonyms, negatingPrefix } from '../../lexicon/antonyms.js';
import { phraseSentiment } from '../../extract/nlp.js';
import { defineRule, quoted, saysOtherThings, scopeReason } from '../rule.js';
import { mentionsName } from '../../util/text.js';
import { MAX_HUNK_WORDS, contentWords, nameAsWritten, related, replacements, writtenAsName, type Substitution } from '../word-swaps.js';

/** Only near-copies (wire copy and its rewrites, a summary of one sentence) are compared word by word. */
const MIN_SIMILARITY = 0.45;
/**
 * The word swaps of two near-copies: replaced stretches of a few words. When a long stretch is
 * replaced by another long one ("called for calm and more dialogue" / "said networks had worked
 * without disruption"), the two say different things in one mould, and a name swapped beside it is
 * not a substitution within one statement: there are none.
 */
function substitutions(parts: readonly ChangeObject<string>[]): Substitution[] {
  const swaps = replacements(parts).filter(({ removed, added }) => removed.length > 0 && added.length > 0);
  if (swaps.some(({ removed, added }) => removed.length + added.length > 2 * MAX_HUNK_WORDS)) return [];
  return swaps.filter(({ removed, added }) => removed.length <= MAX_HUNK_WORDS && added.length <= MAX_HUNK_WORDS);
}

/** Words at least this far from neutral, on opposite sides, reverse the claim ("troubled" → "triumphant"). */
const POLARITY = 0.3;

interface Swap {
  kind: 'antonym' | 'entity' | 'location';
  original: string;
  replacement: string;
  why: string;
}

/** Whether a lower-case word is part of a place or country the claim names. */
function namesPlace(claim: Claim, word: string): boolean {
  return claim.entities.some((entity) => (entity.type === 'place' || entity.type === 'country') && contentWords(entity.text).includes(word));
}

/** The first replaced word that changes the fact: an antonym, a reversed sentiment, or another name (of a place: a location). */
function factChangingSwap(removed: string[], added: string[], a: Claim, b: Claim): Swap | undefined {
  // A word replaced by its opposite is a swap of like for like; "welcomed the step" → "complained
  // about rising prices" is another statement.
  const likeForLike = removed.length === added.length;
  for (const original of removed) {
    for (const replacement of added) {
      if (/\d/.test(original) || /\d/.test(replacement) || related(original, replacement)) continue;
      // A word the other claim also says elsewhere was moved, not replaced: "The court acquitted two
      // executives who had been accused …" / "Two executives were acquitted …".
      if (mentionsName(b.text, original) || mentionsName(a.text, replacement)) continue;
      if (likeForLike && baseForms(original).some((x) => baseForms(replacement).some((y) => areAntonyms(x, y)))) {
        return { kind: 'antonym', original, replacement, why: 'its antonym' };
      }
      const prefix = likeForLike ? negatingPrefix(original, replacement) : undefined;
      if (prefix) return { kind: 'antonym', original, replacement, why: `its opposite by the prefix “${prefix}”` };
      // "anti-corruption" → "pro-corruption": one compound with its first part turned to the opposite.
      const heads = likeForLike ? antonymousHeads(original, replacement, areAntonyms) : undefined;
      if (heads) return { kind: 'antonym', original, replacement, why: `“${heads[1]}” for “${heads[0]}”, its antonym` };
      const before = phraseSentiment(original);
      const after = phraseSentiment(replacement);
      if (likeForLike && Math.abs(before) >= POLARITY && Math.abs(after) >= POLARITY && Math.sign(before) !== Math.sign(after)) {
        return { kind: 'antonym', original, replacement, why: 'the opposite in sense' };
      }
      if (writtenAsName(original, a) && writtenAsName(replacement, b) && !isKnownWordForm(replacement.toLowerCase())) {
        const place = namesPlace(a, original) || namesPlace(b, replacement);
        return { kind: place ? 'location' : 'entity', original: nameAsWritten(a, original), replacement: nameAsWritten(b, replacement), why: place ? 'another place' : 'another name' };
      }
    }
  }
  return undefined;
}

export default defineRule({
  id: 'word-substitution',
  kind: 'antonym',
  description: 'Near-copies of one sentence where a word was replaced by its antonym (WordNet, or the word with a negating prefix: "crewed" → "uncrewed"), by a word of opposite sense ("troubled" → "triumphant", by wink\'s sentiment lexicon), or a name by another name (kind `location` when it names a place). Synonyms and more general words (WordNet) are left alone.',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    for (const { removed, added } of substitutions(context.normalizedDiff() ?? [])) {
      const swap = factChangingSwap(removed, added, a, b);
      if (!swap) continue;
      if (swap.kind === 'antonym' && (a.negations.length > 0) !== (b.negations.length > 0)) return undefined;
      // A name swapped in a sentence that says other things of the rest is another statement.
      if (swap.kind !== 'antonym' && saysOtherThings(a, b)) return undefined;
      const values = { a: swap.original, b: swap.replacement };
      const clash = `${context.label(a)} says ${quoted(swap.original)} where ${context.label(b)} says ${quoted(swap.replacement)}, ${swap.why}`;
      const scoped = scopeReason(context, a, b, clash);
      if (scoped) return { verdict: 'different-scope', kind: swap.kind, reason: scoped, values, confidence: 0.5 };
      return { verdict: 'contradict', kind: swap.kind, reason: clash, values, confidence: 0.6 };
    }
    return undefined;
  },
});
