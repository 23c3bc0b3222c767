import type { Claim } from '../../types.js';
import { areSynonyms, baseForms } from '../../lexicon/wordnet.js';
import { defineRule, quoted, scopeReason } from '../rule.js';

/** Below this similarity two sentences say different things, and a negation in one is not about the other. */
const MIN_SIMILARITY = 0.4;

function cueWords(claim: Claim): string[] {
  return claim.negations.map((cue) => cue.text.toLowerCase());
}

// A comma inside a figure ("84,000") breaks no clause.
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—–]|\b(?:although|though|but|while|whereas|however)\b/gi;
/** A negated clause must share at least this share of its content words with the other claim to be about the same thing. */
const MIN_CLAUSE_OVERLAP = 0.5;
/** The share needed when the negated word itself is not in the other claim: about two thirds. */
const MIN_OVERLAP_OTHER_WORD = 0.65;

const AUXILIARIES = new Set(['been', 'being', 'have', 'having', 'that', 'this', 'with', 'from', 'into', 'only', 'even', 'ever', 'also', 'more', 'very', 'much', 'their', 'there']);

/** Crude stem for overlap counts: lower case, first five letters. */
function stem(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/**
 * Whether the other claim says the negated word, or the phrasal verb it starts, by a WordNet synonym,
 * itself a word or a phrasal verb ("has not called back" / "is recalling", "is not recalling" /
 * "has called back"). Not by a broader word: "without disruption" is not what "warned of delays"
 * speaks of.
 */
function saysInOtherWords(word: string, next: string | undefined, other: Claim): boolean {
  const withPhrases = (first: string, second: string | undefined) => {
    const forms = baseForms(first);
    return second === undefined ? forms : [...forms, ...forms.map((form) => `${form} ${second}`)];
  };
  const mine = withPhrases(word, next);
  const otherWords = other.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const theirs = otherWords.flatMap((candidate, index) => (candidate.length >= 3 ? withPhrases(candidate, otherWords[index + 1]) : []));
  return mine.some((form) => theirs.some((their) => areSynonyms(form, their)));
}

/** Whether the clause holding the negation is about what the other claim says ("no confirmed plans" in an aside is not). */
function negatedClauseShared(negated: Claim, other: Claim): boolean {
  const cue = negated.negations[0]!;
  const position = cue.span[0] - negated.span[0];
  const breaks = [...negated.text.matchAll(CLAUSE_BREAK)].map((match) => match.index!);
  const start = Math.max(0, ...breaks.filter((index) => index < position));
  const endCandidates = breaks.filter((index) => index > position);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) : negated.text.length;
  const words = negated.text.slice(start, end).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4 && word.toLowerCase() !== cue.text.toLowerCase() && !AUXILIARIES.has(word.toLowerCase()));
  if (words.length === 0) return true;
  const otherStems = new Set(other.text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4).map(stem));
  // What is negated is the word after the cue ("without disruption", "did not destroy"). When the
  // other claim does not speak of it, only a near-copy of the rest is the same statement; else the
  // two say different things in one frame ("officials said X" / "officials said not Y").
  const after = negated.text
    .slice(cue.span[1] - negated.span[0], end)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const at = after.findIndex((word) => word.length >= 4 && !AUXILIARIES.has(word.toLowerCase()));
  const spokenOf = at < 0 || otherStems.has(stem(after[at]!)) || saysInOtherWords(after[at]!.toLowerCase(), after[at + 1]?.toLowerCase(), other);
  const needed = spokenOf ? MIN_CLAUSE_OVERLAP : MIN_OVERLAP_OTHER_WORD;
  return words.filter((word) => otherStems.has(stem(word))).length / words.length >= needed;
}

export default defineRule({
  id: 'negation-polarity',
  kind: 'negation',
  description: 'Two closely matching claims where one is negated ("did not", "denied", "declined to confirm") and the other is not.',
  check(a, b, context) {
    if (context.pair.similarity < MIN_SIMILARITY) return undefined;
    const x = cueWords(a);
    const y = cueWords(b);
    if ((x.length > 0) === (y.length > 0)) return undefined;
    const [negated, plain] = x.length > 0 ? [a, b] : [b, a];
    if (!negatedClauseShared(negated, plain)) return undefined;
    const cue = negated.negations[0]!.text;
    const values = { a: x.length > 0 ? cue : '(affirmative)', b: y.length > 0 ? b.negations[0]!.text : '(affirmative)' };
    const clash = `${context.label(negated)} negates it with ${quoted(cue)}, ${context.label(plain)} states it without negation`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'negation', reason: scoped, values, confidence: 0.6 };
    return { verdict: 'contradict', kind: 'negation', reason: clash, values, confidence: 0.65 };
  },
});
