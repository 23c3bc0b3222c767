import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/cli/io.js';
import { editsFor, paraphraseControl, runSuite } from '../../src/eval/perturb.js';
import { claimOf } from '../helpers/claims.js';

describe('perturbation suite', () => {
  it('edits only what a claim shares with its corroborating claims', () => {
    const claim = claimOf('a', 'On Monday 450 houses were destroyed by the earthquake in Valdora, officials said.', '2025-06-03');
    const partner = claimOf('b', 'On Monday the Valdora earthquake destroyed 450 houses.', '2025-06-03');
    const kinds = editsFor(claim, [partner]).map((edit) => edit.kind);
    expect(kinds).toEqual(expect.arrayContaining(['weekday', 'numeric', 'negation']));
    expect(editsFor(claim, [claimOf('c', 'Officials said the houses in Valdora were destroyed.')]).map((edit) => edit.kind)).not.toContain('numeric');
  });

  it('changes an ordinal only through the ordinal edit, never as an antonym ("second" → "first")', () => {
    const claim = claimOf('a', 'It is the second strike at the port of Tolvik this year, officials said.', '2025-09-15');
    const partner = claimOf('b', 'The stoppage is the second at the port of Tolvik in 2025, officials said.', '2025-09-15');
    const edits = editsFor(claim, [partner]);
    expect(edits.filter((edit) => edit.kind === 'ordinal').map((edit) => edit.replacement)).toEqual(['third']);
    expect(edits.filter((edit) => edit.kind === 'antonym')).toEqual([]);
  });

  it('scales a figure as written, keeping its multiplier ("2.4 million" → "3.84 million")', () => {
    const claim = claimOf('a', 'The court fined Kovar 2.4 million euros on Monday.', '2025-06-03');
    const partner = claimOf('b', 'Kovar was fined 2.4 million euros by the court on Monday.', '2025-06-03');
    expect(editsFor(claim, [partner]).filter((edit) => edit.kind === 'numeric').map((edit) => edit.replacement)).toEqual(['3.84 million']);
  });

  it('changes no number whose bound is open on one side: "in less than four years" is as true as "in less than two"', () => {
    const claim = claimOf('a', 'It was the second election in the region in less than two years.', '2026-05-10');
    const partner = claimOf('b', "It was the region's second election in less than two years.", '2026-05-10');
    expect(editsFor(claim, [partner]).filter((edit) => edit.kind === 'numeric')).toEqual([]);
    const exact = claimOf('c', 'It was the second election in the region in two years.', '2026-05-10');
    expect(editsFor(exact, [claimOf('d', "It was the region's second election in two years.", '2026-05-10')]).filter((edit) => edit.kind === 'numeric').map((edit) => edit.replacement)).toEqual(['four']);
  });

  it('rewords without touching facts', () => {
    expect(paraphraseControl('The army said it conducted 3 drills on Friday.')).toBe('The army stated it carried out 3 drills on Friday.');
  });

  it('over every corpus in examples/: no contradiction before editing, none from rewording, and at least 90% of single edits caught', () => {
    const examples = join(import.meta.dirname, '../../examples');
    const results = readdirSync(examples)
      .sort()
      .map((name) => runSuite(name, readArticles([join(examples, name)]).inputs));
    for (const result of results) {
      expect(result.baseline, result.corpus).toBe(0);
      expect(result.controls.filter((control) => control.newContradictions > 0), result.corpus).toEqual([]);
    }
    const outcomes = results.flatMap((result) => result.outcomes);
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
    expect(outcomes.filter((outcome) => outcome.detected).length / outcomes.length).toBeGreaterThanOrEqual(0.9);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.unrelated, 0)).toBe(0);
  });
});
