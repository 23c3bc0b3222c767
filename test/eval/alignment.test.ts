import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/cli/io.js';
import { scoreAlignment, type AlignmentGold } from '../../src/eval/alignment.js';
import { buildReport, extractArticles } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');

describe('alignment against gold pairs', () => {
  for (const file of readdirSync(join(root, 'test/alignment')).sort()) {
    it(file, () => {
      const gold = JSON.parse(readFileSync(join(root, 'test/alignment', file), 'utf8')) as AlignmentGold;
      const { claimSets } = extractArticles(readArticles([join(root, 'examples', gold.corpus)]).inputs);
      const [linked, compared] = scoreAlignment(gold, claimSets.flatMap((set) => set.claims), buildReport(claimSets));
      expect(linked!.unresolved).toEqual([]);
      // Paraphrases must align; unrelated sentences that share a name must not be compared.
      expect(linked!.recall).toBeGreaterThanOrEqual(0.6);
      expect(compared!.precision).toBeGreaterThanOrEqual(0.9);
    });
  }
});
