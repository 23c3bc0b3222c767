import fc from 'fast-check';
import { decodeArticle } from '../../src/cli/io.js';
import { buildReport, extractArticles } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/report/index.js';
import { validateClaimSet, validateReport } from '../../src/schema/index.js';
import type { ArticleInput } from '../../src/types.js';

/**
 * Property tests over ingest, extract, align and compare (fast-check). Shared by the test suite,
 * which runs 2,000+ cases with a fixed seed, and `npm run fuzz`, which runs 100,000 with a random one.
 */

/** Pieces of news text that reach every extractor: numbers, dates, names, ordinals, quotes, negation, markup. */
const NEWS_PIECES = [
  'The', 'earthquake', 'in', 'Valdora', 'on', 'Monday', 'destroyed', 'houses', 'said', 'not', 'never', 'may', 'plans to', 'is expected to',
  'first', 'second', 'third', 'last', 'only', 'time', 'B-52', 'B-52H', 'F-35A', 'Seoul', 'Tokyo', 'South Korea', 'Kim Jong Un', 'President', 'Gen.',
  'U.S.', 'ROK-U.S.', 'officials', 'according to', 'denied', 'did not', 'declined to confirm', 'landed', 'deployed', 'held', 'drill', 'summit',
  'thousands of', 'over', 'about', 'at least', 'nearly', 'dozens', '10,000', '980', '450', '3 May 2024', 'October 17', 'last year', 'in 2025',
  'this month', 'Sunday, November 3', 'next week', '$5 million', '45%', '“', '”', '"', "'", '’', '.', ',', ';', ':', '—', '-', '(', ')', '!', '?',
  '\n', '\n\n', '---', '#', '|', '*', '`', '<b>', '[x](y)', 'Photo: AFP', 'Advertisement', 'By', 'Reuters', '2023', '2025', 'week', 'Tuesday',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 20_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\uFEFF', '\u202E', '\u00A0', '\r\n', '\t') },
);

/** Text that reads somewhat like news, mixed with arbitrary characters. */
export const newsText = fc.array(piece, { maxLength: 60 }).chain((pieces) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', '. '), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((item, index) => item + gaps[index]).join('')),
);

const SUBJECTS = ['The earthquake in Valdora', 'South Korea', 'The U.S. Air Force', 'President Kim Jong Un', 'Officials in Seoul', 'A B-52H bomber', 'The summit in Lima', 'Rescuers', 'Japan and South Korea', 'Gen. Charles Brown'];
const VERBS = ['destroyed', 'landed at', 'was deployed to', 'held a drill near', 'did not destroy', 'may have destroyed', 'plans to visit', 'denied visiting', 'met', 'killed', 'flew over'];
const OBJECTS = ['houses', 'Osan Air Base', 'Seoul', 'thousands of homes', 'over 10,000 people', 'the Korean Peninsula', 'delegates from 21 economies'];
const WHEN = ['on Monday', 'on 3 May 2024', 'last year', 'for the first time', 'for the second time in 2025', 'on Sunday, November 3', '', 'in October 2023', 'this week'];
const TAILS = [', officials said.', '.', ', according to Reuters.', ' — the first such drill.', '!', '', ', he said: “We will respond.”'];

/** One news-like sentence from slots, sometimes with a number before the object and noise after it. */
const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }), fc.constantFrom(...OBJECTS), fc.constantFrom(...WHEN), fc.constantFrom(...TAILS), fc.option(piece, { freq: 5, nil: undefined }))
  .map(([subject, verb, count, object, when, tail, noise]) => `${subject} ${verb} ${count === undefined ? '' : `${count} `}${object}${when ? ` ${when}` : ''}${noise ?? ''}${tail}`);

/** Changes one sentence the way a rewrite or a conflicting source would: a number, a negation, a date, noise. */
function mutate(text: string, mutation: number, value: number, noise: string): string {
  switch (mutation) {
    case 1:
      return text.replace(/\d[\d,]*/, String(value));
    case 2:
      return text.replace(/ (destroyed|landed at|met|killed) /, ' did not $1 ').replace(/did not (\w+)ed/, 'did not $1');
    case 3:
      return text.replace(/on Monday|last year|this week/, `on ${['Tuesday', 'May 4', 'October 17'][value % 3]}`);
    case 4:
      return `${text} ${noise}`;
    default:
      return text;
  }
}

/** Two to four articles that share some sentences, as they are or changed, so that they align and get compared. */
export const relatedArticles = fc
  .tuple(
    fc.array(sentence, { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.tuple(
        fc.constantFrom('', '---\npublished: 2025-06-03\n---\n', '---\npublished: 2024-11-04\n---\n', 'By Reuters\n'),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.integer({ min: 1, max: 99_999 }), piece), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '\n', '\n\n'),
      ),
      { minLength: 2, maxLength: 4 },
    ),
  )
  .map(([pool, articles]) => articles.map(([header, picks, separator]) => header + picks.map(([index, mutation, value, noise]) => mutate(pool[index % pool.length]!, mutation, value, noise)).join(separator)));

/** Any string at all, or news-like text, or news-like text with front matter. */
export const articleText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  newsText,
  sentence,
  fc.tuple(fc.constantFrom('published: 2025-06-03', 'title: [x', 'a: &a [1]\nb: *a', 'date: 1999-13-45', ''), newsText).map(([meta, body]) => `---\n${meta}\n---\n${body}`),
);

/** Checks that every `span` in a value lies inside the text and, where a `text` sits beside it, equals it. */
export function spanProblems(value: unknown, text: string, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => spanProblems(item, text, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const span = record['span'];
  if (Array.isArray(span) && span.length === 2 && typeof span[0] === 'number') {
    const [start, end] = span as [number, number];
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) problems.push(`${path}/span ${start}–${end} outside 0–${text.length}`);
    else if (typeof record['text'] === 'string' && text.slice(start, end) !== record['text']) problems.push(`${path}: text at span is ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(record['text'])}`);
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'span') problems.push(...spanProblems(child, text, `${path}/${key}`));
  return problems;
}

function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.slice(0, 3).join('; '));
}

function inputsOf(texts: readonly string[]): ArticleInput[] {
  return texts.map((text, index) => ({ id: `a${index}`, text }));
}

/** Decoding never throws on any bytes: it returns text or a reason. */
export const decodeNeverThrows = fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
  const result = decodeArticle(Buffer.from(bytes));
  if ('error' in result) return typeof result.error === 'string' && !result.error.includes('\n');
  return typeof result.text === 'string';
});

/** Ingest and extract never throw; every span is inside the text and matches; the claim set passes its schema; a second run gives the same JSON. */
export const extractIsSoundAndDeterministic = fc.property(articleText, (text) => {
  const first = extractArticles(inputsOf([text]));
  const set = first.claimSets[0]!;
  assertNoProblems(spanProblems(set.claims, text));
  assertNoProblems(first.articles[0]!.body.flatMap(([start, end]) => (0 <= start && start <= end && end <= text.length ? [] : [`body span ${start}–${end}`])));
  const valid = validateClaimSet(JSON.parse(JSON.stringify(set)));
  if (!valid.ok) throw new Error(`claim set fails its schema: ${valid.error}`);
  if (JSON.stringify(extractArticles(inputsOf([text])).claimSets) !== JSON.stringify(first.claimSets)) throw new Error('second extraction differs');
  return true;
});

/** Align and compare never throw on a few articles; comparison spans point at the claim text; the report passes its schema and renders the same twice. */
export const checkIsSoundAndDeterministic = fc.property(fc.oneof({ weight: 4, arbitrary: relatedArticles }, { weight: 1, arbitrary: fc.array(articleText, { minLength: 2, maxLength: 3 }) }), (texts) => {
  const { claimSets } = extractArticles(inputsOf(texts));
  const report = buildReport(claimSets, {});
  for (const comparison of report.comparisons) {
    for (const claim of comparison.claims) assertNoProblems(spanProblems(claim, texts[Number(claim.article.slice(1))]!));
  }
  const valid = validateReport(JSON.parse(JSON.stringify(report)));
  if (!valid.ok) throw new Error(`report fails its schema: ${valid.error}`);
  const again = buildReport(extractArticles(inputsOf(texts)).claimSets, {});
  if (JSON.stringify(again) !== JSON.stringify(report) || renderMarkdown(again) !== renderMarkdown(report)) throw new Error('second run differs');
  return true;
});

/** The same, when every article but the last declares that it restates the last (`derivedFrom`), whose claims sort after theirs. */
export const derivedCheckIsSoundAndDeterministic = fc.property(relatedArticles, (texts) => {
  const source = `a${texts.length - 1}`;
  const inputs = (): ArticleInput[] => inputsOf(texts).map((input) => (input.id === source ? input : { ...input, derivedFrom: source }));
  const report = buildReport(extractArticles(inputs()).claimSets, {});
  for (const comparison of report.comparisons) {
    for (const claim of comparison.claims) assertNoProblems(spanProblems(claim, texts[Number(claim.article.slice(1))]!));
  }
  // Ids are shared by repeated sentences by design (one per two article + text pairs); a pair of claims is compared once.
  const pairs = report.comparisons.map((comparison) => comparison.claims.map((claim) => claim.claim).sort().join(' ~ '));
  if (new Set(pairs).size !== pairs.length) throw new Error('one pair of claims has two comparisons');
  const valid = validateReport(JSON.parse(JSON.stringify(report)));
  if (!valid.ok) throw new Error(`report fails its schema: ${valid.error}`);
  const again = buildReport(extractArticles(inputs()).claimSets, {});
  if (JSON.stringify(again) !== JSON.stringify(report) || renderMarkdown(again) !== renderMarkdown(report)) throw new Error('second run differs');
  return true;
});

export interface FuzzProperty {
  name: string;
  /** Cases the test suite runs. */
  ciRuns: number;
  /** Share of `npm run fuzz`'s cases. */
  fuzzShare: number;
  check(numRuns: number, seed: number): fc.RunDetails<unknown>;
}

function entry<T>(name: string, property: fc.IProperty<T>, ciRuns: number, fuzzShare: number): FuzzProperty {
  return { name, ciRuns, fuzzShare, check: (numRuns, seed) => fc.check(property, { numRuns, seed }) as fc.RunDetails<unknown> };
}

/** The properties with their share of the runs: test-suite cases, then shares of `npm run fuzz`. */
export const PROPERTIES: readonly FuzzProperty[] = [
  entry('decode never throws', decodeNeverThrows, 600, 0.4),
  entry('ingest + extract: sound spans, valid schema, deterministic', extractIsSoundAndDeterministic, 1000, 0.5),
  entry('align + compare + report: sound spans, valid schema, deterministic', checkIsSoundAndDeterministic, 400, 0.05),
  entry('derived articles checked against their source: sound spans, one comparison a pair, valid schema, deterministic', derivedCheckIsSoundAndDeterministic, 200, 0.05),
];
