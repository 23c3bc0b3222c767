import type { Article, Span } from '../types.js';
import { analyse, type RawSentence, type WinkEntity } from './nlp.js';

/** A sentence of an article, with the context the claim extractors need. */
export interface Sentence extends RawSentence {
  text: string;
  /** The sentence is a whole line with no closing punctuation: a headline or subheading. */
  headline: boolean;
  /** The sentence starts inside a quotation opened by an earlier sentence. */
  continuesQuote: boolean;
}

/** Sentence ends that wink splits wrongly: "ROK-U." ‖ "S. alliance", "U.S.-" compounds. */
const BROKEN_ABBREVIATION_END = /(?:\b[A-Z]{1,4}-)?\b[A-Z]\.$/;
const ABBREVIATION_CONTINUATION = /^[A-Z]\.(?:[A-Z]\.)*(?:[\s-]|$)/;
const TITLE_END = /\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Rev|St|No|Jr|Sr|Inc|Co|Corp|Ltd|vs|U\.S|U\.N|U\.K|E\.U)\.$/;

/** Whether a quotation is still open after reading `text`, given whether one was open before. */
function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (const char of text) {
    if (char === '“') open = true;
    else if (char === '”') open = false;
    else if (char === '"') open = !open;
  }
  return open;
}

/** Most tokens one sentence may hold; far beyond any real sentence (news sentences run to ~80). */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Cuts a run-on "sentence" (a line with no punctuation, a pasted table) into pieces of at most
 * MAX_SENTENCE_TOKENS tokens, so that per-sentence extraction stays linear in the article's length.
 */
function boundedPieces(sentence: RawSentence): RawSentence[] {
  if (sentence.tokens.length <= MAX_SENTENCE_TOKENS) return [sentence];
  const pieces: RawSentence[] = [];
  let entity = 0;
  for (let first = 0; first < sentence.tokens.length; first += MAX_SENTENCE_TOKENS) {
    const tokens = sentence.tokens.slice(first, first + MAX_SENTENCE_TOKENS);
    const span: Span = [tokens[0]!.span[0], tokens.at(-1)!.span[1]];
    const entities: WinkEntity[] = [];
    // Entities come in text order: walk them once; one cut in two by a piece boundary is dropped.
    while (entity < sentence.entities.length && sentence.entities[entity]!.span[0] < span[1]) {
      const candidate = sentence.entities[entity++]!;
      if (span[0] <= candidate.span[0] && candidate.span[1] <= span[1]) entities.push(candidate);
    }
    pieces.push({ span, tokens, entities });
  }
  return pieces;
}

function shouldJoin(text: string, previous: Span, next: Span): boolean {
  const before = text.slice(previous[0], previous[1]);
  const after = text.slice(next[0], next[1]);
  if (BROKEN_ABBREVIATION_END.test(before) && ABBREVIATION_CONTINUATION.test(after)) return true;
  if (TITLE_END.test(before) && /^[A-Z]/.test(after) && !/\b(?:Jr|Sr|Inc|Co|Corp|Ltd|U\.S|U\.N|U\.K|E\.U)\.$/.test(before)) return true;
  if (/^[”"’)\]]+$/.test(after.trim())) return true;
  if (/^[a-z]/.test(after) && !/[.!?]["”’]?$/.test(before)) return true;
  return false;
}

/**
 * Splits an article's body into sentences. Each body line is split on its own (so a headline never
 * merges into the next sentence), then wink's splits are repaired around abbreviations such as
 * "ROK-U.S." and "Gen.". Quotes spanning several sentences are marked so attribution can follow them.
 */
export function splitSentences(article: Article): Sentence[] {
  const { text } = article;
  const raw: RawSentence[] = [];
  for (const [start, end] of article.body) {
    const lineSentences = analyse(text, start, end);
    for (const sentence of lineSentences) {
      const previous = raw.at(-1);
      if (previous && previous.span[0] >= start && shouldJoin(text, previous.span, sentence.span)) {
        previous.span = [previous.span[0], sentence.span[1]];
        for (const token of sentence.tokens) previous.tokens.push(token);
        for (const entity of sentence.entities) previous.entities.push(entity);
      } else {
        raw.push({ ...sentence, tokens: [...sentence.tokens], entities: [...sentence.entities] });
      }
    }
  }
  const bounded = raw.flatMap(boundedPieces);
  const lineEnds = new Set(article.body.map(([, end]) => end));
  const lineStarts = new Set(article.body.map(([start]) => start));
  let openQuote = false;
  return bounded.map((sentence) => {
    const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
    const headline = lineStarts.has(sentence.span[0]) && lineEnds.has(sentence.span[1]) && !/[.!?:;]["”’)]*$/.test(sentenceText);
    const continuesQuote = openQuote;
    openQuote = lineEnds.has(sentence.span[1]) ? false : quoteOpenAfter(sentenceText, openQuote);
    return { ...sentence, text: sentenceText, headline, continuesQuote };
  });
}
