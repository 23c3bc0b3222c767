import { baseForms } from '../lexicon/wordnet.js';
import type { Claim, FindingKind } from '../types.js';
import { FUNCTION_WORDS } from '../util/text.js';

/** Something a derived claim says that its source does not support. */
export interface Unsupported {
  /** As written in the derived claim: a whole name ("UFO Media"), a figure ("39"), a negation ("not required"). */
  text: string;
  kind: FindingKind;
  /** 0-based offset of `text` in the derived claim's text. */
  start: number;
  /** The source claim that says otherwise, when the rule found one; else the closest source claim is shown. */
  evidence?: Claim;
}

/** How a finding reads, after "<derived>, which restates <source>, …". */
export interface Explanation {
  /** Names the unsupported value and why it matters, e.g. `names “UFO Media”, which source never mentions`. */
  reason: string;
  /** What the source says in its place, when that can be shown. */
  replaced?: string;
}

/**
 * A check of derived articles (summaries, rewrites) against the source they restate. The rule
 * reads the source's claims once; the function it returns lists what one derived claim says that
 * the source does not support.
 */
export interface DerivedRule {
  /** Kebab-case id; the rule lives in `derived/<id>.ts` and is documented in `docs/rules/<id>.md`. */
  id: string;
  description: string;
  against(source: readonly Claim[]): (claim: Claim) => Unsupported[];
  /** `restated` is the source claim the derived one restates, shown as the evidence beside it. */
  explain(found: Unsupported, claim: Claim, restated: Claim): Explanation;
  /** 0..1. */
  confidence: number;
}

export function defineDerivedRule(rule: DerivedRule): DerivedRule {
  return rule;
}

const SOURCE_WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * The base forms (see `baseForms`) of a source's content words, each with the first claim that uses
 * it and the word as written there, a possessive "'s" dropped. For rules that ask whether the source
 * uses a word in any of its forms.
 */
export function sourceWordForms(source: readonly Claim[]): Map<string, { claim: Claim; written: string }> {
  const forms = new Map<string, { claim: Claim; written: string }>();
  for (const claim of source) {
    for (const match of claim.text.matchAll(SOURCE_WORD)) {
      const written = match[0].replace(/['’]s$/u, '');
      const word = written.toLowerCase();
      if (FUNCTION_WORDS.has(word)) continue;
      for (const form of baseForms(word)) if (!forms.has(form)) forms.set(form, { claim, written });
    }
  }
  return forms;
}
