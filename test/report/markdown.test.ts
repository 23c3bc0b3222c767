import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/index.js';
import { MAX_LISTED_ROWS, renderMarkdown } from '../../src/report/markdown.js';
import { checkArticles } from '../../src/pipeline.js';
import type { Report } from '../../src/types.js';

describe('escapeMarkdown', () => {
  it('leaves no live markdown or HTML in article text', () => {
    const hostile = '| a | b | `code` # head <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <!-- c --> https://evil.example **bold** _em_ ~~s~~ ![i](y)';
    const safe = escapeMarkdown(hostile);
    expect(safe).not.toMatch(/<(?!\/?\s*$)[a-z!]/i);
    expect(safe).not.toMatch(/(?<!\\)[|`[\]*_~]/);
    expect(safe).not.toContain('://');
    expect(safe).not.toContain('\n');
  });
});

describe('renderMarkdown at scale', () => {
  const at = (hours: number, text: string) => ({ id: `wire-${hours}`, text, published: `2025-07-${String(hours).padStart(2, '0')}` });

  it('folds pairs resolved by scope and single-source claims past a thousand rows, names how many more report.json has, and never cuts conflicts', async () => {
    const report = await checkArticles([
      at(10, 'It was the first joint air drill in Port Arvel in 2024, officials said on Monday, July 8.\n\nThe drill involved 12 jets.\n\nMayor Rosa Lind of Talen opened a new bridge over the river on Friday, with 300 people watching.'),
      at(11, 'It was the first joint air drill in Port Arvel in 2025, officials said on Tuesday, July 9.\n\nThe drill involved 14 jets.'),
    ]);
    const scoped = report.comparisons.find((comparison) => comparison.verdict === 'different-scope')!;
    const contradiction = report.comparisons.find((comparison) => comparison.verdict === 'contradict')!;
    const many = <T>(item: T, count: number, vary: (item: T, index: number) => T) => Array.from({ length: count }, (_, index) => vary(item, index));
    const big: Report = {
      ...report,
      comparisons: [
        ...many(scoped, 1500, (item, index) => ({ ...item, id: `c-s${String(index).padStart(11, '0')}` })),
        ...many(contradiction, 1200, (item, index) => ({ ...item, id: `c-x${String(index).padStart(11, '0')}` })),
      ],
      singleSource: many(report.singleSource[0]!, 1234, (item, index) => ({ ...item, claim: `${item.claim}-${index}` })),
    };
    const markdown = renderMarkdown(big);
    const scopeRows = markdown.split('\n').filter((line) => /^\| `c-s\d+` \|/.test(line)).length;
    const scopeBlocks = markdown.split('\n').filter((line) => /^### \w+ · `c-s\d+`/.test(line)).length;
    expect(scopeRows).toBe(MAX_LISTED_ROWS);
    expect(scopeBlocks).toBeGreaterThan(0);
    expect(scopeBlocks).toBeLessThanOrEqual(50);
    expect(markdown).toContain(`…and ${1500 - scopeBlocks - MAX_LISTED_ROWS} more pairs resolved by scope, listed in report.json.`);
    expect(markdown.split('\n').filter((line) => /^### \w+ · `c-x\d+`/.test(line))).toHaveLength(1200);
    expect(markdown).toContain(`…and ${1234 - MAX_LISTED_ROWS} more single-source claims, listed in report.json.`);
    expect(renderMarkdown(report)).not.toContain('listed in report.json');
  });
});
