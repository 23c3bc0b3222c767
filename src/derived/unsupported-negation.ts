import { quoted } from '../compare/rule.js';
import type { Claim, Cue } from '../types.js';
import { FUNCTION_WORDS } from '../util/text.js';
import { defineDerivedRule, type Unsupported } from './rule.js';

/** How many content words after a negation cue say what it negates ("not required to delete" → required, delete). */
const GOVERNED_WORDS = 2;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** A crude stem, enough to meet "required" with "require" and "deleting" with "deleted". */
function stem(word: string): string {
  return word.slice(0, Math.max(4, word.length - 3));
}

/** The content words a negation cue governs, with the end of the last one in the claim text (0-based). */
function governed(claim: Claim, cue: Cue): { words: string[]; end: number } {
  const from = cue.span[1] - claim.span[0];
  const words: string[] = [];
  let end = from;
  for (const match of claim.text.slice(from).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (FUNCTION_WORDS.has(word) || word === 'any') continue;
    words.push(word);
    end = from + match.index + match[0].length;
    if (words.length === GOVERNED_WORDS) break;
  }
  return { words, end };
}

export default defineDerivedRule({
  id: 'unsupported-negation',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) negates something its source never negates: "is not required to delete" where the source only says employees must delete.',
  confidence: 0.6,
  against(source) {
    const negatedWords = new Set(source.flatMap((claim) => claim.negations.flatMap((cue) => governed(claim, cue).words.map(stem))));
    return (claim) =>
      claim.negations.flatMap((cue): Unsupported[] => {
        const { words, end } = governed(claim, cue);
        if (words.length === 0 || words.some((word) => negatedWords.has(stem(word)))) return [];
        const start = cue.span[0] - claim.span[0];
        return [{ text: claim.text.slice(start, end), kind: 'negation', start }];
      });
  },
  explain(found, _claim, restated) {
    return { reason: `says ${quoted(found.text)}, but ${restated.article} negates none of it` };
  },
});
