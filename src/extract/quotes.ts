import type { Attribution, Entity, Span } from '../types.js';
import type { Sentence } from './sentences.js';

/** Speech verbs; "according to" and "citing" put the speaker after them, the others before (or after, right behind a quote). */
const SPEECH_VERB = /\b(?:said|says|say|stated|states|stating|saying|noted|notes|added|adds|remarked|explained|told|tells|warned|cautioned|stressed|emphasi[sz]ed|declared|wrote|insisted|argued|announced|reported|reports|quoted|described|[Aa]ccording to|[Cc]iting)\b/g;
const SPEAKER_FOLLOWS = /^(?:according to|citing)$/i;
const GROUP_SPEAKER = /\b(?:the|a|an|some)\s+(?:[\w’'-]+\s+){0,6}(?:ministry|spokesperson|spokesman|spokeswoman|official|officials|source|sources|officers|agency|analysts|experts|military|government|newspaper|media)\b(?:\s+(?:from|of)\s+(?:[\p{Lu}][\w’'.-]*\s*)+)?/giu;
const PRONOUN_SPEAKER = /\b(?:he|she)\s*$/i;

/** The speakers seen so far in one article, so a follow-on quote or "he said" can inherit one. */
export class SpeakerMemory {
  last?: { speaker: string; speakerId?: string };
  /** Whether the sentence before was an attributed quotation, so a bare follow-on quote inherits its speaker. */
  quotedInPrevious = false;
  lastPerson?: { speaker: string; speakerId: string };
}

/** Direct-quotation spans of a sentence, quote marks excluded. */
export function quoteSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const text = sentence.text;
  let open = sentence.continuesQuote ? 0 : -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const opens = char === '“' || (char === '"' && open < 0);
    const closes = char === '”' || (char === '"' && open >= 0);
    if (opens && open < 0) open = index + 1;
    else if (closes && open >= 0) {
      if (index > open) spans.push([sentence.span[0] + open, sentence.span[0] + index]);
      open = -1;
    }
  }
  if (open >= 0 && open < text.length) spans.push([sentence.span[0] + open, sentence.span[1]]);
  return spans;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Attributes a sentence: who is quoted (a speech verb next to a named person or a group such as
 * "the defence ministry"), the quote text, and follow-on quotes that inherit the last speaker.
 */
export function extractAttribution(sentence: Sentence, articleText: string, entities: Entity[], memory: SpeakerMemory): Attribution | undefined {
  const offset = sentence.span[0];
  const quotes = quoteSpans(sentence);
  const mainQuote = quotes.reduce<Span | undefined>((best, span) => (!best || span[1] - span[0] > best[1] - best[0] ? span : best), undefined);
  const insideQuote = (span: Span) => quotes.some(([start, end]) => span[0] >= start - 1 && span[1] <= end + 1);

  const verbs = [...sentence.text.matchAll(SPEECH_VERB)]
    .map((match) => ({ text: match[0], span: [offset + match.index!, offset + match.index! + match[0].length] as Span }))
    .filter((verb) => !insideQuote(verb.span));

  let speaker: { speaker: string; speakerId?: string } | undefined;
  const outside = entities.filter((entity) => (entity.type === 'person' || entity.type === 'organization') && !insideQuote(entity.span));
  for (const verb of verbs) {
    const verbStart = verb.span[0] - offset;
    const verbEnd = verb.span[1] - offset;
    const rightAfterQuote = /[,.!?]?\s*[”"]\s*,?\s*$/.test(sentence.text.slice(Math.max(0, verbStart - 6), verbStart)) || /[”"]\s*,?\s*(?:\S+\s+){0,6}$/.test(sentence.text.slice(Math.max(0, verbStart - 60), verbStart)) && !/[“"]/.test(sentence.text.slice(verbEnd));
    const lookAfter = SPEAKER_FOLLOWS.test(verb.text) || rightAfterQuote;
    const lookBefore = !SPEAKER_FOLLOWS.test(verb.text);
    if (lookBefore && /^\s*(?:He|She)\b/.test(sentence.text.slice(0, verbStart)) && PRONOUN_SPEAKER.test(sentence.text.slice(0, verbStart).split(/[,;]/)[0] ?? '') || (lookBefore && PRONOUN_SPEAKER.test(sentence.text.slice(Math.max(0, verbStart - 12), verbStart)))) {
      speaker = memory.lastPerson ?? memory.last;
      if (speaker) break;
    }
    const candidates = outside
      .map((entity) => ({
        entity,
        distance: entity.span[0] >= verb.span[1] ? (lookAfter ? entity.span[0] - verb.span[1] : -1) : lookBefore ? verb.span[0] - entity.span[1] : -1,
      }))
      .filter(({ distance }) => distance >= 0 && distance <= 60)
      .sort((a, b) => Number(a.entity.type !== 'person') - Number(b.entity.type !== 'person') || a.distance - b.distance || a.entity.span[0] - b.entity.span[0]);
    const nearest = candidates[0];
    if (nearest) {
      speaker = { speaker: nearest.entity.text, speakerId: nearest.entity.id };
      break;
    }
    const window = sentence.text.slice(lookBefore ? Math.max(0, verbStart - 80) : verbEnd, lookAfter ? Math.min(sentence.text.length, verbEnd + 90) : verbStart);
    const group = [...window.matchAll(GROUP_SPEAKER)][0];
    if (group) {
      speaker = { speaker: group[0].trim() };
      break;
    }
  }
  if (!speaker && mainQuote && (sentence.continuesQuote || (memory.quotedInPrevious && /^[“"]/.test(sentence.text)))) speaker = memory.last;
  memory.quotedInPrevious = Boolean(mainQuote && speaker);

  const attribution: Attribution = {};
  if (speaker) {
    attribution.speaker = speaker.speaker;
    if (speaker.speakerId) attribution.speakerId = speaker.speakerId;
    memory.last = speaker;
    if (speaker.speakerId?.startsWith('person:')) memory.lastPerson = { speaker: speaker.speaker, speakerId: speaker.speakerId };
  }
  if (mainQuote) {
    const quoteText = articleText.slice(mainQuote[0], mainQuote[1]);
    if (wordCount(quoteText) >= 4 || speaker) attribution.quote = { text: quoteText, span: mainQuote };
  }
  for (const entity of entities) if (entity.type === 'person') memory.lastPerson = { speaker: entity.text, speakerId: entity.id };
  return attribution.speaker || attribution.quote ? attribution : undefined;
}
