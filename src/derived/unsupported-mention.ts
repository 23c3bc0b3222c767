import { wordDiff } from '../compare/judge.js';
import { MEASURE_UNITS, quoted } from '../compare/rule.js';
import type { Claim, FindingKind } from '../types.js';
import { isMonthOrWeekday } from '../util/dates.js';
import { countedNounEnd } from '../extract/quantities.js';
import { FUNCTION_WORDS } from '../util/text.js';
import { isKnownWordForm } from '../lexicon/wordnet.js';
import { defineDerivedRule, type Unsupported } from './rule.js';

/** A word or a figure as written: letters and digits, with the joiners names and numbers use inside them ("U.S.", "B-52H", "32,000", "10:30"). */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&:,-]*[\p{L}\p{N}])?/gu;
/** After these, a word starts a sentence, a quotation, a parenthesis or a clause, and its capital says nothing. */
const SEGMENT_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', '(', '[', '—', '–']);

/** "Israel" supports "Israeli", "Japan" "Japanese": the endings of peoples and languages. */
const DEMONYM_ENDINGS = ['i', 'is', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ese', 'ish', 'ean', 'eans'];

/** Whether the word at `start` opens a segment of the text (see SEGMENT_OPENERS; also a spaced dash, "NEW YORK - The"). */
function startsSegment(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && /\s/u.test(text[at]!)) at--;
  if (at < 0 || SEGMENT_OPENERS.has(text[at]!)) return true;
  return text[at] === '-' && at < start - 1 && (at === 0 || /\s/u.test(text[at - 1]!));
}

interface Token {
  /** As written, less a possessive "'s". */
  text: string;
  /** 0-based offsets in the claim text of the token as written, possessive included. */
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0].replace(/['’]s$/u, ''), start: match.index, end: match.index + match[0].length }));
}

const isFigure = (token: string) => /^\p{N}/u.test(token);
const isCapitalised = (token: string) => /^\p{Lu}/u.test(token);
/** "32,000" and "32000" are one figure. */
const figureKey = (token: string) => token.replace(/,(?=\d{3}\b)/g, '').toLowerCase();
/** "1st" in one text and "first" in the other are one rank. */
const ordinalKey = (rank: number) => `rank:${rank}`;
const ORDINAL_FIGURE = /^(\d+)(?:st|nd|rd|th)$/i;

/** Everything a source article mentions, as far as its claims show it. */
interface SourceVocabulary {
  words: Set<string>;
  figures: Set<string>;
  entities: Set<string>;
  /** Initials of runs of capitalised words ("European Union" → "eu"). */
  initialisms: Set<string>;
  /** Names as the source gives them: runs of capitalised words, "of" allowed inside, in lower case ("european union council"). */
  names: NameWord[][];
  /** Every claim's words in lower case, for names the source does not capitalise ("Health Ministry" for "health ministry"). */
  wordRuns: NameWord[][];
  /** Amounts given in a unit of measure, by value: "30 days" is 30 → [{ unit: "day", … }]. */
  measures: Map<number, Measure[]>;
  /** Figures the source gives other than as part of a date ("Jan. 20" gives none), by `figureKey`. */
  undatedFigures: Set<string>;
}

/** An amount of the source in a unit of measure, as written there and with the claim that gives it. */
interface Measure {
  unit: string;
  text: string;
  claim: Claim;
}

/** The amount and its unit as the claim words them ("30 days"); the amount alone when the unit is not written after it. */
function measureText(claim: Claim, quantity: Claim['quantities'][number]): string {
  const start = quantity.span[0] - claim.span[0];
  const end = quantity.span[1] - claim.span[0];
  return claim.text.slice(start, end + (countedNounEnd(claim.text.slice(end), quantity.counted) ?? 0));
}

/** A word of a name, in lower case; an acronym ("EU") can stand for words whose initials it spells. */
interface NameWord {
  text: string;
  acronym: boolean;
}

const nameWord = (token: Token): NameWord => ({ text: token.text.toLowerCase(), acronym: /^\p{Lu}{2,}$/u.test(token.text) });

/** Runs of capitalised words joined by single spaces, "of" allowed inside ("Bank of England"), each with the index of its first token. */
function nameRuns(text: string, all: readonly Token[]): { words: NameWord[]; first: number }[] {
  const runs: { words: NameWord[]; first: number }[] = [];
  let index = 0;
  while (index < all.length) {
    if (!isCapitalised(all[index]!.text) || isFigure(all[index]!.text)) {
      index++;
      continue;
    }
    let last = index;
    for (let next = index + 1; next < all.length && text.slice(all[next - 1]!.end, all[next]!.start) === ' '; next++) {
      const word = all[next]!.text;
      if (isCapitalised(word) && !isFigure(word)) last = next;
      else if (word !== 'of') break;
    }
    const words = all.slice(index, last + 1).map(nameWord);
    runs.push({ words, first: index });
    index = last + 1;
  }
  return runs;
}

const initials = (words: readonly NameWord[]) => words.map((word) => word.text[0]).join('');

/** "Korea" and "Korean" are one word of a name (see DEMONYM_ENDINGS). */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.startsWith(shorter) && DEMONYM_ENDINGS.includes(longer.slice(shorter.length));
}

/**
 * Whether a name's words come in order within a run of source words, an acronym meeting the words
 * it spells ("EU Council" within "European Union Council", and the other way round), with at most
 * `maxSkipped` other words between them ("President Biden" within "President Joe Biden").
 */
function withinName(name: readonly NameWord[], source: readonly NameWord[], maxSkipped = Infinity): boolean {
  for (let start = 0; start < source.length; start++) {
    let at = 0;
    let of = start;
    let skipped = 0;
    while (at < name.length && of < source.length && skipped <= maxSkipped) {
      const word = name[at]!;
      const theirs = source[of]!;
      if (sameNameWord(word.text, theirs.text)) {
        at++;
        of++;
      } else if (word.acronym && initials(source.slice(of, of + word.text.length)) === word.text) {
        at++;
        of += word.text.length;
      } else if (theirs.acronym && initials(name.slice(at, at + theirs.text.length)) === theirs.text) {
        at += theirs.text.length;
        of++;
      } else if (at === 0) break;
      else {
        of++;
        skipped++;
      }
    }
    if (at === name.length && skipped <= maxSkipped) return true;
  }
  return false;
}

/** Words a source may put between the words of a name it writes in lower case ("the Gaza health ministry"). */
const MAX_WORDS_INSIDE_LOWER_CASE_NAME = 1;

function sourceVocabulary(claims: readonly Claim[]): SourceVocabulary {
  const vocabulary: SourceVocabulary = { words: new Set(), figures: new Set(), entities: new Set(), initialisms: new Set(), names: [], wordRuns: [], measures: new Map(), undatedFigures: new Set() };
  for (const claim of claims) {
    const inDate = (token: Token) => claim.times.some((time) => time.span[0] <= claim.span[0] + token.start && claim.span[0] + token.start < time.span[1]);
    // "European Union Council" gives "eu", "uc" and "euc".
    let run = '';
    const closeRun = () => {
      for (let from = 0; from < run.length; from++) for (let to = from + 2; to <= run.length; to++) vocabulary.initialisms.add(run.slice(from, to));
      run = '';
    };
    const claimTokens = tokens(claim.text);
    for (const token of claimTokens) {
      const lower = token.text.toLowerCase();
      vocabulary.words.add(lower);
      for (const part of lower.split(/[-.]/)) if (part) vocabulary.words.add(part);
      if (isFigure(token.text)) {
        vocabulary.figures.add(figureKey(token.text));
        if (!inDate(token)) vocabulary.undatedFigures.add(figureKey(token.text));
      }
      if (FUNCTION_WORDS.has(lower)) {
        if (!['of', 'for', 'and', 'the'].includes(lower)) closeRun();
      } else if (isCapitalised(token.text)) run += lower[0];
      else closeRun();
    }
    closeRun();
    for (const name of nameRuns(claim.text, claimTokens)) vocabulary.names.push(name.words);
    vocabulary.wordRuns.push(claimTokens.map(nameWord));
    for (const entity of claim.entities) vocabulary.entities.add(entity.id);
    for (const quantity of claim.quantities) {
      vocabulary.figures.add(String(quantity.value));
      vocabulary.undatedFigures.add(String(quantity.value));
      if (!MEASURE_UNITS.has(quantity.counted)) continue;
      const measures = vocabulary.measures.get(quantity.value) ?? [];
      measures.push({ unit: quantity.counted, text: measureText(claim, quantity), claim });
      vocabulary.measures.set(quantity.value, measures);
    }
    for (const ordinal of claim.ordinals) vocabulary.figures.add(ordinalKey(ordinal.rank));
    for (const time of claim.times) {
      const [year, , day] = (time.value ?? '').split('-');
      if (year) vocabulary.figures.add(String(Number(year)));
      if (day) vocabulary.figures.add(String(Number(day)));
    }
  }
  return vocabulary;
}

function nameIsSupported(token: Token, claim: Claim, source: SourceVocabulary): boolean {
  const lower = token.text.toLowerCase();
  if (source.words.has(lower)) return true;
  if (/[-.]/.test(lower) && lower.split(/[-.]/).filter(Boolean).every((part) => source.words.has(part))) return true;
  if (/^\p{Lu}{2,}$/u.test(token.text) && source.initialisms.has(lower)) return true;
  if (DEMONYM_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length - ending.length >= 4 && source.words.has(lower.slice(0, -ending.length)))) return true;
  // A name the extractor resolved to a thing the source also names ("US" for "United States").
  const at = claim.span[0] + token.start;
  return claim.entities.some((entity) => entity.span[0] <= at && at < entity.span[1] && source.entities.has(entity.id));
}

/** The extracted quantity a token of the claim is part of, if any. */
function quantityAt(claim: Claim, token: Token): Claim['quantities'][number] | undefined {
  const at = claim.span[0] + token.start;
  return claim.quantities.find((quantity) => quantity.span[0] <= at && at < quantity.span[1]);
}

function figureIsSupported(token: Token, quantity: Claim['quantities'][number] | undefined, source: SourceVocabulary): boolean {
  // "20 days" is not supported by "Jan. 20": an amount in a unit of measure is not a day of a date.
  const measure = quantity !== undefined && MEASURE_UNITS.has(quantity.counted);
  if (measure && !source.undatedFigures.has(figureKey(token.text)) && !source.undatedFigures.has(String(quantity.value))) return false;
  if (source.figures.has(figureKey(token.text))) return true;
  const rank = ORDINAL_FIGURE.exec(token.text)?.[1];
  if (rank !== undefined && source.figures.has(ordinalKey(Number(rank)))) return true;
  // "nineteen" in the source supports "19" here: the extracted values meet.
  return quantity !== undefined && source.figures.has(String(quantity.value));
}

/** A name or figure of the derived claim that its source does not support. */
interface UnsupportedMention extends Unsupported {
  /** `date` for a year, a month or a weekday; `numeric` for other figures; `entity` for other names. */
  kind: Extract<FindingKind, 'entity' | 'numeric' | 'date'>;
  /** For an amount in another unit than the source gives it in: the source's amount, as written ("30 days"). */
  sourceSays?: string;
}

/**
 * The source's statement of the same amount in another unit, when the source gives that amount
 * only in other units: "30 years" where it says "30 days".
 */
function otherUnit(quantity: Claim['quantities'][number] | undefined, source: SourceVocabulary): Measure | undefined {
  if (!quantity || !MEASURE_UNITS.has(quantity.counted)) return undefined;
  const given = source.measures.get(quantity.value) ?? [];
  return given.length > 0 && given.every((measure) => measure.unit !== quantity.counted) ? given[0] : undefined;
}

/** In a headline in title case ("Allies Stage Air Drills Over Peninsula") capitals do not mark names. */
function titleCase(words: readonly Token[]): boolean {
  const long = words.filter((token) => /^\p{L}{4,}/u.test(token.text));
  return long.length >= 3 && long.filter((token) => isCapitalised(token.text)).length >= 0.6 * long.length;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** The names and figures of a claim that a source's vocabulary does not hold, in text order. */
function unsupportedMentions(claim: Claim, source: SourceVocabulary): UnsupportedMention[] {
  const all = tokens(claim.text);
  const namesCount = !titleCase(all);
  const found: UnsupportedMention[] = [];
  const covered = (start: number) => found.some((mention) => mention.start <= start && start < mention.start + mention.text.length);
  all.forEach((token, index) => {
    if (covered(token.start)) return;
    if (isFigure(token.text)) {
      const quantity = quantityAt(claim, token);
      const measure = otherUnit(quantity, source);
      if (quantity && measure) {
        const start = quantity.span[0] - claim.span[0];
        found.push({ text: measureText(claim, quantity), kind: 'numeric', start, evidence: measure.claim, sourceSays: measure.text });
        return;
      }
      if (figureIsSupported(token, quantity, source)) return;
      const text = !quantity ? token.text : MEASURE_UNITS.has(quantity.counted) ? measureText(claim, quantity) : claim.text.slice(quantity.span[0] - claim.span[0], quantity.span[1] - claim.span[0]);
      found.push({ text, kind: YEAR.test(token.text) ? 'date' : 'numeric', start: quantity ? quantity.span[0] - claim.span[0] : token.start });
      return;
    }
    if (!namesCount || !isCapitalised(token.text) || token.text === 'I' || startsSegment(claim.text, token.start)) return;
    if (nameIsSupported(token, claim, source)) return;
    if (isMonthOrWeekday(token.text.toLowerCase())) {
      found.push({ text: token.text, kind: 'date', start: token.start });
      return;
    }
    // The whole name: the capitalised words joined to this one by single spaces ("Pandora's Cube").
    const joined = (left: Token, right: Token) => isCapitalised(left.text) && isCapitalised(right.text) && claim.text.slice(left.end, right.start) === ' ';
    let first = index;
    while (first > 0 && joined(all[first - 1]!, all[first]!) && !startsSegment(claim.text, all[first - 1]!.start)) first--;
    let last = index;
    while (last + 1 < all.length && joined(all[last]!, all[last + 1]!)) last++;
    const start = all[first]!.start;
    found.push({ text: claim.text.slice(start, all[last]!.start + all[last]!.text.length), kind: 'entity', start });
  });
  if (namesCount) found.push(...unsupportedWholeNames(claim, all, source, covered));
  return found.sort((x, y) => x.start - y.start);
}

/**
 * Names whose every word the source gives, but never together: "European Parliament" where the
 * source speaks of the European Commission and of "the Council and Parliament". A word that opens
 * the sentence and is also a common word ("The", "Former") is not part of the name.
 */
function unsupportedWholeNames(claim: Claim, all: readonly Token[], source: SourceVocabulary, covered: (start: number) => boolean): UnsupportedMention[] {
  const found: UnsupportedMention[] = [];
  for (const run of nameRuns(claim.text, all)) {
    let first = run.first;
    if (startsSegment(claim.text, all[first]!.start) && (FUNCTION_WORDS.has(run.words[0]!.text) || isKnownWordForm(run.words[0]!.text))) first++;
    // "the Gulf Coast of Florida" for "Florida's Gulf Coast": the parts either side of "of" are checked apart.
    for (let from = first; from < run.first + run.words.length; ) {
      let to = from;
      while (to < run.first + run.words.length && all[to]!.text !== 'of') to++;
      const part = all.slice(from, to);
      const words = run.words.slice(from - run.first, to - run.first);
      from = to + 1;
      if (part.length < 2 || part.some((token) => covered(token.start))) continue;
      const start = part[0]!.start;
      const end = part.at(-1)!.start + part.at(-1)!.text.length;
      if (source.names.some((name) => withinName(words, name)) || source.wordRuns.some((run) => withinName(words, run, MAX_WORDS_INSIDE_LOWER_CASE_NAME))) continue;
      // A name the extractor resolved to a thing the source also names ("South Korea" for "ROK").
      if (claim.entities.some((entity) => entity.span[0] <= claim.span[0] + start && claim.span[0] + end <= entity.span[1] && source.entities.has(entity.id))) continue;
      found.push({ text: claim.text.slice(start, end), kind: 'entity', start });
    }
  }
  return found;
}

/** A replaced stretch longer than this is a rewording, not a swapped name or figure. */
const MAX_COUNTERPART_WORDS = 4;

/** Whether a replaced stretch holds what could stand where the mention stands: a name for a name, a figure for a figure. */
function sameSort(replaced: string, mention: UnsupportedMention): boolean {
  if (replaced.split(/\s+/).length > MAX_COUNTERPART_WORDS) return false;
  const words = tokens(replaced.replace(/^(?:the|a|an)\s+/i, ''));
  if (mention.kind === 'entity') return words.some((token) => !FUNCTION_WORDS.has(token.text.toLowerCase())) && words.every((token) => isCapitalised(token.text));
  return words.some((token) => isFigure(token.text) || isMonthOrWeekday(token.text.toLowerCase()));
}

/** What the source says where the derived claim has the mention, when a word diff shows it replaced by a name or figure. */
function counterpart(source: Claim, claim: Claim, mention: UnsupportedMention): string | undefined {
  let offset = 0;
  const parts = wordDiff(source.text, claim.text);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.op === '-') continue;
    const end = offset + part.text.length;
    if (part.op === '+' && offset <= mention.start && mention.start < end) {
      if (part.text.trim().split(/\s+/).length > MAX_COUNTERPART_WORDS) return undefined;
      const removed = [parts[index - 1], parts[index + 1]].find((neighbour) => neighbour?.op === '-')?.text.trim();
      return removed && sameSort(removed, mention) ? removed : undefined;
    }
    offset = end;
  }
  return undefined;
}

export default defineDerivedRule({
  id: 'unsupported-mention',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) gives a name or a figure that its source never mentions: a restatement can only repeat what its source says.',
  confidence: 0.6,
  against(source) {
    const vocabulary = sourceVocabulary(source);
    return (claim) => unsupportedMentions(claim, vocabulary);
  },
  explain(found, claim, restated) {
    const mention = found as UnsupportedMention;
    const replaced = mention.sourceSays ?? counterpart(restated, claim, mention);
    const reason = `${mention.kind === 'entity' ? 'names' : 'gives'} ${quoted(mention.text)}, which ${restated.article} never mentions`;
    return replaced === undefined ? { reason } : { reason, replaced };
  },
});
