import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { claimsChecksum } from '../../src/extract/claims.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/main.js');

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const dir = tempDir('crosscheck-');
  cpSync(join(root, 'test/scenarios/number-conflict/articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

describe('crosscheck CLI', () => {
  it('is built (npm install runs the build)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('prints its version and help with examples', () => {
    expect(run(root, '--version').stdout.trim()).toBe(VERSION);
    const help = run(root, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
  });

  it('checks articles, writes claims and reports, and exits 1 on conflicts only with --fail-on', () => {
    const dir = workspace();
    expect(run(dir, 'check', 'articles', '--quiet').code).toBe(0);
    expect(existsSync(join(dir, 'claims/agency.json'))).toBe(true);
    expect(existsSync(join(dir, 'reports/report.md'))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
    expect(report.comparisons.map((comparison: { verdict: string }) => comparison.verdict)).toContain('contradict');
    expect(run(dir, 'check', 'articles', '--quiet', '--fail-on', 'contradict').code).toBe(1);
  });

  it('names a bad file in one line, goes on with the others and exits 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'articles/empty.txt'), '');
    writeFileSync(join(dir, 'articles/image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = run(dir, 'check', 'articles', 'missing.txt', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('crosscheck: articles/empty.txt: empty file\n');
    expect(result.stderr).toMatch(/crosscheck: articles\/image\.txt: binary file/);
    expect(result.stderr).toMatch(/crosscheck: missing\.txt: no such file or folder/);
    const report = JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
    expect(report.articles.map((article: { id: string }) => article.id)).toEqual(['agency', 'paper']);
    expect(report.problems.map((problem: { file: string }) => problem.file)).toEqual(['articles/empty.txt', 'articles/image.txt', 'missing.txt']);
  });

  it('reads metadata from sources.json and YAML front matter', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'articles/sources.json'), JSON.stringify({ 'agency.md': { outlet: 'Agency Wire', url: 'https://example.org/a' } }));
    run(dir, 'check', 'articles', '--quiet');
    const report = JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
    expect(report.articles[0]).toMatchObject({ id: 'agency', outlet: 'Agency Wire', url: 'https://example.org/a', published: { date: '2025-06-03', source: 'metadata' } });
    writeFileSync(join(dir, 'articles/sources.json'), JSON.stringify({ 'agency.md': { outlet: 7 } }));
    const result = run(dir, 'check', 'articles', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/crosscheck: articles\/sources\.json: does not match schemas\/sources\.schema\.json/);
  });

  it('checks an article that restates another against it, and names a derived-from that points nowhere', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'articles/digest.md'), 'Officials said a quake near Kessling on Monday destroyed 450 houses in Valdora.\n');
    writeFileSync(join(dir, 'articles/sources.json'), JSON.stringify({ 'digest.md': { derivedFrom: 'agency' } }));
    expect(run(dir, 'check', 'articles', '--quiet').code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
    expect(report.articles.find((article: { id: string }) => article.id === 'digest')).toMatchObject({ derivedFrom: 'agency' });
    expect(readFileSync(join(dir, 'reports/report.md'), 'utf8')).toContain('digest (restates agency)');
    const unsupported = report.comparisons.find((comparison: { rule: string }) => comparison.rule === 'unsupported-mention');
    expect(unsupported).toMatchObject({ verdict: 'contradict', kind: 'entity', values: { a: '', b: 'Kessling' } });
    expect(unsupported.claims.map((claim: { article: string }) => claim.article)).toEqual(['agency', 'digest']);
    writeFileSync(join(dir, 'articles/sources.json'), JSON.stringify({ 'digest.md': { derivedFrom: 'wire' } }));
    const result = run(dir, 'check', 'articles', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('crosscheck: articles/digest.md: derived-from "wire" names no article that was read; its support is not checked\n');
    expect(JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8')).problems).toEqual([{ file: 'articles/digest.md', reason: 'derived-from "wire" names no article that was read; its support is not checked' }]);
  });

  it('keeps a claims file edited by hand and uses it', () => {
    const dir = workspace();
    run(dir, 'extract', 'articles', '--quiet');
    const file = join(dir, 'claims/paper.json');
    const edited = readFileSync(file, 'utf8').replace('destroyed 980 houses', 'destroyed 450 houses');
    writeFileSync(file, edited);
    const result = run(dir, 'check', 'articles');
    expect(result.stderr).toMatch(/claims\/paper\.json: edited by hand since extraction; kept/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('silently refreshes claims written by an older extractor, which are not hand edits', () => {
    const dir = workspace();
    run(dir, 'extract', 'articles', '--quiet');
    const file = join(dir, 'claims/paper.json');
    const fresh = readFileSync(file, 'utf8');
    const older = JSON.parse(fresh);
    older.extractor = 'crosscheck-extract/0';
    older.claims[0].checkWorthiness = 0.31;
    older.checksum = claimsChecksum(older.claims);
    writeFileSync(file, JSON.stringify(older));
    const result = run(dir, 'check', 'articles');
    expect(result.stderr).not.toMatch(/edited by hand/);
    expect(readFileSync(file, 'utf8')).toBe(fresh);
  });

  it('reuses the claims of unchanged articles and re-extracts only what changed', () => {
    const dir = workspace();
    run(dir, 'check', 'articles', '--quiet');
    expect(run(dir, 'check', 'articles').stderr).toContain('2 of 2 articles unchanged');
    const paper = join(dir, 'articles/paper.md');
    writeFileSync(paper, readFileSync(paper, 'utf8').replace('980 houses', '990 houses'));
    expect(run(dir, 'check', 'articles').stderr).toContain('1 of 2 articles unchanged');
    expect(readFileSync(join(dir, 'claims/paper.json'), 'utf8')).toContain('990 houses');
  });

  it('reuses judgements from claims/.judgements-*.json, judges changed pairs afresh, and survives a bad cache file', () => {
    const dir = workspace();
    const reportOf = () => readFileSync(join(dir, 'reports/report.json'), 'utf8');
    const shards = () => readdirSync(join(dir, 'claims')).filter((name) => /^\.judgements-[0-9a-f]\.json$/.test(name));
    run(dir, 'check', 'articles', '--quiet');
    const cold = reportOf();
    expect(shards()).toHaveLength(16);
    const again = run(dir, 'check', 'articles');
    expect(again.stderr).toMatch(/crosscheck: (\d+) of \1 judgements reused from claims\/\.judgements-\*\.json/);
    expect(reportOf()).toBe(cold);

    const paper = join(dir, 'articles/paper.md');
    writeFileSync(paper, readFileSync(paper, 'utf8').replace('980 houses', '990 houses'));
    const changed = run(dir, 'check', 'articles');
    const [, reused, total] = /crosscheck: (\d+) of (\d+) judgements reused/.exec(changed.stderr) ?? [];
    expect(Number(reused)).toBeGreaterThan(0);
    expect(Number(reused)).toBeLessThan(Number(total));
    const cachedReport = reportOf();
    run(dir, 'check', 'articles', '--quiet', '--force');
    expect(reportOf()).toBe(cachedReport);

    // The largest share holds entries; damaged, it is named, left out, and written anew.
    const largest = shards().sort((x, y) => statSync(join(dir, 'claims', y)).size - statSync(join(dir, 'claims', x)).size)[0]!;
    const damaged = join(dir, 'claims', largest);
    writeFileSync(damaged, '{"version": 1, "compare": "x", "pairs": {"not-a-key": null}, "internal": {}}');
    const bad = run(dir, 'check', 'articles');
    expect(bad.code).toBe(0);
    expect(bad.stderr).toContain(`crosscheck: claims/${largest}: does not match schemas/judgements.schema.json`);
    const [, partly, all] = /crosscheck: (\d+) of (\d+) judgements reused/.exec(bad.stderr) ?? [];
    expect(Number(partly)).toBeLessThan(Number(all));
    expect(reportOf()).toBe(cachedReport);
    expect(JSON.parse(readFileSync(damaged, 'utf8')).compare).not.toBe('x');
  });

  it('compares hand-edited claims, and writes nothing when a claims file is invalid', () => {
    const dir = workspace();
    run(dir, 'extract', 'articles', '--quiet');
    expect(run(dir, 'compare', 'claims', '--quiet').code).toBe(0);
    const file = join(dir, 'claims/paper.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.claims[0].span = [1, 2, 3];
    writeFileSync(file, JSON.stringify(data));
    const before = readFileSync(join(dir, 'reports/report.json'), 'utf8');
    const result = run(dir, 'compare', 'claims', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/crosscheck: claims\/paper\.json: does not match schemas\/claims\.schema\.json at \/claims\/0\/span/);
    expect(readFileSync(join(dir, 'reports/report.json'), 'utf8')).toBe(before);
  });

  it('rejects bad usage with exit 2', () => {
    expect(run(root, 'check').code).toBe(2);
    expect(run(root, 'frobnicate').code).toBe(2);
  });
});
