import type { Article, Span } from '../types.js';
import { analyse, type RawSentence } from './nlp.js';

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
        previous.tokens.push(...sentence.tokens);
        previous.entities.push(...sentence.entities);
      } else {
        raw.push({ ...sentence, tokens: [...sentence.tokens], entities: [...sentence.entities] });
      }
    }
  }
  const lineEnds = new Set(article.body.map(([, end]) => end));
  const lineStarts = new Set(article.body.map(([start]) => start));
  let openQuote = false;
  return raw.map((sentence) => {
    const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
    const headline = lineStarts.has(sentence.span[0]) && lineEnds.has(sentence.span[1]) && !/[.!?:;]["”’)]*$/.test(sentenceText);
    const continuesQuote = openQuote;
    openQuote = lineEnds.has(sentence.span[1]) ? false : quoteOpenAfter(sentenceText, openQuote);
    return { ...sentence, text: sentenceText, headline, continuesQuote };
  });
}
