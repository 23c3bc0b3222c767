import { quoted } from '../compare/rule.js';
import { baseForms, isKnownWordForm, generalises } from '../lexicon/wordnet.js';
import { isAmountWord } from '../extract/quantities.js';
import { isMonthOrWeekday } from '../util/dates.js';
import { FUNCTION_WORDS } from '../util/text.js';
import type { Claim } from '../types.js';
import { defineDerivedRule, sourceWordForms, type Unsupported } from './rule.js';

/**
 * Words that say someone is accused of something, with the prepositions that bring in what
 * ("accused of", "charged with", "arrested for", "pleaded guilty to"). "On" and "over" bring in
 * other things too ("arrested on arrival", "convicted on appeal"), so what they bring in counts
 * only as the words before a noun for the charge ("arrested on fraud charges").
 */
const ACCUSATION = /\b(?:(?:accus(?:ed|es|ing|ations?)|allegations?|charged|charges|suspected|suspicion|arrested|detained|jailed|convicted|conviction|acquitted|guilty|indicted|indictment|prosecuted|investigated)\s+(of|for|with|on|over)|(guilty)\s+(to))\s+/giu;
const NEEDS_CHARGE_NOUN = new Set(['on', 'over']);
/** Nouns that name the accusation itself, not what it is of: in "arrested on fraud charges" the charge is "fraud". */
const ACCUSATION_NOUNS = new Set(['charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'suspicion', 'counts', 'count']);
/** Words that end what an accusation names: pronouns and words that open another part of the sentence. */
const OBJECT_END = new Set(['them', 'him', 'her', 'himself', 'herself', 'themselves', 'against', 'after', 'since', 'during', 'which', 'who', 'while', 'when', 'because', 'including', 'last', 'this', 'next']);
/** What an accusation names is short ("fraud", "money laundering", "illegal arms trade"). */
const MAX_OBJECT_WORDS = 3;
const WORD = /[\p{L}][\p{L}'’-]*|\S/gu;

/** What a text says someone is accused of: each run of lower-case words after an accusation, with its offset in the text. */
export function accusedOf(text: string): { text: string; start: number; words: string[] }[] {
  const found: { text: string; start: number; words: string[] }[] = [];
  for (const accusation of text.matchAll(ACCUSATION)) {
    const from = accusation.index + accusation[0].length;
    const words: { word: string; start: number; end: number }[] = [];
    let endsWithChargeNoun = false;
    for (const match of text.slice(from).matchAll(WORD)) {
      const word = match[0];
      const lower = word.toLowerCase();
      // A name, a figure or an amount, a date, punctuation or a function word ends it, and so does a noun for the charge itself after the words it names.
      if (!/^\p{Ll}/u.test(word) || FUNCTION_WORDS.has(lower) || OBJECT_END.has(lower) || isMonthOrWeekday(lower) || isAmountWord(lower)) break;
      if (ACCUSATION_NOUNS.has(lower)) {
        endsWithChargeNoun = true;
        if (words.length > 0) break;
        continue;
      }
      if (words.length === MAX_OBJECT_WORDS) break;
      words.push({ word: lower, start: from + match.index, end: from + match.index + word.length });
    }
    const preposition = (accusation[1] ?? accusation[3]!).toLowerCase();
    if (words.length === 0 || (NEEDS_CHARGE_NOUN.has(preposition) && !endsWithChargeNoun)) continue;
    const start = words[0]!.start;
    found.push({ text: text.slice(start, words.at(-1)!.end), start, words: words.map((word) => word.word) });
  }
  return found;
}

/** Whether the source uses the word, in one of its forms, or a word it generalises (see generalises: "fraud" supports "crime", not the other way). */
function supported(word: string, sourceForms: ReadonlyMap<string, unknown>): boolean {
  const forms = baseForms(word);
  if (forms.some((form) => sourceForms.has(form))) return true;
  for (const sourceForm of sourceForms.keys()) if (forms.some((form) => generalises(sourceForm, form))) return true;
  return false;
}

/** A charge of the derived claim, with the source's own statement of a charge when it makes one. */
interface UnsupportedCharge extends Unsupported {
  sourceSays?: string;
}

export default defineDerivedRule({
  id: 'unsupported-charge',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) says someone is accused, charged, arrested or convicted of something its source never names: "accusations of tax evasion" where the source speaks only of human trafficking.',
  confidence: 0.6,
  against(source) {
    // Read only once a derived claim states a charge: most state none.
    let read: { forms: ReturnType<typeof sourceWordForms>; charge: { claim: Claim; text: string } | undefined } | undefined;
    const readSource = () => {
      // The source's own statement of a charge is the evidence shown beside the derived one.
      const charging = source.map((claim) => ({ claim, accused: accusedOf(claim.text)[0] })).find(({ accused }) => accused !== undefined);
      return { forms: sourceWordForms(source), charge: charging && { claim: charging.claim, text: charging.accused!.text } };
    };
    return (claim) =>
      accusedOf(claim.text).flatMap((accused): UnsupportedCharge[] => {
        const { forms, charge } = (read ??= readSource());
        if (!accused.words.some((word) => isKnownWordForm(word) && !supported(word, forms))) return [];
        return [{ text: accused.text, kind: 'entity', start: accused.start, ...(charge ? { evidence: charge.claim, sourceSays: charge.text } : {}) }];
      });
  },
  explain(found, _claim, restated) {
    const { text, sourceSays } = found as UnsupportedCharge;
    const reason = `says someone is accused of ${quoted(text)}, which ${restated.article} never mentions`;
    return sourceSays === undefined ? { reason } : { reason, replaced: sourceSays };
  },
});
