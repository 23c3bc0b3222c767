import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRUTHFINDER_DEFAULTS, truthFinder } from '../../src/audit/truthfinder.js';
import { referenceTruthFinder } from './truthfinder-reference.js';

describe('TruthFinder', () => {
  it('matches a hand-computed first iteration', () => {
    // Two sources, one fact each, supporting each other. t0 = 0.9, so τ = −ln(0.1) = 2.302585;
    // σ*(f) = τ + ρ·τ = 3.453878; s(f) = 1 / (1 + e^(−0.3 · 3.453878)) = 1 / (1 + 0.354811) = 0.738109, and t = s.
    const result = truthFinder(
      { sources: ['a', 'b'], facts: [{ id: 'a1', source: 'a' }, { id: 'b1', source: 'b' }], implications: [{ a: 'a1', b: 'b1', weight: 1 }] },
      { ...TRUTHFINDER_DEFAULTS, maxIterations: 1 },
    );
    expect(result.confidence.get('a1')).toBeCloseTo(0.738109, 5);
    expect(result.trust.get('b')).toBeCloseTo(0.738109, 5);
  });

  it('matches a hand-computed contradiction', () => {
    // A supported fact against a contradicted one: σ*(x) = τ + ρ(τ − τ) = τ = 2.302585 → s = 1 / (1 + e^(−0.690776)) = 0.666139.
    // The lone contradicted fact: σ*(y) = τ − ρτ = 1.151293 → s = 1 / (1 + e^(−0.345388)) = 0.585499.
    const result = truthFinder(
      {
        sources: ['a', 'b', 'c'],
        facts: [{ id: 'x', source: 'a' }, { id: 'x2', source: 'b' }, { id: 'y', source: 'c' }],
        implications: [{ a: 'x', b: 'x2', weight: 1 }, { a: 'x', b: 'y', weight: -1 }],
      },
      { ...TRUTHFINDER_DEFAULTS, maxIterations: 1 },
    );
    expect(result.confidence.get('x')).toBeCloseTo(0.666139, 5);
    expect(result.confidence.get('y')).toBeCloseTo(0.585499, 5);
  });

  it('converges, and ranks a known unreliable source last', () => {
    // Three reliable outlets agree on five facts; one outlet contradicts four of them and adds one of its own.
    const sources = ['wire', 'daily', 'weekly', 'rumours'];
    const facts = [];
    const implications = [];
    for (let fact = 0; fact < 5; fact++) {
      for (const source of ['wire', 'daily', 'weekly']) facts.push({ id: `${source}${fact}`, source });
      implications.push({ a: `wire${fact}`, b: `daily${fact}`, weight: 1 }, { a: `wire${fact}`, b: `weekly${fact}`, weight: 1 }, { a: `daily${fact}`, b: `weekly${fact}`, weight: 1 });
    }
    for (let fact = 0; fact < 4; fact++) {
      facts.push({ id: `rumours${fact}`, source: 'rumours' });
      for (const source of ['wire', 'daily', 'weekly']) implications.push({ a: `rumours${fact}`, b: `${source}${fact}`, weight: -1 });
    }
    facts.push({ id: 'rumours-extra', source: 'rumours' });
    const result = truthFinder({ sources, facts, implications });
    expect(result.converged).toBe(true);
    const ranked = [...result.trust.entries()].sort((x, y) => y[1] - x[1]).map(([source]) => source);
    expect(ranked.at(-1)).toBe('rumours');
    expect(result.trust.get('rumours')!).toBeLessThan(result.trust.get('wire')! - 0.1);
  });

  it('respects settled facts from reviews', () => {
    const result = truthFinder({
      sources: ['a', 'b'],
      facts: [{ id: 'a1', source: 'a' }, { id: 'b1', source: 'b' }],
      implications: [{ a: 'a1', b: 'b1', weight: -1 }],
      fixed: new Map([['a1', 0], ['b1', 1]]),
    });
    expect(result.trust.get('a')).toBe(0);
    expect(result.trust.get('b')).toBe(1);
  });

  it('gives exactly what the map-based reference gives, on any graph', () => {
    const id = fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'unknown');
    const source = fc.constantFrom('a', 'b', 'c', 'unlisted');
    const graph = fc.record({
      sources: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }),
      facts: fc.array(fc.record({ id, source }), { maxLength: 12 }),
      implications: fc.array(fc.record({ a: id, b: id, weight: fc.constantFrom(1, -1, 0.5) }), { maxLength: 20 }),
      fixed: fc.array(fc.tuple(id, fc.constantFrom(0, 1)), { maxLength: 3 }),
      maxIterations: fc.nat(6),
    });
    fc.assert(
      fc.property(graph, ({ fixed, maxIterations, ...input }) => {
        const parameters = { ...TRUTHFINDER_DEFAULTS, maxIterations };
        const fast = truthFinder({ ...input, fixed: new Map(fixed) }, parameters);
        const reference = referenceTruthFinder({ ...input, fixed: new Map(fixed) }, parameters);
        expect([...fast.trust]).toStrictEqual([...reference.trust]);
        expect([...fast.confidence]).toStrictEqual([...reference.confidence]);
        expect([fast.iterations, fast.converged]).toEqual([reference.iterations, reference.converged]);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });
});
