import { quoted } from '../compare/rule.js';
import { antonymsOf, areDirectAntonyms, negatingPrefix, prefixOpposites } from '../lexicon/antonyms.js';
import { baseForms } from '../lexicon/wordnet.js';
import type { Claim } from '../types.js';
import { FUNCTION_WORDS } from '../util/text.js';
import { defineDerivedRule, type Unsupported } from './rule.js';

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** How many words either side of a word are its neighbours, which tie "old image" to "new … image". */
const NEIGHBOURHOOD = 2;
/** A negation cue this many words or fewer before a word turns it around ("did not start" is "stopped"). */
const NEGATION_REACH = 3;

interface Word {
  /** Lower case. */
  text: string;
  /** 0-based offset in the claim text. */
  start: number;
  /** Base forms of content words (see `baseForms`); empty for function words. */
  forms: string[];
  /** Whether a negation cue of the claim governs it. */
  negated: boolean;
}

function words(claim: Claim): Word[] {
  const found = [...claim.text.matchAll(WORD)];
  const cueEnds = claim.negations.map((cue) => cue.span[1] - claim.span[0]);
  return found.map((match, index) => {
    const text = match[0].toLowerCase();
    const content = text.length >= 3 && !FUNCTION_WORDS.has(text);
    const negated = cueEnds.some((end) => end <= match.index && found.slice(Math.max(0, index - NEGATION_REACH), index).some((before) => before.index! + before[0].length >= end));
    return { text, start: match.index, forms: content ? baseForms(text) : [], negated };
  });
}

function neighbourForms(list: readonly Word[], at: number): Set<string> {
  return new Set([...list.slice(Math.max(0, at - NEIGHBOURHOOD), at), ...list.slice(at + 1, at + 1 + NEIGHBOURHOOD)].flatMap((word) => word.forms));
}

interface Occurrence {
  claim: Claim;
  words: Word[];
  at: number;
}

/** A word of the derived claim whose opposite the source says instead. */
interface OppositeWord extends Unsupported {
  /** The source's word, as written there. */
  opposite: string;
  /** The prefix that makes one word the other negated ("un-" for "crewed" / "uncrewed"); absent for a WordNet antonym. */
  prefix?: string;
}

/** The source's words, by base form, in source order. */
function sourceIndex(source: readonly Claim[]): Map<string, Occurrence[]> {
  const index = new Map<string, Occurrence[]>();
  for (const claim of source) {
    const list = words(claim);
    list.forEach((word, at) => {
      for (const form of new Set(word.forms)) {
        const occurrences = index.get(form) ?? [];
        occurrences.push({ claim, words: list, at });
        index.set(form, occurrences);
      }
    });
  }
  return index;
}

/**
 * Where the source says the opposite of a word it never uses: a noun's direct WordNet antonym
 * anywhere in it ("sister" against "brother"), or any WordNet antonym, or the word negated by a
 * prefix, beside one of the same neighbours ("old image" against "new Webb image", "crewed
 * aircraft" against "uncrewed aircraft"); adjectives and verbs need the neighbour, since
 * "new" and "old" in one story are often about different things. Negated words on either side are
 * left alone.
 */
function oppositeInSource(word: Word, neighbours: ReadonlySet<string>, index: ReadonlyMap<string, Occurrence[]>): Occurrence | undefined {
  const antonyms = new Set([...word.forms.flatMap((form) => [...antonymsOf(form)]), ...prefixOpposites(word.text)]);
  let best: Occurrence | undefined;
  for (const antonym of antonyms) {
    for (const occurrence of index.get(antonym) ?? []) {
      const theirs = occurrence.words[occurrence.at]!;
      if (theirs.negated) continue;
      const direct = word.forms.some((form) => theirs.forms.some((other) => areDirectAntonyms(form, other, ['n'])));
      if (!direct && ![...neighbourForms(occurrence.words, occurrence.at)].some((form) => neighbours.has(form))) continue;
      // The first in the source, whichever antonym it is.
      if (!best || occurrence.claim.span[0] + theirs.start < best.claim.span[0] + best.words[best.at]!.start) best = occurrence;
      break;
    }
  }
  return best;
}

export default defineDerivedRule({
  id: 'unsupported-antonym',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) uses a word its source never uses where the source says its WordNet antonym, or the word negated by a prefix: an "old image" of what the source calls a new one, "crewed aircraft" for uncrewed ones.',
  confidence: 0.55,
  against(source) {
    const index = sourceIndex(source);
    return (claim) => {
      const list = words(claim);
      return list.flatMap((word, at): OppositeWord[] => {
        if (word.forms.length === 0 || word.negated || word.forms.some((form) => index.has(form))) return [];
        // A capital inside the sentence marks a name, which has no antonym.
        if (at > 0 && /^\p{Lu}/u.test(claim.text[word.start]!)) return [];
        const occurrence = oppositeInSource(word, neighbourForms(list, at), index);
        if (!occurrence) return [];
        const theirs = occurrence.words[occurrence.at]!;
        const prefix = negatingPrefix(word.text, theirs.text);
        return [
          {
            ...(prefix === undefined ? {} : { prefix }),
            text: claim.text.slice(word.start, word.start + word.text.length),
            kind: 'antonym',
            start: word.start,
            evidence: occurrence.claim,
            opposite: occurrence.claim.text.slice(theirs.start, theirs.start + theirs.text.length),
          },
        ];
      });
    };
  },
  explain(found, _claim, restated) {
    const { text, opposite, prefix } = found as OppositeWord;
    const why = prefix === undefined ? `WordNet gives it as the antonym of the word ${restated.article} uses` : `it is the word ${restated.article} uses with the negating prefix “${prefix}” ${text.length > opposite.length ? 'added' : 'taken away'}`;
    return { reason: `says ${quoted(text)}, which ${restated.article} never says: ${why}`, replaced: opposite };
  },
});
