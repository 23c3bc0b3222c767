import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { applyDecisions, openConflicts } from '../../src/review/apply.js';
import { emptyDecisions, serializeDecisions, upsertDecision } from '../../src/review/store.js';
import { reviewQueue, reviewSession } from '../../src/cli/commands/review.js';
import { validateDecisions } from '../../src/schema/index.js';
import type { Comparison, Decision, DecisionFile, Report } from '../../src/types.js';
import { wordDiff } from '../../src/compare/judge.js';

function comparison(id: string, a: string, b: string, verdict: Comparison['verdict'] = 'contradict'): Comparison {
  return {
    id,
    topic: 't1',
    rule: 'numeric-mismatch',
    verdict,
    kind: 'numeric',
    reason: 'r',
    confidence: 0.8,
    similarity: 0.9,
    diff: wordDiff(a, b),
    claims: [
      { article: 'x', claim: 'x#1', text: a, span: [0, a.length] },
      { article: 'y', claim: 'y#1', text: b, span: [0, b.length] },
    ],
  };
}

function report(comparisons: Comparison[]): Report {
  return { version: 1, tool: { name: 'crosscheck', version: '0' }, articles: [{ id: 'x' }, { id: 'y' }], topics: [], events: [], comparisons, internal: [], corroborated: [], singleSource: [], sources: [], timeline: [], orphanedDecisions: [], audit: { truthFinder: { initialTrust: 0.9, rho: 0.5, gamma: 0.3, iterations: 0, converged: true }, sources: [], groups: [], copies: [] }, problems: [] };
}

function decision(on: Comparison, what: Decision['decision'], texts?: [string, string]): Decision {
  return {
    comparison: on.id,
    decision: what,
    claims: [
      { article: 'x', text: texts?.[0] ?? on.claims[0].text },
      { article: 'y', text: texts?.[1] ?? on.claims[1].text },
    ],
    verdict: on.verdict,
    kind: on.kind,
    reviewer: 'ed',
    decidedAt: '2026-01-02T03:04:05Z',
  };
}

const one = comparison('c-000000000001', 'The quake destroyed 450 houses in Valdora on Monday.', 'The quake destroyed 980 houses in Valdora on Monday.');
const two = comparison('c-000000000002', 'Lavrov arrived in Pyongyang on Friday for talks.', 'Lavrov arrived in Pyongyang on Sunday for talks.');

describe('decisions store', () => {
  it('keeps one record per comparison, sorted by id, one per line, and valid', () => {
    let file: DecisionFile = emptyDecisions();
    file = upsertDecision(file, decision(two, 'confirmed'));
    file = upsertDecision(file, decision(one, 'dismissed'));
    file = upsertDecision(file, decision(two, 'dismissed'));
    expect(file.decisions.map((record) => [record.comparison, record.decision])).toEqual([
      ['c-000000000001', 'dismissed'],
      ['c-000000000002', 'dismissed'],
    ]);
    const text = serializeDecisions(file);
    expect(text.split('\n').filter((line) => line.includes('"comparison"'))).toHaveLength(2);
    expect(validateDecisions(JSON.parse(text))).toMatchObject({ ok: true });
    expect(serializeDecisions(JSON.parse(text) as DecisionFile)).toBe(text);
  });
});

describe('applying decisions', () => {
  it('applies current decisions, marks edited claims stale, and lists orphans', () => {
    const edited = comparison('c-000000000009', 'The quake destroyed 460 houses in Valdora on Monday.', 'The quake destroyed 980 houses in Valdora on Monday.');
    const gone = decision(comparison('c-0000000000ff', 'Something else entirely happened.', 'Nothing like it.'), 'confirmed');
    const applied = applyDecisions(report([edited, two]), [decision(one, 'dismissed'), decision(two, 'dismissed'), gone]);
    expect(applied.comparisons.map((item) => [item.id, item.review?.decision, item.review?.stale])).toEqual([
      ['c-000000000009', 'dismissed', true],
      ['c-000000000002', 'dismissed', false],
    ]);
    expect(applied.orphanedDecisions.map((item) => item.comparison)).toEqual(['c-0000000000ff']);
    // --fail-on counts the stale one (not applied) but not the dismissed one.
    expect(openConflicts(applied).map((item) => item.id)).toEqual(['c-000000000009']);
  });
});

describe('interactive review', () => {
  it('takes one key per finding from an injected stream, with notes, and saves after each decision', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += chunk));
    const saved: DecisionFile[] = [];
    const rep = report([one, two, comparison('c-000000000003', 'a b c', 'a b d', 'different-scope')]);
    const queue = reviewQueue(rep, []);
    expect(queue.map((item) => item.id)).toEqual(['c-000000000001', 'c-000000000002']);
    input.end('x\nn\nnot the same count\nb\nq\n');
    const made = await reviewSession(rep, queue, emptyDecisions(), (file) => saved.push(file), 'alice', { input, output, color: false });
    expect(made).toBe(1);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.decisions).toMatchObject([{ comparison: 'c-000000000001', decision: 'confirmed', right: 'y', note: 'not the same count', reviewer: 'alice' }]);
    expect(printed).toContain('"x" is not one of');
    expect(printed).toContain('[-');
  });
});
