import type { Cue, Modality, Span } from '../types.js';
import type { Sentence } from './sentences.js';

/** Negation cues, including verbs that negate by meaning. */
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|n['’]t|denied|denies|deny|denying|refused|refuses|rejected|rejects|declined to (?:confirm|comment|say)|failed to|dismissed|ruled out|(?:stopped|stops|ceased|ceases|halted|halts)(?= \w+ing\b)|(?:prevented|prevents|barred|bars|banned|bans)(?: \w+)? from)\b|n['’]t\b/gi;
/** Phrases where a negation word does not negate the claim. */
const NOT_NEGATION = /\b(?:not only|no stranger to|no doubt|not least|nothing but|no longer than|no later than|no fewer than|no less than|no more than|not until)\b/gi;

const MODALITY_CUES: [Modality, RegExp][] = [
  ['planned', /\b(?:plans?|planned|planning) to\b|\b(?:is|are|was|were) (?:scheduled|set|due|slated) to\b|\bscheduled (?:for|on)\b|\bwill\b|\b(?:was|were) to (?=\w)|\bintends? to\b|\bpreparing to\b|\bto be held\b/gi],
  ['expected', /\b(?:expected|likely|unlikely) to\b|\bis expected\b|\bare likely\b|\bprobably\b|\bconsidering\b/gi],
  ['possible', /\b(?:may|might|could|possibly|potentially|perhaps)\b|\bwould\b/gi],
  ['reported', /\breportedly\b|\ballegedly\b|\bpurported(?:ly)?\b|\bunconfirmed\b|\breports? (?:of|that|said|suggest)\b|\bis said to\b|\bare said to\b|\bsources? (?:said|says)\b/gi],
];
const MODALITY_ORDER: Modality[] = ['possible', 'expected', 'planned', 'reported', 'asserted'];

/** Modalities that hedge a claim: everything but a plain assertion. */
export const HEDGED_MODALITIES: ReadonlySet<Modality> = new Set(['planned', 'expected', 'possible', 'reported']);

function spanOf(offset: number, match: RegExpMatchArray): Span {
  return [offset + match.index!, offset + match.index! + match[0].length];
}

/** Negation cues in a sentence, minus the phrases that only look negative ("not only", "no stranger to"). */
export function extractNegations(sentence: Sentence): Cue[] {
  const offset = sentence.span[0];
  const ignored = [...sentence.text.matchAll(NOT_NEGATION)].map((match) => spanOf(offset, match));
  const cues: Cue[] = [];
  for (const match of sentence.text.matchAll(NEGATION)) {
    const span = spanOf(offset, match);
    if (ignored.some(([start, end]) => span[0] >= start && span[1] <= end)) continue;
    // "never-before-seen", "no-fly zone": a negation word inside a compound modifies a noun, not the clause.
    const before = sentence.text[match.index! - 1];
    const after = sentence.text[match.index! + match[0].length];
    if (after === '-' || before === '-') continue;
    cues.push({ text: match[0], span });
  }
  return cues;
}

/** "on Sunday, May 10", "Theresa May said": a capitalised "May" inside a sentence, or before a number, is a month or a name. */
function isMonthOrName(text: string, match: RegExpMatchArray): boolean {
  if (match[0] !== 'May') return false;
  return match.index! > 0 || /^May\s+\d/.test(text);
}

/**
 * The claim's modality: the most hedged cue wins ("may" over "planned" over "reported"); a sentence
 * without cues is `asserted`.
 */
export function extractModality(sentence: Sentence): { modality: Modality; cues: Cue[] } {
  const offset = sentence.span[0];
  const found = new Map<Modality, Cue[]>();
  for (const [modality, pattern] of MODALITY_CUES) {
    for (const match of sentence.text.matchAll(pattern)) {
      if (isMonthOrName(sentence.text, match)) continue;
      const cues = found.get(modality) ?? [];
      cues.push({ text: match[0], span: spanOf(offset, match) });
      found.set(modality, cues);
    }
  }
  const modality = MODALITY_ORDER.find((candidate) => found.has(candidate)) ?? 'asserted';
  return { modality, cues: found.get(modality) ?? [] };
}
