import type { Claim, Entity, EntityType, FindingKind, Quantity, TimeExpr, Verdict } from '../types.js';
import type { CandidatePair, Scope } from '../align/index.js';
import stringSimilarity from 'string-similarity';
import type { ChangeObject } from 'diff';
import { eventKindOf } from '../extract/event-kind.js';
import { UNDATED_REPORT_MAX_DAYS, statedEventTime } from '../align/scope.js';
import { rangeBounds, speechTimes } from '../extract/times.js';
import { boundWordsBefore, countedNounEnd } from '../extract/quantities.js';
import { FUNCTION_WORDS, mentionsName, normalizeText } from '../util/text.js';
import { areSynonyms, baseForms, isPersonNoun, mayStandFor } from '../lexicon/wordnet.js';

/** What a rule hands the judge: one verdict with its reason. */
export interface RuleResult {
  verdict: Verdict;
  kind: FindingKind;
  /** Plain language; names both values and, for `different-scope`, the qualifier that differs. */
  reason: string;
  /** The two values compared, as written in each claim. */
  values?: { a: string; b: string };
  /** 0..1. */
  confidence: number;
  /** Set when the rule found both claims to tell of one event without agreeing (its start and its end). */
  oneEvent?: true;
}

/**
 * What every rule may consult besides the two claims. Of the pair, a rule may read only the
 * similarity: judgements are cached, and judged on worker threads, by the two claims and it.
 */
export interface RuleContext {
  pair: CandidatePair;
  /** Whether the two claims can be about the same event (see align/scope.ts). */
  scope: Scope;
  /** Short label of an article for reasons: its id. */
  label(claim: Claim): string;
  /** Word diff of the two claims' normalised texts (undefined past `MAX_DIFF_EDITS`), computed at most once per pair. */
  normalizedDiff(): ChangeObject<string>[] | undefined;
}

export interface Rule {
  /** Kebab-case id; the rule lives in `rules/<id>.ts` and is documented in `docs/rules/<id>.md`. */
  id: string;
  kind: FindingKind;
  description: string;
  /** Returns undefined when the rule does not apply to the pair. */
  check(a: Claim, b: Claim, context: RuleContext): RuleResult | undefined;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Below this similarity a pair does not look alike enough to call even an apparent conflict. */
export const LOOKALIKE_SIMILARITY = 0.35;
/**
 * Value rules (dates, weekdays, equipment) speak on pairs at least this similar, whether they find
 * agreement or conflict: a pair alike enough to corroborate a value is alike enough to contradict it.
 */
export const SAME_FACT_SIMILARITY = 0.3;

/** Similarity at which two claims without a recognised kind of event, or without dates, are taken to report the same one. */
export const UNDATED_SAME_EVENT_SIMILARITY = 0.45;

/** Whether some amount is allowed by both quantities' ranges. */
export function amountsOverlap(a: Quantity, b: Quantity): boolean {
  return a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);
}

/**
 * An amount as the claim words it, with its bound and the noun it counts when that follows within
 * four words: “450 houses”, “more than 200 people”; else the amount and the counted lemma.
 */
export function amountWords(claim: Claim, quantity: Quantity): string {
  const numberStart = quantity.span[0] - claim.span[0];
  const start = numberStart - (quantity.bound === 'exact' ? 0 : (boundWordsBefore(claim.text.slice(0, numberStart))?.length ?? 0));
  const end = quantity.span[1] - claim.span[0];
  const reach = countedNounEnd(claim.text.slice(end), quantity.counted);
  if (reach !== undefined) return quoted(claim.text.slice(start, end + reach));
  // A share's span already holds its unit ("3 percent", "5%").
  return quantity.counted === 'percent' ? quoted(claim.text.slice(start, end)) : `${quoted(claim.text.slice(start, end))} ${quantity.counted}`.trimEnd();
}

/**
 * Amounts of one counted thing that each claim gives and the other allows nowhere ("43 of the 101
 * seats" / "42 of the 101 seats": 43 and 42; the 101 both give), a's first.
 */
export function disjointAmounts(a: Claim, b: Claim): [Quantity, Quantity] | undefined {
  const unmatched = (quantity: Quantity, others: readonly Quantity[]) => !others.some((other) => other.counted === quantity.counted && amountsOverlap(quantity, other));
  for (const x of a.quantities) {
    if (x.counted === '' || !unmatched(x, b.quantities)) continue;
    const y = b.quantities.find((candidate) => candidate.counted === x.counted && unmatched(candidate, a.quantities));
    if (y) return [x, y];
  }
  return undefined;
}

/** disjointAmounts as each claim words them (amountWords), a's first: “4 percent” and “2 percent”. */
export function disjointAmountWords(a: Claim, b: Claim): [string, string] | undefined {
  const amounts = disjointAmounts(a, b);
  return amounts && [amountWords(a, amounts[0]), amountWords(b, amounts[1])];
}

/** Two claims' times in one role: when each event happened, a bound of it ("from October 19"), or when each report was made. */
export type ComparableTimes = { x: TimeExpr; y: TimeExpr } & ({ role: 'event' | 'speech' } | { role: 'bound'; word: string });

/**
 * The times two claims give for one thing: each one's own event time; else, when neither dates its
 * event, times bounding it with the same word ("from October 19" / "from October 22"); else, for
 * claims close enough to be one report, the days both say it was made ("said on Monday, October 5"
 * / "announced on Monday").
 */
export function comparableTimes(a: Claim, b: Claim, context: RuleContext): ComparableTimes | undefined {
  const x = statedEventTime(a);
  const y = statedEventTime(b);
  if (x && y) return { x, y, role: 'event' };
  if (x || y) return undefined;
  for (const bound of rangeBounds(a)) {
    const other = rangeBounds(b).find((candidate) => candidate.word === bound.word);
    if (other) return { x: bound.time, y: other.time, role: 'bound', word: bound.word };
  }
  const [spokenA] = speechTimes(a);
  const [spokenB] = speechTimes(b);
  if (spokenA && spokenB && context.pair.similarity >= UNDATED_SAME_EVENT_SIMILARITY) return { x: spokenA, y: spokenB, role: 'speech' };
  return undefined;
}

/**
 * Whether a pair is shown to be about one event: the same scope, and either dates that agree or
 * text close enough that nothing else is needed.
 */
export function sameEventShown(context: RuleContext): boolean {
  return context.scope.same && (context.scope.dated || context.pair.similarity >= UNDATED_SAME_EVENT_SIMILARITY);
}

/**
 * Whether two claims report the same kind of happening: the same recognised kind, or, when neither
 * names one the lexicon knows, closely matching text.
 */
export function sameEventKind(a: Claim, b: Claim, context: RuleContext): boolean {
  if (a.eventKind !== b.eventKind) return false;
  return a.eventKind !== 'other' || context.pair.similarity >= UNDATED_SAME_EVENT_SIMILARITY;
}

/**
 * Two differing sizes of the happening itself ("a magnitude 5.1 aftershock" vs "a magnitude 6.4
 * earthquake"): evidence that two claims of one kind are about two events.
 */
export function differentSizes(a: Claim, b: Claim): boolean {
  const size = (claim: Claim) => claim.quantities.find((quantity) => eventKindOf(quantity.counted) === claim.eventKind && claim.eventKind !== 'other');
  const x = size(a);
  const y = size(b);
  return x !== undefined && y !== undefined && x.value !== y.value;
}

/** How a reason names a claim's event: its kind ("drill"), or "event" when the kind is not known. */
export function eventName(claim: Claim): string {
  return claim.eventKind === 'other' ? 'event' : claim.eventKind;
}

/** How a scope reason words each side of a difference: "is dated “on Friday” (11 Jul 2025)". */
const SCOPE_WORDING = {
  time: { verb: 'is dated', what: 'different times' },
  kind: { verb: 'reports', what: 'different kinds of event' },
  place: { verb: 'places it', what: 'a different place on a different day' },
  published: { verb: 'is', what: `over ${UNDATED_REPORT_MAX_DAYS} days apart, too far to take for one event` },
  participants: { verb: 'names', what: 'different participants, so another event' },
} as const;

/**
 * A reason for a pair that looks like a conflict but is about different events. A rule whose clash
 * already quotes both times gives `timesDiffer`, the conclusion to add when the times are what differ.
 */
export function scopeReason(context: RuleContext, a: Claim, b: Claim, clash: string, timesDiffer?: string): string | undefined {
  const scope = context.scope;
  if (scope.same) return undefined;
  if (scope.qualifier === 'time' && timesDiffer !== undefined) return `${clash} — ${timesDiffer}`;
  const { verb, what } = SCOPE_WORDING[scope.qualifier];
  const scopeOf = (side: string) => ({ kind: `${/^[aeiou]/.test(side) ? 'an' : 'a'} ${side}`, place: `in ${side}`, time: side, published: side, participants: side })[scope.qualifier];
  return `${clash}; but ${context.label(a)} ${verb} ${scopeOf(scope.a)} and ${context.label(b)} ${scopeOf(scope.b)}: ${what}, not a contradiction`;
}

/**
 * Entities one claim has in place of another's: for each type where both claims name something the
 * other does not ("from Tel Aviv" vs "from Amman"), the first such pair. Such claims may be about
 * different things even when they look alike.
 */
export function substitutedEntities(a: Claim, b: Claim, types: readonly EntityType[] = ['person', 'place', 'country', 'organization', 'equipment'], withSpeakers = false): { a: Entity; b: Entity }[] {
  const idsA = new Set(a.entities.map((entity) => entity.id));
  const idsB = new Set(b.entities.map((entity) => entity.id));
  // Who reports a fact ("the BBC reports that …") is not part of the fact, unless the caller asks.
  const reporterA = withSpeakers ? undefined : a.attribution?.speakerId;
  const reporterB = withSpeakers ? undefined : b.attribution?.speakerId;
  const swaps: { a: Entity; b: Entity }[] = [];
  for (const type of types) {
    // A name the other claim also has, though not recognised there ("the province of Talen"), is not swapped.
    const onlyA = a.entities.find((entity) => entity.type === type && !idsB.has(entity.id) && entity.id !== reporterA && !mentionsName(b.text, entity.text));
    const onlyB = b.entities.find((entity) => entity.type === type && !idsA.has(entity.id) && entity.id !== reporterB && !mentionsName(a.text, entity.text));
    if (onlyA && onlyB) swaps.push({ a: onlyA, b: onlyB });
  }
  return swaps;
}

/** Each of two claims saying this many things the other does not makes them two statements, not one in other words. */
const MIN_UNSHARED_TERMS = 3;

/** A claim's content terms outside the names and figures it gives (what it says of them), each as its base forms. */
function saidTerms(claim: Claim): string[][] {
  const nameWords = new Set(claim.entities.flatMap((entity) => entity.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  return claim.terms.filter((term) => !nameWords.has(term) && !/\d/.test(term)).map(baseForms);
}

/** How many of `terms` have no base form among `others`', nor a WordNet synonym of one. */
function unsharedCount(terms: readonly string[][], others: readonly string[][]): number {
  const otherForms = others.flat();
  const known = new Set(otherForms);
  return terms.filter((forms) => !forms.some((form) => known.has(form) || otherForms.some((other) => areSynonyms(form, other)))).length;
}

/**
 * Whether two claims say different things of the same names: "Union leaders in Valdora said
 * mobile networks had worked" and "Union leaders in Valdora complained about rising prices".
 */
export function saysOtherThings(a: Claim, b: Claim): boolean {
  const x = saidTerms(a);
  const y = saidTerms(b);
  return unsharedCount(x, y) >= MIN_UNSHARED_TERMS && unsharedCount(y, x) >= MIN_UNSHARED_TERMS;
}

/** Verbs that only report who said a thing: shared, they say nothing of what was said. */
const REPORTING_FORMS = new Set(['say', 'said', 'tell', 'told', 'add', 'added', 'state', 'stated']);

/** The capitalised title right before a person's name in a claim, as written ("Transport Minister" for "Transport Minister Ivo Renner"); empty when there is none. */
export function personTitle(claim: Claim, person: Entity): string {
  return (/(?:\p{Lu}[\p{L}'’-]*\s+)+$/u.exec(claim.text.slice(0, person.span[0] - claim.span[0]))?.[0] ?? '').trim();
}

/** The office a claim gives a person, as written and in parts (see officeOf). */
export interface Office {
  /** As the claim writes it: "Transport Minister", "Labour leader", "lawyer". */
  written: string;
  /** What kind of office, lower case: the title's last word or the office noun ("minister", "leader"). */
  head: string;
  /** Lower-case words before the head that say which or whose ("transport", "labour"), function words left out; empty when none. */
  owner: string[];
  /** Whether it is a capitalised title (see personTitle). */
  titled: boolean;
}

/** Lower-case words of an office's which or whose, function words left out ("His", "the"). */
function ownerWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '' && !FUNCTION_WORDS.has(word));
}

/** An office as written before a name: its last word is the head, the words before it the owner. */
function officeWritten(written: string, titled: boolean): Office {
  const words = written.trim().split(/\s+/);
  return { written, head: words[words.length - 1]!.toLowerCase(), owner: ownerWords(words.slice(0, -1).join(' ')), titled };
}

/** A lower-case noun for a kind of person right before a name, a comma allowed, with any capitalised words before it. */
const ROLE_BEFORE_NAME = /((?:\p{Lu}[\p{L}'’-]*\s+)*)(\p{Ll}+),?\s+$/u;

/** "Tomas Brandt, who has led the Civic Alliance since 2019," : the organisation a relative clause right after a name says the person leads. */
const LEADS_ORGANISATION = /^,\s+who\s+(?:has\s+|had\s+)?(?:led|leads|heads|headed)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;

/**
 * The office a claim gives a person: the capitalised title right before the name, or else a
 * lower-case noun for a kind of person right before it, a comma allowed, with any capitalised words
 * before that noun ("Defence lawyer Anton Berg", "His lawyer, Anton Berg,", "Labour leader Anna
 * Berg"), or else a relative clause after the name saying whom the person leads ("Tomas Brandt, who
 * has led the Civic Alliance since 2019," as "Civic Alliance leader"); undefined when there is none.
 */
export function officeOf(claim: Claim, person: Entity): Office | undefined {
  const title = personTitle(claim, person);
  if (title) return officeWritten(title, true);
  const role = ROLE_BEFORE_NAME.exec(claim.text.slice(0, person.span[0] - claim.span[0]));
  if (role && isPersonNoun(role[2]!)) return officeWritten(`${role[1]}${role[2]}`, false);
  const led = LEADS_ORGANISATION.exec(claim.text.slice(person.span[1] - claim.span[0]));
  return led ? { written: led[0].slice(1).trim(), head: 'leader', owner: ownerWords(led[1]!), titled: false } : undefined;
}

/**
 * What an office is compared by when one holder may have replaced another: a title as a whole
 * ("transport minister"), else the kind of person ("Defence lawyer Anton Berg", "His lawyer, Anton
 * Berg," → "lawyer"); lower-case, empty when there is none.
 */
export function officeName(office: Office | undefined): string {
  return office === undefined ? '' : office.titled ? office.written.toLowerCase() : office.head;
}

/**
 * Whether two offices cannot be one: other kinds ("lawyer" / "prosecutor"), or one kind of which
 * each says a different which or whose ("Transport Minister" / "Finance Minister", "Labour leader"
 * / "Conservative leader"). One that says less ("Minister", "his lawyer") may be the other.
 */
export function areTwoOffices(x: Office, y: Office): boolean {
  if (x.head !== y.head) return true;
  if (x.owner.length === 0 || y.owner.length === 0) return false;
  return !x.owner.every((word) => y.owner.includes(word)) && !y.owner.every((word) => x.owner.includes(word));
}

/** The lower-case words of a person's name and of the capitalised title right before it ("Transport Minister Ivo Renner"). */
function personWords(claim: Claim): Set<string> {
  const words = new Set<string>();
  for (const entity of claim.entities) {
    if (entity.type !== 'person') continue;
    for (const word of `${personTitle(claim, entity)} ${entity.text}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return words;
}

/**
 * Whether all that two claims share is whom they are about: no word either says of them (outside
 * names, a person's title, figures and "said") is the other's, or a WordNet synonym or broader word
 * of one. "Transport Minister Ivo Renner welcomed the agreement" and "… said the government would not
 * intervene" are two statements of one man, whatever their similarity.
 */
export function sharesOnlyNames(a: Claim, b: Claim): boolean {
  const said = (claim: Claim) => {
    const names = personWords(claim);
    return saidTerms(claim).filter((forms) => !forms.some((form) => names.has(form) || REPORTING_FORMS.has(form)));
  };
  const x = said(a);
  const y = said(b);
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((forms) => y.some((others) => forms.some((form) => others.some((other) => mayStandFor(form, other) || mayStandFor(other, form)))));
}

/** Dice similarity of two claims' direct quotations (folded quotes and case), 0 when either has none. */
export function quoteSimilarity(a: Claim, b: Claim): number {
  const x = a.attribution?.quote?.text;
  const y = b.attribution?.quote?.text;
  if (x === undefined || y === undefined) return 0;
  return stringSimilarity.compareTwoStrings(normalizeText(x).toLowerCase(), normalizeText(y).toLowerCase());
}

/** Counted nouns that are units of measure ("8 hours", "100 miles", "30 percent"), lemmatised as `Quantity.counted` is. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set('second minute hour day week month year decade century mile kilometre kilometer km metre meter foot feet inch percent per cent dollar euro pound yen won ton tonne kilogram kg gram litre liter gallon barrel degree'.split(' '));

/** Quotes a claim value for a reason: “value”. */
export function quoted(value: string): string {
  return `“${value.trim()}”`;
}

/**
 * Word diffs give up past this many token edits (a token is a word or the space between words):
 * the cost of a diff grows with edits × length, and texts that far apart are shown as one
 * rewritten for the other.
 */
export const MAX_DIFF_EDITS = 100;
