import { quoted } from '../compare/rule.js';
import { baseForms, isPersonNoun } from '../lexicon/wordnet.js';
import type { Claim } from '../types.js';
import { defineDerivedRule, sourceWordForms, type Unsupported } from './rule.js';

/**
 * Words before a title that make it another office or another time: a co-founder is not the
 * founder, a deputy minister not the minister, a former president not the president. "Ex-" and
 * "former" say the same; so do "vice-" and "vice ".
 */
const MODIFIED_TITLE = /\b(co-|ex-|vice[- ]|(?:deputy|acting|assistant|interim|former)\s+)(\p{Ll}[\p{Ll}-]*)/giu;

function modifierKey(written: string): string {
  const modifier = written.toLowerCase().replace(/[-\s]+$/u, '');
  return modifier === 'ex' ? 'former' : modifier;
}

interface ModifiedTitle {
  /** The modifier and the title as written ("co-founder"). */
  text: string;
  /** 0-based offset of `text` in the claim text. */
  start: number;
  /** "former" for "ex-" too, without the hyphen; for comparing. */
  modifier: string;
  /** As written, in lower case ("co-", "acting"). */
  writtenModifier: string;
  /** Base forms of the title, lower case. */
  forms: string[];
}

function modifiedTitles(text: string): ModifiedTitle[] {
  return [...text.matchAll(MODIFIED_TITLE)]
    .map((match) => ({ text: match[0], start: match.index, modifier: modifierKey(match[1]!), writtenModifier: match[1]!.trim().toLowerCase(), forms: baseForms(match[2]!.toLowerCase()) }))
    .filter((title) => title.forms.some(isPersonNoun));
}

/** Where the source uses a title, with or without a modifier. */
interface SourceTitles {
  /** `modifier title` for each modified title the source gives, by every base form. */
  modified: Set<string>;
  /** See sourceWordForms. */
  words: ReturnType<typeof sourceWordForms>;
}

function sourceTitles(source: readonly Claim[]): SourceTitles {
  const modified = new Set<string>();
  for (const claim of source) for (const title of modifiedTitles(claim.text)) for (const form of title.forms) modified.add(`${title.modifier} ${form}`);
  return { modified, words: sourceWordForms(source) };
}

/** A modified title of the derived claim, and the bare title the source gives instead. */
interface UnsupportedTitle extends Unsupported {
  modifier: string;
  sourceSays: string;
}

export default defineDerivedRule({
  id: 'unsupported-title',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) puts "co-", "deputy", "acting", "interim", "assistant", "vice" or "former" before a title its source gives without it: a co-founder where the source names the founder.',
  confidence: 0.6,
  against(source) {
    // Read only once a derived claim gives a modified title: most give none.
    let titles: SourceTitles | undefined;
    return (claim) =>
      modifiedTitles(claim.text).flatMap((title): UnsupportedTitle[] => {
        const given = (titles ??= sourceTitles(source));
        if (title.forms.some((form) => given.modified.has(`${title.modifier} ${form}`))) return [];
        const bare = title.forms.map((form) => given.words.get(form)).find((found) => found !== undefined);
        return bare ? [{ text: title.text, kind: 'entity', start: title.start, evidence: bare.claim, modifier: title.writtenModifier, sourceSays: bare.written }] : [];
      });
  },
  explain(found, _claim, restated) {
    const { text, modifier, sourceSays } = found as UnsupportedTitle;
    return { reason: `says ${quoted(text)}, a title ${restated.article} never gives: “${modifier}” makes it another office or another time`, replaced: sourceSays };
  },
});
