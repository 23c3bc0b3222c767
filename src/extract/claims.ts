import type { Article, Claim, ClaimSet, Span, TimeExpr } from '../types.js';
import { sha256 } from '../util/hash.js';
import { uniqueSorted } from '../util/text.js';
import { PersonMemory, extractEntities, namesWrittenBare } from './entities.js';
import { detectEventKind } from './event-kind.js';
import type { Token } from './nlp.js';
import { extractOrdinals } from './ordinals.js';
import { extractModality, extractNegations } from './polarity.js';
import { extractQuantities } from './quantities.js';
import { SpeakerMemory, extractAttribution, quoteSpans } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';
import { eventTimes, extractTimes, speechTimes, type Reference } from './times.js';

/** Lemmas of a sentence's content words, once each, sorted; "according (to)" only names a source. */
function contentTerms(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token, index) => CONTENT_POS.has(token.pos) && !token.stopWord && /\p{L}|\d/u.test(token.text) && !(/^according$/i.test(token.text) && tokens[index + 1]?.lemma === 'to'));
  return uniqueSorted(content.map((token) => token.lemma));
}

/** Bump when extraction output changes, so cached claim sets are rebuilt. */
export const EXTRACTOR_VERSION = 'crosscheck-extract/23';

export interface ExtractOptions {
  /** Claims scoring below this check-worthiness are dropped. Default 0.3. */
  minCheckWorthiness?: number;
}

const OPINION = /\b(?:I think|we think|I believe|should|ought to|must|hope|hopefully|seems?|arguably|in my view|in our view|clearly|bleak|unacceptable)\b/i;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

function checkWorthiness(sentence: Sentence, claim: Omit<Claim, 'checkWorthiness' | 'id'>): number {
  let score = 0.2;
  if (claim.quantities.length > 0) score += 0.2;
  if (claim.times.length > 0) score += 0.15;
  if (claim.entities.length > 0) score += 0.1;
  if (new Set(claim.entities.map((entity) => entity.id)).size >= 2) score += 0.1;
  if (claim.ordinals.length > 0) score += 0.15;
  if (claim.eventKind !== 'other') score += 0.1;
  if (claim.attribution?.speaker) score += 0.05;
  if (OPINION.test(sentence.text) && !claim.attribution?.quote) score -= 0.2;
  if (sentence.headline) score -= 0.25;
  if (/\?["”’]?$/.test(sentence.text)) score -= 0.5;
  if (sentence.tokens.filter((token) => token.pos !== 'PUNCT').length < 5) score -= 0.3;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

const WORD = /[\p{L}\d]/u;

/**
 * Extracts the check-worthy claims of one article, one per sentence, with every slot: entities,
 * quantities, times, ordinals, negation, modality, attribution and the kind of event.
 */
export function extractClaims(article: Article, options: ExtractOptions = {}): Claim[] {
  const minimum = options.minCheckWorthiness ?? 0.3;
  const pastPerfect = new Set<Claim>();
  const people = new PersonMemory();
  const speakers = new SpeakerMemory();
  const date = article.published?.date;
  const reference: Reference = date === undefined ? {} : date.length === 4 ? { year: Number(date) } : { published: date };
  const claims: Claim[] = [];
  const sentences = splitSentences(article);
  const bareNames = namesWrittenBare(sentences);
  for (const sentence of sentences) {
    if (sentence.tokens.filter((token) => WORD.test(token.text)).length < 2) continue;
    const entities = extractEntities(sentence, article.text, people, bareNames);
    const { modality, cues: modalityCues } = extractModality(sentence);
    const times = timesOfQuotesFromSpeechDay(sentence, extractTimes(sentence.text, sentence.span[0], reference, modality), modality);
    const excluded: Span[] = entities.filter((entity) => entity.type === 'equipment').map((entity) => entity.span);
    const ordinals = extractOrdinals(sentence, entities);
    excluded.push(...ordinals.map((ordinal) => ordinal.span));
    const quantities = extractQuantities(sentence, excluded, times);
    const attribution = extractAttribution(sentence, article.text, entities, speakers);
    const draft: Omit<Claim, 'checkWorthiness' | 'id'> = {
      article: article.id,
      text: sentence.text,
      span: sentence.span,
      entities,
      quantities,
      times,
      ordinals,
      negations: extractNegations(sentence),
      modality,
      modalityCues,
      eventKind: detectEventKind(sentence.tokens, ordinals.map((ordinal) => ordinal.thing.replace(/^time:/, ''))),
      terms: contentTerms(sentence.tokens),
    };
    if (attribution) draft.attribution = attribution;
    const score = checkWorthiness(sentence, draft);
    if (score < minimum) continue;
    const claim: Claim = { id: `${article.id}#${claims.length + 1}`, checkWorthiness: score, ...draft };
    if (isPastPerfect(sentence.tokens)) pastPerfect.add(claim);
    claims.push(claim);
  }
  carryEventTimes(claims, pastPerfect);
  if (reference.published) for (const claim of claims) if (!claim.contextTime && !eventTimes(claim).some((time) => time.value !== undefined)) claim.published = reference.published;
  return claims;
}

/**
 * A direct quotation speaks from the day it was said: when the sentence gives that day outside the
 * quotation ("'We meet again tomorrow,' Renner said on Sunday"), the quotation's times count from
 * it, not from the publication date.
 */
function timesOfQuotesFromSpeechDay(sentence: Sentence, times: TimeExpr[], modality: Claim['modality']): TimeExpr[] {
  const quotes = quoteSpans(sentence);
  if (quotes.length === 0) return times;
  const quoteOf = (span: Span) => quotes.find(([start, end]) => span[0] >= start && span[1] <= end);
  const said = speechTimes({ text: sentence.text, span: sentence.span, times }).find((time) => !quoteOf(time.span) && /^\d{4}-\d{2}-\d{2}$/.test(time.value ?? ''));
  if (!said || !times.some((time) => quoteOf(time.span))) return times;
  const fromSpeechDay = quotes.flatMap(([start, end]) => extractTimes(sentence.text.slice(start - sentence.span[0], end - sentence.span[0]), start, { published: said.value! }, modality));
  return times.map((time) => (quoteOf(time.span) ? (fromSpeechDay.find((other) => other.span[0] === time.span[0] && other.span[1] === time.span[1]) ?? time) : time));
}

function isDated(time: TimeExpr): boolean {
  return time.value !== undefined && (time.granularity === 'day' || time.granularity === 'weekend');
}

/**
 * Whether the sentence's first verb is a past perfect: "About 120 ships had been held up", "had not
 * yet ended"; not "had to", "had a", and not one after another verb ("reported that … had
 * extended", "said members had joined"), where it may only be reported speech shifted back.
 */
function isPastPerfect(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (first < 0 || !/^had$/i.test(tokens[first]!.text)) return false;
  let next = first + 1;
  while (tokens[next] && (tokens[next]!.pos === 'ADV' || tokens[next]!.pos === 'PART') && tokens[next]!.lemma !== 'to') next += 1;
  const verb = tokens[next];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.text.toLowerCase() !== verb.lemma;
}

/**
 * Gives event claims without a day of their own the date of the nearest earlier claim about the
 * same kind of event, when their own year or month (if any) holds that date. A claim in the past
 * perfect ("About 120 ships had been held up during the walkout", after "ended their strike on
 * Wednesday") tells of a time before that day, so it takes none unless the dated claim is in the
 * past perfect too.
 */
function carryEventTimes(claims: Claim[], pastPerfect: ReadonlySet<Claim>): void {
  const lastDated = new Map<string, { time: TimeExpr; from: string; pastPerfect: boolean }>();
  for (const claim of claims) {
    if (claim.eventKind === 'other') continue;
    const dated = eventTimes(claim);
    const own = dated.find(isDated);
    if (own) {
      lastDated.set(claim.eventKind, { time: own, from: claim.id, pastPerfect: pastPerfect.has(claim) });
      continue;
    }
    const context = lastDated.get(claim.eventKind);
    // A claim that gives only a year or a month the earlier day falls in ("in 2024") is about that day's event too.
    const narrows = (time: TimeExpr) => time.value === undefined || (time.granularity !== 'day' && context?.time.value?.startsWith(time.value) === true);
    if (context && dated.every(narrows) && (context.pastPerfect || !pastPerfect.has(claim))) claim.contextTime = { ...context.time, from: context.from };
  }
}

/** Wraps an article's claims in the `claims/<article>.json` envelope. */
export function toClaimSet(article: Article, claims: Claim[]): ClaimSet {
  const meta: ClaimSet['article'] = { id: article.id, sha256: sha256(article.text), length: article.text.length };
  if (article.path !== undefined) meta.path = article.path;
  if (article.title !== undefined) meta.title = article.title;
  if (article.outlet !== undefined) meta.outlet = article.outlet;
  if (article.url !== undefined) meta.url = article.url;
  if (article.published) meta.published = article.published;
  if (article.derivedFrom !== undefined) meta.derivedFrom = article.derivedFrom;
  return { version: 1, extractor: EXTRACTOR_VERSION, inputSha256: article.inputSha256, checksum: claimsChecksum(claims), article: meta, claims };
}

/** The checksum a claim set records of its own claims; see `ClaimSet.checksum`. */
export function claimsChecksum(claims: readonly Claim[]): string {
  return sha256(JSON.stringify(claims));
}
