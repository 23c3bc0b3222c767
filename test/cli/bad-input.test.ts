import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/schema/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/main.js');

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, USER: 'tester' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = readFileSync(join(root, 'test/scenarios/number-conflict/articles/agency.md'), 'utf8');
const BODY = ARTICLE.replace(/^---[\s\S]*?---\n/, '');

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let level = 1; level < 9; level++) {
  const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
  laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
}

/**
 * One folder holding every kind of bad input next to two good articles: each bad file gets one
 * line on stderr naming it and saying why, the good ones are still checked, the report is written
 * and names what was skipped, and the exit code is 2.
 */
describe('bad input', () => {
  const dir = tempDir('crosscheck-bad-');
  const articles = join(dir, 'articles');
  cpSync(join(root, 'test/scenarios/number-conflict/articles'), articles, { recursive: true });
  const write = (name: string, content: string | Buffer) => writeFileSync(join(articles, name), content);
  write('empty.txt', '');
  write('blank.txt', ' \n\t\n  \n');
  write('no-sentences.txt', '--- *** ---\n... !!! ...\n');
  write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  write('saved-page.txt', '<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>The earthquake destroyed 450 houses.</p></body></html>\n');
  write('huge.txt', '');
  truncateSync(join(articles, 'huge.txt'), 100 * 1024 * 1024);
  write('windows-1252.txt', Buffer.concat([Buffer.from('The mayor said '), Buffer.from([0x93]), Buffer.from('we lost 450 houses'), Buffer.from([0x94]), Buffer.from(' on Monday in Valdora.\n')]));
  write('utf-16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The earthquake in Valdora on Monday destroyed 450 houses, officials said.\n', 'utf16le')]));
  write('broken-yaml.md', `---\ntitle: [unclosed\n---\n${BODY}`);
  write('billion-laughs.md', `---\n${laughs.join('\n')}\n---\n${BODY}`);
  write('paper.txt', BODY); // same id as paper.md
  write('Valdora.TXT', BODY.replace('450', '453'));
  write('valdora.md', BODY.replace('450', '454')); // same claims file name as Valdora.TXT on a case-insensitive disk
  write('my article — статья 東京.txt', BODY.replace('450', '451'));
  write('$(touch pwned); rm -rf ~ `id`.txt', BODY.replace('450', '452'));
  symlinkSync('self-loop.txt', join(articles, 'self-loop.txt'));
  mkdirSync(join(articles, 'nested'));
  symlinkSync('..', join(articles, 'nested/up'));
  const unreadable = join(articles, 'unreadable.txt');
  write('unreadable.txt', BODY);
  chmodSync(unreadable, 0o000);
  const asRoot = process.getuid?.() === 0;

  const result = run(dir, 'check', 'articles', 'articles/paper.md', 'missing.txt', '--quiet');
  const lines = result.stderr.trimEnd().split('\n');
  const said = (file: string) => lines.filter((line) => line.startsWith(`crosscheck: ${file}: `));

  it('exits 2 and still writes a valid report of the good articles that names what was skipped', () => {
    expect(result.code).toBe(2);
    const report = JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
    expect(validateReport(report)).toMatchObject({ ok: true });
    const ids = report.articles.map((article: { id: string }) => article.id);
    expect(ids).toEqual(expect.arrayContaining(['agency', 'paper', 'Valdora', 'windows-1252', 'utf-16', 'broken-yaml', 'billion-laughs', 'my article — статья 東京', '$(touch pwned); rm -rf ~ `id`']));
    const skipped = report.problems.map((problem: { file: string }) => problem.file);
    expect(skipped).toEqual(expect.arrayContaining(['articles/empty.txt', 'articles/image.txt', 'articles/huge.txt', 'missing.txt']));
    expect(readFileSync(join(dir, 'reports/report.md'), 'utf8')).toContain('articles/image.txt');
  });

  it.each([
    ['articles/empty.txt', /^empty file$/],
    ['articles/blank.txt', /^file holds only white space$/],
    ['articles/no-sentences.txt', /no check-worthy sentences/],
    ['articles/image.txt', /^binary file/],
    ['articles/saved-page.txt', /^an HTML page, not article text/],
    ['articles/huge.txt', /^larger than --max-file-size \(104857600 > 5242880 bytes\)$/],
    ['articles/windows-1252.txt', /decoded as Windows-1252/],
    ['articles/utf-16.txt', /decoded as UTF-16 \(little-endian/],
    ['articles/broken-yaml.md', /front matter is not valid YAML/],
    ['articles/billion-laughs.md', /front matter rejected/],
    ['articles/paper.txt', /^article id "paper" clashes with articles\/paper\.md \(same claims file name\); skipped$/],
    ['articles/valdora.md', /^article id "valdora" clashes with articles\/Valdora\.TXT/],
    ['articles/paper.md', /given more than once; read once/],
    ['articles/self-loop.txt', /symlink loop|ELOOP/],
    ['articles/nested/up', /folder loop/],
    ['missing.txt', /^no such file or folder$/],
  ])('says in one line what is wrong with %s', (file, reason) => {
    const messages = said(file);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]!.slice(`crosscheck: ${file}: `.length)).toMatch(reason);
  });

  it('names an unreadable file when not running as root (root reads it)', () => {
    if (asRoot) expect(said('articles/unreadable.txt')).toEqual([]);
    else expect(said('articles/unreadable.txt')[0]).toMatch(/cannot read: EACCES/);
  });

  it('reads names with spaces, unicode and shell characters as they are, and runs nothing', () => {
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    const claimFiles = readdirSync(join(dir, 'claims'));
    expect(claimFiles).toContain('my_article_статья_東京.json');
    expect(claimFiles).toContain('_touch_pwned_rm_-rf_id_.json');
    for (const name of claimFiles) expect(name).toMatch(/^[\p{L}\p{N}_.-]+\.json$/u);
  });

  it('keeps every message on one line and the report free of absolute paths', () => {
    for (const line of lines) expect(line).toMatch(/^crosscheck: /);
    const report = readFileSync(join(dir, 'reports/report.json'), 'utf8');
    expect(report).not.toContain(dir);
    expect(report).not.toContain('../');
  });
});

describe('a single 5 MB line', () => {
  it('is read in linear time and its claims point into the text', () => {
    const dir = tempDir('crosscheck-line-');
    mkdirSync(join(dir, 'articles'));
    const sentence = 'The B-52 bomber landed at Osan Air Base on Monday, officials said, and ';
    const line = sentence.repeat(Math.ceil(5_000_000 / sentence.length)).slice(0, 5_000_000);
    writeFileSync(join(dir, 'articles/one-line.txt'), line);
    const result = run(dir, 'extract', 'articles', '--quiet');
    expect(result.code).toBe(0);
    const set = JSON.parse(readFileSync(join(dir, 'claims/one-line.json'), 'utf8'));
    expect(set.claims.length).toBeGreaterThan(1000);
    for (const claim of set.claims) expect(line.slice(claim.span[0], claim.span[1])).toBe(claim.text);
  }, 120_000);
});

describe('an output that cannot be written', () => {
  const workspace = () => {
    const dir = tempDir('crosscheck-unwritable-');
    cpSync(join(root, 'test/scenarios/number-conflict/articles'), join(dir, 'articles'), { recursive: true });
    return dir;
  };

  it('names the file and the reason when a folder in the path is a file, and exits 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'blocker'), 'not a folder');
    const result = run(dir, 'check', 'articles', '--quiet', '--reports', 'blocker/reports');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crosscheck: blocker/reports/report.json: cannot write: a part of the path is a file, not a folder; the file was left as it was, with nothing half-written\n');
  });

  it('leaves the old report and no partial file when the disk refuses a write part-way (a file size limit)', () => {
    const dir = workspace();
    expect(run(dir, 'check', 'articles', '--quiet').code).toBe(0);
    const before = readFileSync(join(dir, 'reports/report.json'), 'utf8');
    writeFileSync(join(dir, 'articles/paper.md'), readFileSync(join(dir, 'articles/paper.md'), 'utf8').replace('980 houses', '990 houses'));
    // `ulimit -f 4`: writes past 4 KiB fail with EFBIG, as on a full disk; Node ignores SIGXFSZ.
    const limited = spawnSync('bash', ['-c', `ulimit -f 4 && exec "${process.execPath}" "${bin}" check articles --quiet`], { cwd: dir, encoding: 'utf8' });
    expect(limited.status).toBe(2);
    expect(limited.stderr).toMatch(/^crosscheck: reports\/report\.json: cannot write: file too large for this file system or its size limit; the file was left as it was/);
    expect(readFileSync(join(dir, 'reports/report.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'reports')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
