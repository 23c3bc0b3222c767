import { describe, expect, it } from 'vitest';
import { ingestArticle, inputHash } from '../../src/ingest/index.js';

const slice = (text: string, span: [number, number]) => text.slice(span[0], span[1]);

describe('ingest', () => {
  it('strips page furniture but keeps the facts', () => {
    const text = [
      ' date 2025-07-11 Home / World News / Drills held',
      'Drills held',
      'AP Seoul',
      'Last Updated : Jul 11 2025 | 12:37 PM IST',
      'The drill took place on Friday.',
      'Topics :South KoreaJapan',
      'Source link',
      'Comment (0)',
      'Post a Comment',
      '(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)',
    ].join('\n');
    const { article } = ingestArticle({ id: 'x', text });
    const body = article.body.map((span) => slice(text, span));
    expect(body).toEqual(['Drills held', 'The drill took place on Friday.']);
    expect(article.boilerplate.map((item) => item.why)).toEqual(['breadcrumb', 'dateline', 'date header', 'topic list', 'footer link', 'footer link', 'footer link', 'syndication notice']);
  });

  it('cuts an image credit glued to the first sentence, keeping the sentence', () => {
    const text = 'image credit : apnewsSouth Korea held a drill on Friday.';
    const { article } = ingestArticle({ id: 'x', text });
    expect(article.body.map((span) => slice(text, span))).toEqual(['South Korea held a drill on Friday.']);
  });

  it('reads the publication date from metadata, then header lines, and marks inferred dates', () => {
    expect(ingestArticle({ id: 'a', text: 'Body.', published: '2025-01-02T10:00:00Z' }).article.published).toEqual({ date: '2025-01-02', source: 'metadata' });
    expect(ingestArticle({ id: 'b', text: 'First Published: Jul 11 2025 | 12:37 PM IST\nBody.' }).article.published).toMatchObject({ date: '2025-07-11', source: 'header' });
    expect(ingestArticle({ id: 'c', text: ' date 2025-07-11 Home / News\nBody.' }).article.published).toMatchObject({ date: '2025-07-11', source: 'header' });
    const inferred = ingestArticle({ id: 'd', text: 'The allies held a drill on Sunday, November 3. It was the fourth in 2023.' }).article.published;
    expect(inferred).toMatchObject({ date: '2024-11-03', source: 'inferred' });
    expect(ingestArticle({ id: 'e', text: 'A drill is planned for this weekend.' }).article.published).toBeUndefined();
  });

  it('reads YAML front matter and reports broken or hostile front matter without throwing', () => {
    const good = ingestArticle({ id: 'a', text: '---\ntitle: T\noutlet: O\npublished: 2025-03-04\n---\nBody text here.' });
    expect(good.article).toMatchObject({ title: 'T', outlet: 'O', published: { date: '2025-03-04', source: 'metadata' } });
    expect(good.warnings).toEqual([]);
    const broken = ingestArticle({ id: 'b', text: '---\ntitle: [unclosed\n---\nBody.' });
    expect(broken.warnings).toHaveLength(1);
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) laughs.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const bomb = ingestArticle({ id: 'c', text: `---\n${laughs.join('\n')}\n---\nBody.` });
    expect(bomb.warnings[0]?.reason).toMatch(/front matter/);
  });

  it('reads the source an article restates from front matter or from the caller, which wins', () => {
    expect(ingestArticle({ id: 'a', text: '---\nderived-from: wire\n---\nBody.' }).article.derivedFrom).toBe('wire');
    expect(ingestArticle({ id: 'b', text: '---\nderivedFrom: wire\n---\nBody.' }).article.derivedFrom).toBe('wire');
    expect(ingestArticle({ id: 'c', text: '---\nderived-from: wire\n---\nBody.', derivedFrom: 'agency' }).article.derivedFrom).toBe('agency');
    expect(ingestArticle({ id: 'd', text: '---\nderived-from: 7\n---\nBody.' }).article.derivedFrom).toBeUndefined();
    expect(ingestArticle({ id: 'e', text: 'Body.', derivedFrom: ' ' }).article.derivedFrom).toBeUndefined();
  });

  it('keys an input by its source only when it names one, so earlier claim caches stay valid', () => {
    const plain = { id: 'a', text: 'Body.', outlet: 'O' };
    expect(inputHash(plain)).toBe(inputHash({ ...plain }));
    expect(inputHash({ ...plain, derivedFrom: 'wire' })).not.toBe(inputHash(plain));
    expect(inputHash(plain)).toBe(ingestArticle(plain).article.inputSha256);
  });
});
