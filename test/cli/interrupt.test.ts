import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateClaimSet, validateDecisions, validateJudgements, validateReport } from '../../src/schema/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/main.js');
const env = { ...process.env, USER: 'tester' };

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so each run kills at the same offsets. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function workspace(): string {
  const dir = tempDir('crosscheck-interrupt-');
  cpSync(join(root, 'test/scenarios/number-conflict/articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

function timedRun(cwd: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return performance.now() - start;
}

/**
 * Runs the CLI and sends `signal` after `delay` ms, or, given a `watched` file, as soon as that file
 * has been replaced (the run is then between two writes); says whether the signal ended it.
 */
async function interrupted(cwd: string, args: string[], delay: number, signal: NodeJS.Signals, watched?: string): Promise<{ killed: boolean; code: number | null }> {
  const before = watched && existsSync(watched) ? readFileSync(watched, 'utf8') : undefined;
  const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = watched
    ? setInterval(() => {
        if (existsSync(watched) && readFileSync(watched, 'utf8') !== before) child.kill(signal);
      }, 2)
    : setTimeout(() => child.kill(signal), delay);
  const code = await exited;
  clearInterval(timer); // clears a timeout as well
  return { killed: code === 130 || code === 143 || code === null, code };
}

/** The files a run may replace, as one string, to tell whether a killed run had already written. */
function snapshot(dir: string): string {
  return ['claims/paper.json', 'reports/report.json', 'reviews/decisions.json'].map((file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '')).join('\u0000');
}

/**
 * Every file crosscheck keeps is complete and valid: JSON against its schema, markdown and SVG to
 * their last line. Returns the temporary files a kill left behind (the next run sweeps them).
 */
function assertIntact(dir: string): string[] {
  const leftovers: string[] = [];
  for (const folder of ['claims', 'reports', 'reviews']) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      const text = readFileSync(file, 'utf8');
      if (name.endsWith('.tmp')) leftovers.push(name);
      else if (/^\.judgements-([0-9a-f]|added)\.json$/.test(name)) expect(validateJudgements(JSON.parse(text)), file).toMatchObject({ ok: true });
      else if (folder === 'claims') expect(validateClaimSet(JSON.parse(text)), file).toMatchObject({ ok: true });
      else if (name === 'report.json') expect(validateReport(JSON.parse(text)), file).toMatchObject({ ok: true });
      else if (name === 'decisions.json') expect(validateDecisions(JSON.parse(text)), file).toMatchObject({ ok: true });
      else if (name.endsWith('.md')) expect(text, file).toMatch(/<sub>crosscheck [^<]+<\/sub>\n$/);
      else if (name.endsWith('.svg')) expect(text.trimEnd(), file).toMatch(/<\/svg>$/);
    }
  }
  return leftovers;
}

/**
 * Interrupts `check` (60 times) and `review --decide` (140 times) with SIGINT or SIGTERM at seeded
 * random moments, each run changing what it writes (an article's number, a decision and its note),
 * and checks after every one that each file is old or new, never half-written.
 */
describe('interrupted runs', () => {
  it('leave every claims, report and decisions file complete and valid after 200 SIGINT/SIGTERM kills', async () => {
    const lanes = 2;
    const killsPerLane = 100;
    const tally = { runs: 0, killed: 0, changedThenKilled: 0, temporariesLeft: 0 };
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const next = random(lane + 1);
        const dir = workspace();
        const article = join(dir, 'articles/paper.md');
        const original = readFileSync(article, 'utf8');
        const checkArgs = ['check', 'articles', '--quiet', '--workers', '1'];
        timedRun(dir, checkArgs);
        writeFileSync(article, original.replace('980 houses', '899 houses'));
        const checkTime = timedRun(dir, checkArgs);
        // A check that changed the article gives its conflict a new comparison id.
        const conflictId = () => JSON.parse(readFileSync(join(dir, 'reports/report.json'), 'utf8')).comparisons.find((comparison: { verdict: string }) => comparison.verdict === 'contradict').id as string;
        const reviewTime = timedRun(dir, ['review', '--decide', `${conflictId()}=confirmed`]);
        for (let round = 0; round < killsPerLane; round++) {
          const before = snapshot(dir);
          // Three in ten runs are checks (about 1.8 s each here), the others reviews (about 0.4 s).
          const reviewing = round % 10 >= 3;
          let args: string[];
          let duration: number;
          if (reviewing) {
            args = ['review', '--decide', `${conflictId()}=${round % 2 === 1 ? 'dismissed' : 'confirmed'}`, '--note', `round ${round}`];
            duration = reviewTime;
          } else {
            writeFileSync(article, original.replace('980 houses', `${900 + round} houses`));
            args = checkArgs;
            duration = checkTime;
          }
          // From well into start-up to just past the usual end: most kills land while files are written.
          const delay = duration * (0.3 + 0.8 * next());
          // One check in three is killed right after it replaced its claims file, before the report.
          const watched = !reviewing && round % 10 === 2 ? join(dir, 'claims/paper.json') : undefined;
          const outcome = await interrupted(dir, args, delay, next() < 0.5 ? 'SIGINT' : 'SIGTERM', watched);
          tally.runs++;
          if (outcome.killed) {
            tally.killed++;
            if (snapshot(dir) !== before) tally.changedThenKilled++;
          } else expect(outcome.code, `round ${round} exit code`).toBe(0);
          tally.temporariesLeft += assertIntact(dir).length;
        }
        // A run after the kills sweeps what they left; nothing is left over.
        timedRun(dir, checkArgs);
        timedRun(dir, ['review', '--decide', `${conflictId()}=confirmed`]);
        expect(assertIntact(dir)).toEqual([]);
      }),
    );
    expect(tally.runs).toBe(lanes * killsPerLane);
    // The kills really interrupted runs, and some of them after a file had already been replaced.
    expect(tally.killed).toBeGreaterThan(tally.runs / 2);
    expect(tally.changedThenKilled).toBeGreaterThan(0);
    console.log(`interrupted runs: ${JSON.stringify(tally)}`);
  }, 600_000);
});
