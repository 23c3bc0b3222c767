import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types.js';
import { commonNounSingular } from '../lexicon/wordnet.js';

/** One token with its character span in the original article text. */
export interface Token {
  text: string;
  span: Span;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, NUM, …). */
  pos: string;
  /** Lower-case lemma. */
  lemma: string;
  /** True when wink marks the token as inside a negation's scope. */
  negated: boolean;
  stopWord: boolean;
}

/** A wink named entity (DATE, CARDINAL, ORDINAL, …) with its character span. */
export interface WinkEntity {
  type: string;
  text: string;
  span: Span;
}

/** One sentence as wink splits it, with offsets into the original article text. */
export interface RawSentence {
  span: Span;
  tokens: Token[];
  entities: WinkEntity[];
}

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}

/**
 * Longest run of non-space characters handed to wink, in UTF-16 code units. Longer runs are not
 * words (a 100k-character line of dashes, a pasted blob) and wink's tokenizer patterns take time
 * quadratic in a run's length, so they are blanked out before tokenizing; offsets are unchanged.
 */
export const MAX_TOKEN_LENGTH = 256;
const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/**
 * wink tags a capitalised plural that opens a sentence ("Talks resumed", "Employers have offered")
 * as a proper noun and leaves it uninflected, so it would not match "talk" or "employer" elsewhere.
 * When WordNet knows the singular as a common noun and the word itself not as a name, the token
 * becomes the common noun it is.
 */
function retagOpeningPlural(tokens: Token[]): void {
  const opening = tokens.find((token) => token.pos !== 'PUNCT');
  if (!opening || opening.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+s$/u.test(opening.text)) return;
  const singular = commonNounSingular(opening.lemma);
  if (singular) {
    opening.pos = 'NOUN';
    opening.lemma = singular;
  }
}

/** "SUVs", "MPs", "NGOs": the plural of an acronym is a common noun, though wink tags it a name. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/**
 * Runs wink over `text.slice(start, end)` and maps every token back to offsets in `text`.
 * wink keeps each token's text and the white space before it, so the offsets are exact.
 */
export function analyse(text: string, start: number, end: number): RawSentence[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(start, end).replace(OVERLONG_RUN, (run) => ' '.repeat(run.length)));
  const tokenSpans: Span[] = [];
  const tokens: Token[] = [];
  // Read a column at a time: one call per property for the whole document, not one per token.
  const all = doc.tokens();
  const surfaces = all.out() as string[];
  const precedingSpaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.pos) as string[];
  const negationFlags = all.out(its.negationFlag) as unknown as boolean[];
  const stopWordFlags = all.out(its.stopWordFlag) as unknown as boolean[];
  let cursor = start;
  for (let index = 0; index < surfaces.length; index++) {
    const surface = surfaces[index]!;
    const preceding = precedingSpaces[index] ?? '';
    let tokenStart = cursor + preceding.length;
    // wink may normalise white space it reports; find the token's real position nearby to stay exact.
    const found = text.slice(cursor, tokenStart + 8 + surface.length).indexOf(surface);
    if (found >= 0) tokenStart = cursor + found;
    const span: Span = [tokenStart, tokenStart + surface.length];
    cursor = span[1];
    tokenSpans.push(span);
    const acronymPlural = tags[index] === 'PROPN' && ACRONYM_PLURAL.test(surface);
    tokens.push({
      text: surface,
      span,
      pos: acronymPlural ? 'NOUN' : tags[index]!,
      lemma: acronymPlural ? surface.slice(0, -1).toLowerCase() : String(lemmas[index]).toLowerCase(),
      negated: Boolean(negationFlags[index]),
      stopWord: Boolean(stopWordFlags[index]),
    });
  }
  const sentences: RawSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    if (tokenSpans[first] === undefined || tokenSpans[last] === undefined) return;
    const sentenceTokens = tokens.slice(first, last + 1);
    retagOpeningPlural(sentenceTokens);
    sentences.push({ span: [tokenSpans[first]![0], tokenSpans[last]![1]], tokens: sentenceTokens, entities: [] });
  });
  // Entities and sentences both come in text order, so one forward walk finds each entity's sentence.
  let owner = 0;
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const span: Span = [tokenSpans[first]![0], tokenSpans[last]![1]];
    while (owner < sentences.length && sentences[owner]!.span[1] < span[1]) owner++;
    const sentence = sentences[owner];
    if (sentence && sentence.span[0] <= span[0]) sentence.entities.push({ type: entity.out(its.type) as string, text: text.slice(span[0], span[1]), span });
  });
  return sentences;
}

const sentimentCache = new Map<string, number>();

/** Sentiment of one word or short phrase from wink's lexicon, -1..1 (0 when neutral or unknown). */
export function phraseSentiment(phrase: string): number {
  const key = phrase.toLowerCase();
  let value = sentimentCache.get(key);
  if (value === undefined) {
    const nlp = wink();
    value = Number(nlp.readDoc(key).out(nlp.its.sentiment)) || 0;
    sentimentCache.set(key, value);
  }
  return value;
}
