import { join } from 'node:path';
import { diffWords } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/cli/io.js';
import { COMPARE_VERSION, JudgementCache, compactDiff, expandDiff } from '../../src/compare/judgement-cache.js';
import { judgeWithDiff, wordDiff } from '../../src/compare/judge.js';
import { pairOf } from '../helpers/claims.js';
import { MAX_DIFF_EDITS } from '../../src/compare/rule.js';
import { boundedDiffWords } from '../../src/compare/word-diff.js';
import { buildReport, extractArticles, renderJson } from '../../src/index.js';
import { validateJudgements } from '../../src/schema/index.js';
import type { ClaimSet, DiffPart } from '../../src/types.js';

const scenario = (name: string) => extractArticles(readArticles([join(import.meta.dirname, '../scenarios', name, 'articles')]).inputs).claimSets;

/** A JSON round trip, as the CLI stores the cache between runs. */
function stored(cache: JudgementCache) {
  const file = JSON.parse(JSON.stringify(cache.toFile()));
  expect(validateJudgements(file)).toMatchObject({ ok: true });
  return file;
}

describe('judgement cache', () => {
  it('gives the same report as judging afresh, reusing every judgement when nothing changed', () => {
    const sets = scenario('number-conflict');
    const first = new JudgementCache();
    const fresh = renderJson(buildReport(sets, { judgements: first }));
    expect(first.judged).toBeGreaterThan(0);
    const second = new JudgementCache(stored(first));
    expect(renderJson(buildReport(sets, { judgements: second }))).toBe(fresh);
    expect(second).toMatchObject({ reused: first.judged, judged: 0 });
  });

  it('judges again only the pairs and the article of a changed claim', () => {
    const sets = scenario('number-conflict');
    const first = new JudgementCache();
    buildReport(sets, { judgements: first });
    const [changedSet, ...others] = sets as [ClaimSet, ...ClaimSet[]];
    const claims = changedSet.claims.map((claim, index) => (index === 0 ? { ...claim, text: `${claim.text} ` } : claim));
    const changed: ClaimSet[] = [{ ...changedSet, claims }, ...others];
    const second = new JudgementCache(stored(first));
    const report = buildReport(changed, { judgements: second });
    expect(renderJson(report)).toBe(renderJson(buildReport(changed)));
    const pairsOfChanged = report.comparisons.filter((comparison) => comparison.claims.some((ref) => ref.claim === claims[0]!.id)).length;
    // The changed claim's pairs (some may have no judgement at all) and its article's internal check.
    expect(second.judged).toBeGreaterThanOrEqual(pairsOfChanged + 1);
    expect(second.reused).toBeGreaterThan(0);
    expect(second.judged + second.reused).toBe(first.judged);
  });

  it('uses what is stored: a judgement tampered with in the file shows in the report', () => {
    const sets = scenario('number-conflict');
    const first = new JudgementCache();
    buildReport(sets, { judgements: first });
    const file = stored(first);
    const key = Object.keys(file.pairs).find((name) => file.pairs[name] !== null)!;
    file.pairs[key].reason = 'stored reason';
    const report = buildReport(sets, { judgements: new JudgementCache(file) });
    expect(report.comparisons.map((comparison) => comparison.reason)).toContain('stored reason');
  });

  it('ignores judgements made by another version of the rules', () => {
    const sets = scenario('number-conflict');
    const first = new JudgementCache();
    buildReport(sets, { judgements: first });
    const old = new JudgementCache({ ...stored(first), compare: `${COMPARE_VERSION}-old` });
    buildReport(sets, { judgements: old });
    expect(old).toMatchObject({ reused: 0, judged: first.judged });
  });
});

describe('compact diffs', () => {
  const words = fc.array(fc.constantFrom('the', 'The', 'quake', 'hit', '450', '4,500', 'houses', ',', '.', '“', 'Monday', ' ', '  ', '\n', 'não'), { maxLength: 30 }).map((parts) => parts.join(' '));

  it('rebuild the diff exactly from b, or are not made', () => {
    let compacted = 0;
    fc.assert(
      fc.property(words, words, (a, b) => {
        const diff = wordDiff(a, b);
        const compact = compactDiff(diff, b);
        if (compact) {
          compacted++;
          expect(expandDiff(compact, b)).toEqual(diff);
        }
      }),
      { seed: 20261122, numRuns: 2000 },
    );
    expect(compacted).toBeGreaterThan(1000);
  });

  it('rebuild the same diff through a pool of parts, which makes each short part once', () => {
    const parts = new Map<string, DiffPart>();
    fc.assert(
      fc.property(words, words, (a, b) => {
        const compact = compactDiff(wordDiff(a, b), b);
        if (compact) expect(expandDiff(compact, b, parts)).toEqual(expandDiff(compact, b));
      }),
      { seed: 20261201, numRuns: 500 },
    );
    const b = 'the quake hit the coast, the quake hit the town, and a long unrepeated stretch of words';
    const [first, second] = [expandDiff(['a', 4, -6, 3], 'the quake hit', parts), expandDiff(['a', 4, -6, 3], 'the quake hit', parts)];
    expect(first).toEqual([{ op: '-', text: 'a' }, { op: '=', text: 'the ' }, { op: '+', text: 'quake ' }, { op: '=', text: 'hit' }]);
    first.forEach((part, index) => expect(part).toBe(second[index]));
    const long = expandDiff([b.length], b, parts);
    expect(long[0]).not.toBe(expandDiff([b.length], b, parts)[0]);
  });

  it('are refused when b does not hold the diff', () => {
    expect(compactDiff([{ op: '=', text: 'an earthquake' }], 'a quake')).toBeUndefined();
    expect(compactDiff([{ op: '-', text: 'old' }, { op: '+', text: 'new' }], 'new')).toEqual(['old', -3]);
  });
});

describe('bounded word diff', () => {
  const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'A', ',', 'e'), { maxLength: 160 }).map((parts) => parts.join(' '));

  it('is the diff package’s diff with the edit bound, only sooner', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        expect(boundedDiffWords(a, b)).toEqual(diffWords(a, b, { maxEditLength: MAX_DIFF_EDITS }));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});

describe('judgement cache bookkeeping', () => {
  it('is unchanged only when every stored entry was reused and none added', () => {
    const sets = scenario('number-conflict');
    const first = new JudgementCache();
    buildReport(sets, { judgements: first });
    expect(first.unchanged).toBe(false);
    const again = new JudgementCache(stored(first));
    buildReport(sets, { judgements: again });
    expect(again.unchanged).toBe(true);
    const fewer = new JudgementCache(stored(first));
    buildReport(sets.slice(1), { judgements: fewer });
    expect(fewer.unchanged).toBe(false);
  });

  it('records a judgement made elsewhere, which the pair then gives without judging, and keeps the first one recorded', () => {
    const { a, b, similarity } = pairOf('Ten jets flew on Monday.', 'Twelve jets flew on Monday.');
    const made = judgeWithDiff({ a, b, similarity })!;
    expect(made.rule).toBe('numeric-mismatch');
    const cache = new JudgementCache();
    cache.record(a, b, similarity, made);
    cache.record(a, b, similarity, null);
    expect(cache.pair(a, b, similarity, () => expect.unreachable('judged again'))).toEqual(made);
    expect(cache).toMatchObject({ judged: 1, reused: 0 });
  });
});
