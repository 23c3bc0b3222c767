import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractTimes } from '../../src/extract/times.js';
import { dateFromHeader, inferPublished } from '../../src/ingest/published.js';
import { ingest, readFrontMatter, splitBoilerplate } from '../../src/ingest/index.js';
import { checkArticles } from '../../src/pipeline.js';
import { escapeMarkdown } from '../../src/report/index.js';

/**
 * Long adversarial strings for every extraction rule: 100k repeated characters or tokens. Each one
 * hit a regular expression or a loop with quadratic cost before it was bounded (a 100k-character
 * line of apostrophes took 68 s in wink's tokenizer; "A. A. A." 32 s in compromise).
 */
const LENGTH = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
const PAYLOADS: Record<string, string> = {
  letters: repeat('a'),
  digits: repeat('1'),
  'comma digits': repeat('1,'),
  dots: repeat('.'),
  'straight quotes': repeat('"'),
  'curly quotes': repeat('“'),
  apostrophes: repeat("'"),
  dashes: repeat('-'),
  hashes: repeat('#'),
  pipes: repeat('|'),
  'angle brackets': repeat('<'),
  'square brackets': repeat('['),
  parentheses: repeat('('),
  colons: repeat(':'),
  'at signs': repeat('@'),
  'spaces inside': `x${' '.repeat(LENGTH)}y`,
  lines: repeat('a\n'),
  'ordinal words': repeat('first '),
  'month names': repeat('May '),
  'proper names': repeat('Kim '),
  acronyms: repeat('A. '),
  'upper-case words': repeat('ABC '),
  'vague numbers': repeat('thousands of '),
  'speech verbs': repeat('said '),
  negations: repeat('not '),
  dates: repeat('on 3 May 2024 '),
  percentages: repeat('10% '),
  money: repeat('$1 '),
  years: repeat('2024 '),
  bylines: repeat('By '),
  'front matter': `---\n${repeat('a: b\n')}`,
  'markdown table': repeat('| a | b |\n'),
  'html tags': repeat('<b>x</b>'),
  emoji: repeat('😀'),
  'one long sentence': repeat('The B-52 landed in Seoul on Monday and '),
};

/** Generous for a linear pass over 100k characters (≈0.1–2 s here); quadratic cases took 7–70 s. */
const PIPELINE_BUDGET_MS = 6000;
const STRING_RULE_BUDGET_MS = 1500;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('extraction under adversarial input', () => {
  it.each(Object.entries(PAYLOADS))('ingests and extracts 100k of %s within the time budget', (_name, text) => {
    const { value, ms } = timed(() => extract(ingest([{ id: 'hostile', text }]).articles));
    expect(ms).toBeLessThan(PIPELINE_BUDGET_MS);
    for (const claim of value[0]!.claims) expect(text.slice(claim.span[0], claim.span[1])).toBe(claim.text);
  });

  it.each(Object.entries(PAYLOADS))('runs the string rules over 100k of %s within the time budget', (_name, text) => {
    const reference = { published: '2025-01-01' };
    const rules: Array<[string, () => unknown]> = [
      ['front matter', () => readFrontMatter(text)],
      ['boilerplate', () => splitBoilerplate(text)],
      ['header date', () => dateFromHeader(text)],
      ['inferred date', () => inferPublished(text, [[0, text.length]])],
      ['times', () => extractTimes(text.slice(0, 5000), 0, reference, 'asserted')],
      ['markdown escape', () => escapeMarkdown(text)],
    ];
    for (const [rule, run] of rules) expect(timed(run).ms, rule).toBeLessThan(STRING_RULE_BUDGET_MS);
  });

  it('aligns, compares and reports two hostile articles together within the time budget', async () => {
    const inputs = [
      { id: 'one', text: `${PAYLOADS['one long sentence']}\n${PAYLOADS['dates']}` },
      { id: 'two', text: `${PAYLOADS['percentages']}\n${PAYLOADS['ordinal words']}` },
    ];
    const start = performance.now();
    await checkArticles(inputs);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(2 * PIPELINE_BUDGET_MS);
  });
});
