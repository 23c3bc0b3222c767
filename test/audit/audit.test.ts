import { describe, expect, it } from 'vitest';
import { corroborationLinks, corroborations, singleSourceClaims, summarizeSources } from '../../src/audit/index.js';
import type { Claim, Comparison } from '../../src/types.js';

function claim(id: string, modality: Claim['modality'] = 'asserted'): Claim {
  const [article] = id.split('#') as [string];
  return { id, article, text: id, span: [0, 1], checkWorthiness: 1, entities: [], quantities: [], times: [], ordinals: [], negations: [], modality, modalityCues: [], eventKind: 'other', terms: [] };
}

function comparison(a: string, b: string, verdict: Comparison['verdict'], kind: Comparison['kind'] = 'paraphrase'): Comparison {
  const ref = (id: string) => ({ article: id.split('#')[0]!, claim: id, text: id, span: [0, 1] as [number, number] });
  return { id: `c-${a}${b}`, topic: 't1', rule: 'test', verdict, kind, reason: 'r', confidence: 1, similarity: 1, diff: [], claims: [ref(a), ref(b)] };
}

describe('audit', () => {
  const claims = [claim('a#1'), claim('a#2', 'planned'), claim('b#1'), claim('c#1'), claim('c#2')];
  const comparisons = [comparison('a#1', 'b#1', 'agree'), comparison('b#1', 'c#1', 'agree'), comparison('a#2', 'c#2', 'compatible', 'modality'), comparison('a#2', 'b#1', 'contradict', 'numeric')];

  it('lists corroborated claims once, without chaining agreement and without counting plans', () => {
    expect(corroborations(claims, corroborationLinks(comparisons))).toEqual([
      { claim: expect.objectContaining({ claim: 'a#1' }), articles: ['b'] },
      { claim: expect.objectContaining({ claim: 'c#1' }), articles: ['b'] },
    ]);
  });

  it('counts two articles reporting one happening on one day as corroboration', () => {
    const ref = (id: string) => ({ article: id.split('#')[0]!, claim: id, text: id, span: [0, 1] as [number, number] });
    const links = corroborationLinks([], [{ id: 'e-000000000000', kind: 'drill', date: '2025-07-11', status: 'reported', equipment: [], sources: ['a', 'c'], claims: [ref('a#1'), ref('c#2')] }]);
    expect(corroborations(claims, links)).toEqual([{ claim: expect.objectContaining({ claim: 'a#1' }), articles: ['c'] }]);
  });

  it('counts per source: corroborated, contradicted, single-source, hedged', () => {
    const single = singleSourceClaims([...claims, claim('d#1')], comparisons, new Set());
    expect(single.map((ref) => ref.claim)).toEqual(['d#1']);
    expect(summarizeSources(['a', 'b'], claims, comparisons, corroborationLinks(comparisons), single, [])).toEqual([
      { article: 'a', claims: 2, corroborated: 1, contradicted: 1, singleSource: 0, hedged: 1, internal: 0 },
      { article: 'b', claims: 1, corroborated: 1, contradicted: 1, singleSource: 0, hedged: 0, internal: 0 },
    ]);
  });
});
