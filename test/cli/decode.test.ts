import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/cli/io.js';

describe('decoding article files', () => {
  const sentence = 'The minister said “we will not accept it” on Friday.';

  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeArticle(Buffer.from(sentence, 'utf8'))).toEqual({ text: sentence });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence, 'utf8')]))).toEqual({ text: sentence });
  });

  it('reads UTF-16 with a byte-order mark, and says so', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]);
    expect(decodeArticle(little)).toEqual({ text: sentence, note: expect.stringContaining('UTF-16') });
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toMatchObject({ text: sentence });
  });

  it('reads Windows-1252 curly quotes when the bytes are not UTF-8, and says so', () => {
    const cp1252 = Buffer.from([0x93, 0x57, 0x65, 0x20, 0x61, 0x67, 0x72, 0x65, 0x65, 0x94, 0x2c, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x2e]);
    expect(decodeArticle(cp1252)).toEqual({ text: '“We agree”, said José.', note: expect.stringContaining('Windows-1252') });
  });

  it('names what is not an article', () => {
    expect(decodeArticle(Buffer.alloc(0))).toEqual({ error: 'empty file' });
    expect(decodeArticle(Buffer.from(' \n\t '))).toEqual({ error: 'file holds only white space' });
    expect(decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatchObject({ error: expect.stringContaining('binary') });
    expect(decodeArticle(Buffer.from('<!DOCTYPE html><html><body><p>News</p></body></html>'))).toMatchObject({ error: expect.stringContaining('HTML page') });
  });
});
