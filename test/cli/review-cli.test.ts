import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDecisions } from '../../src/schema/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/main.js');

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, USER: 'tester' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const dir = tempDir('crosscheck-review-');
  cpSync(join(root, 'test/scenarios/number-conflict/articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

function report(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8'));
}

describe('crosscheck review', () => {
  it('records a decision that later runs apply, and --fail-on counts only what is not dismissed', () => {
    const dir = workspace();
    expect(run(dir, 'check', 'articles', '--quiet', '--fail-on', 'contradict').code).toBe(1);
    const [line] = run(dir, 'review', '--list').stdout.trim().split('\n');
    const id = line!.split('\t')[0]!;
    expect(line).toContain('unreviewed');
    expect(run(dir, 'review', '--decide', `${id}=dismissed`, '--note', 'two different counts').code).toBe(0);
    expect(run(dir, 'check', 'articles', '--quiet', '--fail-on', 'contradict').code).toBe(0);
    const comparison = report(dir).comparisons.find((item: { id: string }) => item.id === id);
    expect(comparison.review).toMatchObject({ decision: 'dismissed', reviewer: 'tester', stale: false, note: 'two different counts' });
    expect(readFileSync(join(dir, 'reports/report.md'), 'utf8')).toMatch(/## Dismissed by reviewers[\s\S]*dismissed by tester/);
    expect(run(dir, 'review', '--decide', `${id}=confirmed`, '--right', 'agency').code).toBe(0);
    expect(run(dir, 'check', 'articles', '--quiet', '--fail-on', 'contradict').code).toBe(1);
    expect(run(dir, 'review', '--decide', `${id}=confirmed`, '--right', 'nobody').code).toBe(2);
  });

  it('marks a decision stale when a claim changed, and lists it as orphaned when its comparison is gone', () => {
    const dir = workspace();
    run(dir, 'check', 'articles', '--quiet');
    const id = run(dir, 'review', '--list').stdout.split('\t')[0]!;
    run(dir, 'review', '--decide', `${id}=confirmed`);
    const paper = join(dir, 'articles/paper.md');
    writeFileSync(paper, readFileSync(paper, 'utf8').replace('980 houses', '990 houses'));
    run(dir, 'check', 'articles', '--quiet');
    expect(report(dir).comparisons.filter((item: { review?: { stale: boolean } }) => item.review?.stale)).toHaveLength(1);
    rmSync(paper);
    run(dir, 'check', 'articles', '--quiet');
    expect(report(dir).orphanedDecisions.map((item: { comparison: string }) => item.comparison)).toEqual([id]);
    expect(readFileSync(join(dir, 'reports/report.md'), 'utf8')).toContain('## Orphaned review decisions');
    expect(run(dir, 'review', '--list').stdout).toContain(`${id}\torphaned`);
  });

  it('never overwrites an invalid decisions file, and says how to fix it', () => {
    const dir = workspace();
    run(dir, 'check', 'articles', '--quiet');
    const id = run(dir, 'review', '--list').stdout.split('\t')[0]!;
    const broken = '{"version": 1, "decisions": [ {"comparison": "c-1"';
    mkdirSync(join(dir, 'reviews'));
    writeFileSync(join(dir, 'reviews/decisions.json'), broken);
    const decided = run(dir, 'review', '--decide', `${id}=confirmed`);
    expect(decided.code).toBe(2);
    expect(decided.stderr).toMatch(/crosscheck: reviews\/decisions\.json: not valid JSON .*never overwrites it/);
    const checked = run(dir, 'check', 'articles', '--quiet');
    expect(checked.code).toBe(2);
    expect(readFileSync(join(dir, 'reviews/decisions.json'), 'utf8')).toBe(broken);
  });

  it('leaves the decisions file old or new, never corrupt, when the writer is killed mid-write', async () => {
    const dir = tempDir('crosscheck-kill-');
    const file = join(dir, 'decisions.json');
    const writer = `
      import { writeDecisions } from ${JSON.stringify(join(root, 'dist/cli/decisions-io.js'))};
      const file = process.argv[1];
      for (let round = 0; ; round++) {
        const decisions = [];
        for (let i = 0; i < 400 + (round % 50); i++) decisions.push({ comparison: 'c-' + String(i).padStart(12, '0'), decision: i % 2 ? 'confirmed' : 'dismissed', claims: [{ article: 'a', text: 'x'.repeat(200) + round }, { article: 'b', text: 'y'.repeat(200) }], verdict: 'contradict', kind: 'numeric', reviewer: 'r', decidedAt: '2026-01-01T00:00:00Z' });
        writeDecisions(file, { version: 1, decisions });
      }`;
    writeFileSync(file, '{"version": 1, "decisions": []}\n');
    const rounds = new Set<string>();
    for (let attempt = 0; attempt < 20; attempt++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', writer, file], { stdio: 'ignore' });
      // Kill at varying moments once the writer is up and rewriting the file in a loop.
      await new Promise((resolve) => setTimeout(resolve, 250 + ((attempt * 37) % 200)));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const text = readFileSync(file, 'utf8');
      expect(validateDecisions(JSON.parse(text))).toMatchObject({ ok: true });
      rounds.add(text);
    }
    // The writer really was interrupted at different points: the surviving files differ.
    expect(rounds.size).toBeGreaterThan(1);
  });
});
