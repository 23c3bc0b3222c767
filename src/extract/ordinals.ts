import type { Entity, Ordinal, OrdinalQualifier, Span } from '../types.js';
import type { Sentence } from './sentences.js';
import type { Token } from './nlp.js';
import { eventKindOf } from './event-kind.js';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, inaugural: 1, maiden: 1,
};
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|maiden|(\d{1,3})(?:st|nd|rd|th))\b/gi;
/** "first time", "second instance": the thing ranked is the happening named after it. */
const LIGHT_NOUNS = new Set(['time', 'instance', 'occasion', 'case', 'one', 'round']);
const CLAUSE_END = /[,;:—–]|\s-\s|\.$|\band (?:the|a|an|is|was)\b/;
const TIME_QUALIFIERS = [
  /\b(?:in|of|during|for)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d(?:\s+alone)?\b/gi,
  /\b(?:this|last|that|the)\s+year\b/gi,
  /\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)?\d\d\b/gi,
  /\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/gi,
  /\bever\b/gi,
];
/**
 * "in less than a month", "within two years": a window an ordinal counts among. Groups: 1 "less",
 * "more" or "fewer" before "than", 2 "under", 3 "over", 4 the count, 5 the unit.
 */
export const WINDOW = /\b(?:in|within|over)\s+(?:(less|more|fewer)\s+than\s+|(under)\s+|(over)\s+|just\s+)?(a|an|one|two|three|four|five|six|\d+)\s+(day|week|month|year|decade)s?\b/i;
const WINDOW_QUALIFIER = new RegExp(WINDOW.source, 'gi');
const PLACE_PREPOSITIONS = /\b(?:to|in|at|on|near|over|off|around|into|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}$/i;

/** The head of a noun phrase: the last noun before the phrase ends ("a three-nation aerial exercise" → exercise). */
function nounPhraseHead(tokens: readonly Token[]): string | undefined {
  let head: string | undefined;
  for (const token of tokens) {
    if (token.pos === 'NOUN' || (head !== undefined && eventKindOf(token.lemma))) head = token.lemma;
    else if (!['DET', 'NUM', 'ADJ', 'PROPN', 'PUNCT'].includes(token.pos) || (token.pos === 'PUNCT' && token.text !== '-')) break;
  }
  return head;
}

/** The head noun of the subject when the ordinal follows "<subject> is/was the": "The stoppage is the second" → stoppage. */
function copulaSubject(sentence: Sentence, ordinalStart: number): string | undefined {
  const before = sentence.tokens.filter((token) => token.span[1] <= ordinalStart);
  const [noun, verb, article] = before.slice(-3);
  if (article?.lemma !== 'the' || verb?.lemma !== 'be' || noun?.pos !== 'NOUN') return undefined;
  return noun.lemma;
}

function clauseAfter(sentence: Sentence, start: number): { text: string; offset: number } {
  const rest = sentence.text.slice(start - sentence.span[0]);
  const afterOrdinal = rest.replace(/^\S+/, (word) => ' '.repeat(word.length));
  const end = afterOrdinal.search(CLAUSE_END);
  const nextOrdinal = afterOrdinal.slice(1).search(ORDINAL);
  const cut = [end, nextOrdinal >= 0 ? nextOrdinal + 1 : -1].filter((value) => value > 0);
  return { text: rest.slice(0, cut.length > 0 ? Math.min(...cut) : rest.length), offset: start };
}

/**
 * Finds ordinals ("first", "second", "inaugural") with the thing ranked and the qualifiers that
 * scope the ranking: a time ("in 2025"), a window ("in less than a month"), a place ("to the
 * Korean Peninsula") and, for "first time … landed", the predicate.
 */
export function extractOrdinals(sentence: Sentence, entities: Entity[]): Ordinal[] {
  const ordinals: Ordinal[] = [];
  for (const match of sentence.text.matchAll(ORDINAL)) {
    const span: Span = [sentence.span[0] + match.index!, sentence.span[0] + match.index! + match[0].length];
    const before = sentence.text.slice(0, match.index!);
    if (/\bat\s+$/i.test(before) && /^first$/i.test(match[0])) continue;
    if (/^first$/i.test(match[0]) && /^\s*(?:,|of all\b)/.test(sentence.text.slice(match.index! + match[0].length))) continue;
    const rank = match[2] ? Number(match[2]) : ORDINAL_WORDS[match[1]!.toLowerCase()]!;
    const clause = clauseAfter(sentence, span[0]);
    const clauseEnd = clause.offset + clause.text.length;
    const after = sentence.tokens.filter((token) => token.span[0] >= span[1] && token.span[1] <= clauseEnd);

    let thing = '';
    let thingIndex = -1;
    for (let index = 0; index < after.length && index < 8; index++) {
      const token = after[index]!;
      const previous = after[index - 1];
      // wink tags "drill" in "air drill" as a verb; an event word after a noun or adjective is a noun.
      const nounLike = token.pos === 'NOUN' || (eventKindOf(token.lemma) !== undefined && previous !== undefined && ['NOUN', 'ADJ', 'PROPN'].includes(previous.pos));
      if (nounLike) {
        thing = token.lemma;
        thingIndex = index;
        const next = after[index + 1];
        if (next?.pos === 'NOUN' || (next && eventKindOf(next.lemma) !== undefined && next.pos !== 'ADP')) continue;
        break;
      }
      if (thing || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'ADP' && token.lemma !== 'of') break;
    }
    // "The stoppage is the second at the port": with no noun after it, the ordinal ranks the subject it is said of.
    if (!thing) thing = copulaSubject(sentence, span[0]) ?? '';
    const qualifiers: OrdinalQualifier[] = [];
    if (LIGHT_NOUNS.has(thing)) {
      const rest = after.slice(thingIndex + 1);
      const verb = rest.find((token) => token.pos === 'VERB');
      const ofNoun = rest[0]?.lemma === 'of' ? nounPhraseHead(rest.slice(1)) : undefined;
      // "landed … for the first time": the predicate comes before the ordinal.
      const verbBefore = sentence.tokens.filter((token) => token.span[1] <= span[0] && token.pos === 'VERB').at(-1);
      const predicate = ofNoun ? undefined : verb ?? verbBefore;
      if (ofNoun) thing = ofNoun;
      else if (predicate) {
        qualifiers.push({ kind: 'predicate', text: predicate.text });
        thing = `time:${predicate.lemma}`;
      }
      if (!verb && verbBefore) {
        for (const entity of entities) {
          if ((entity.type === 'place' || entity.type === 'country') && entity.span[0] > verbBefore.span[1] && entity.span[1] <= span[0]) {
            const lead = sentence.text.slice(0, entity.span[0] - sentence.span[0]);
            const preposition = PLACE_PREPOSITIONS.exec(lead);
            if (preposition) qualifiers.push({ kind: 'place', text: `${preposition[0].trim()} ${entity.text}`.replace(/\s+/g, ' ') });
          }
        }
      }
    }
    for (const pattern of TIME_QUALIFIERS) {
      for (const found of clause.text.matchAll(pattern)) {
        if (!qualifiers.some((qualifier) => qualifier.text === found[0])) qualifiers.push({ kind: 'time', text: found[0] });
      }
    }
    for (const found of clause.text.matchAll(WINDOW_QUALIFIER)) qualifiers.push({ kind: 'window', text: found[0] });
    for (const entity of entities) {
      if (entity.type !== 'place' && entity.type !== 'country') continue;
      if (entity.span[0] < span[1] || entity.span[1] > clauseEnd) continue;
      const lead = sentence.text.slice(0, entity.span[0] - sentence.span[0]);
      const preposition = PLACE_PREPOSITIONS.exec(lead);
      if (!preposition) continue;
      const words = preposition[0].trim().split(/\s+/);
      if (words.length > 5) continue;
      qualifiers.push({ kind: 'place', text: `${preposition[0].trim()} ${entity.text}`.replace(/\s+/g, ' ') });
    }
    ordinals.push({ text: match[0], span, rank, thing, qualifiers });
  }
  return ordinals;
}
