import * as fs from 'node:fs';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CannotWriteError, displayPath, readJsonFile, writeFileAtomic, type AtomicWriteFs } from '../../src/cli/io.js';
import { safeFileName } from '../../src/cli/file-names.js';
import { validateClaimSet, validateDecisions, validateReport } from '../../src/schema/index.js';
import { tempDir } from '../helpers/temp-dir.js';

function failing(code: string, call: keyof AtomicWriteFs, afterBytes = 0): AtomicWriteFs {
  let written = 0;
  const fail = () => {
    throw Object.assign(new Error(code), { code });
  };
  return {
    ...fs,
    [call]: (...args: unknown[]) => {
      if (call === 'writeSync') {
        // A disk that fills up part-way: the first bytes land, then ENOSPC.
        if (written >= afterBytes) fail();
        const [fd, buffer, offset, length] = args as [number, Buffer, number, number];
        const count = Math.min(afterBytes - written, length);
        written += count;
        return fs.writeSync(fd, buffer, offset, count);
      }
      return fail();
    },
  } as AtomicWriteFs;
}

describe('writeFileAtomic', () => {
  it('says which part of the path is in the way when a file holds a folder\'s name', () => {
    const dir = tempDir('crosscheck-atomic-');
    writeFileSync(join(dir, 'claims'), 'not a folder\n');
    expect(() => writeFileAtomic(join(dir, 'claims', 'wire.json'), '{}\n')).toThrow(/wire\.json: cannot write: a part of the path is a file, not a folder;/);
    expect(readFileSync(join(dir, 'claims'), 'utf8')).toBe('not a folder\n');
  });

  it.each([
    ['ENOSPC', 'writeSync', /no space left on the disk/],
    ['EDQUOT', 'writeSync', /disk quota exceeded/],
    ['EROFS', 'openSync', /read-only file system/],
    ['EACCES', 'openSync', /permission denied \(is the folder read-only\?\)/],
    ['EIO', 'fsyncSync', /EIO/],
    ['EXDEV', 'renameSync', /EXDEV/],
  ] as const)('on %s in %s leaves the old file and no partial file, with a one-line reason', (code, call, reason) => {
    const dir = tempDir('crosscheck-atomic-');
    const file = join(dir, 'report.md');
    writeFileSync(file, 'old\n');
    let error: unknown;
    try {
      writeFileAtomic(file, 'new '.repeat(10_000), failing(code, call, 4096));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CannotWriteError);
    expect((error as CannotWriteError).code).toBe(code);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('\n');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('replaces the file whole when the disk is fine', () => {
    const dir = tempDir('crosscheck-atomic-');
    const file = join(dir, 'sub/report.md');
    writeFileAtomic(file, 'é'.repeat(100_000));
    expect(readFileSync(file, 'utf8')).toBe('é'.repeat(100_000));
    expect(readdirSync(join(dir, 'sub'))).toEqual(['report.md']);
  });

  it('writes content given in pieces exactly, whatever their size and script', () => {
    const dir = tempDir('crosscheck-atomic-');
    const file = join(dir, 'report.json');
    const pieces = ['{', '"é": "', 'naïve “quoted” 🛰️ '.repeat(50_000), '", ', 'x'.repeat(400_000), '🛰️'.repeat(200_000), ...Array.from({ length: 5_000 }, (_, index) => `"${index}",`), '}\n'];
    writeFileAtomic(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
  });

  it('sweeps temporary files a killed run left, but not those of a run still going', () => {
    const dir = tempDir('crosscheck-atomic-');
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max default, so no such process
    writeFileSync(join(dir, `.report.md.${deadPid}.tmp`), 'half of a re');
    writeFileSync(join(dir, `.report.json.${process.ppid}.tmp`), 'a live writer');
    writeFileAtomic(join(dir, 'claims.json'), '{}\n');
    expect(readdirSync(dir).sort()).toEqual([`.report.json.${process.ppid}.tmp`, 'claims.json']);
  });
});

describe('paths and names in messages and reports', () => {
  it('never shows an absolute path or a climb out of the working directory', () => {
    expect(displayPath('articles/a.txt')).toBe(join('articles', 'a.txt'));
    expect(displayPath('/elsewhere/feeds/wire/a.txt', '/elsewhere/feeds')).toBe(join('feeds', 'wire', 'a.txt'));
    expect(displayPath('../outside/a.txt', '../outside')).toBe(join('outside', 'a.txt'));
    expect(displayPath('/etc/passwd')).toBe('passwd');
    expect(displayPath('line\nbreak.txt')).toBe('line\\u000abreak.txt');
  });

  it.each([
    ['../../etc/passwd', '__.._etc_passwd'],
    ['..', '_'],
    ['.hidden', '_hidden'],
    ['a b', 'a_b'],
    ['$(touch pwned); rm -rf ~', '_touch_pwned_rm_-rf_'],
    ['C:\\Windows\\evil', 'C_Windows_evil'],
    ['con', '_con'],
    ['статья 東京', 'статья_東京'],
    ['', '_'],
  ])('turns the article id %j into the file name %j', (id, name) => {
    expect(safeFileName(id)).toBe(name);
  });

  it('cuts a long id without splitting a character', () => {
    const name = safeFileName('𝒜'.repeat(500));
    expect(Array.from(name)).toHaveLength(120);
    expect(name).toBe('𝒜'.repeat(120));
  });
});

describe('reading JSON that crosscheck keeps', () => {
  const read = (text: string) => {
    const dir = tempDir('crosscheck-json-');
    writeFileSync(join(dir, 'decisions.json'), text);
    return readJsonFile(join(dir, 'decisions.json'), validateDecisions, 'decisions.schema.json');
  };

  it('names truncated JSON, and keys that try to reach the prototype, without polluting it', () => {
    expect(read('{"version": 1, "decisions": [')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
    expect(read('{"version": 1, "decisions": [], "__proto__": {"polluted": true}}')).toMatchObject({ ok: false, error: expect.stringMatching(/additional properties "__proto__"/) });
    expect(read('{"version": 1, "decisions": [{"constructor": {"prototype": {"polluted": true}}}]}')).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names a claims file that is truncated or carries prototype keys', () => {
    const dir = tempDir('crosscheck-json-');
    const file = join(dir, 'a.json');
    const good = readFileSync(join(import.meta.dirname, '../../claims/b1b-drill.json'), 'utf8');
    expect(readJsonFile(join(import.meta.dirname, '../../claims/b1b-drill.json'), validateClaimSet, 'claims.schema.json')).toMatchObject({ ok: true });
    writeFileSync(file, good.slice(0, good.length / 2));
    expect(readJsonFile(file, validateClaimSet, 'claims.schema.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
    writeFileSync(file, good.replace('"claims": [', '"__proto__": {"polluted": true}, "claims": ['));
    expect(readJsonFile(file, validateClaimSet, 'claims.schema.json')).toMatchObject({ ok: false, error: expect.stringMatching(/additional properties "__proto__"/) });
    writeFileSync(file, good.replace('"claims": [', '"constructor": {"prototype": {"polluted": true}}, "claims": ['));
    expect(readJsonFile(file, validateClaimSet, 'claims.schema.json')).toMatchObject({ ok: false, error: expect.stringMatching(/additional properties "constructor"/) });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads a report too large to read whole one piece at a time, when it is in the layout crosscheck writes', () => {
    const dir = tempDir('crosscheck-json-');
    const report = join(import.meta.dirname, '../../reports/report.json');
    const text = readFileSync(report, 'utf8');
    const small = { maxBytes: 1000 };
    expect(readJsonFile(report, validateReport, 'report.schema.json', { ...small, inPieces: true })).toEqual({ ok: true, value: JSON.parse(text) });
    expect(readJsonFile(report, validateReport, 'report.schema.json', small)).toMatchObject({ ok: false, error: expect.stringMatching(/^too large/) });
    const minified = join(dir, 'report.json');
    writeFileSync(minified, JSON.stringify(JSON.parse(text)));
    expect(readJsonFile(minified, validateReport, 'report.schema.json', { ...small, inPieces: true })).toMatchObject({ ok: false, error: expect.stringMatching(/only in the layout crosscheck writes them in/) });
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, text.replace('"version": 1,', '"version": 2,'));
    expect(readJsonFile(tampered, validateReport, 'report.schema.json', { ...small, inPieces: true })).toMatchObject({ ok: false, error: expect.stringMatching(/^does not match schemas\/report\.schema\.json/) });
  });

  it('names a file read in pieces whose lines are longer than crosscheck writes as not in its layout', () => {
    const dir = tempDir('crosscheck-json-');
    const file = join(dir, 'report.json');
    writeFileSync(file, `{\n  "comparisons": [${'1,'.repeat(9_000_000)}1]\n}\n`);
    expect(readJsonFile(file, validateReport, 'report.schema.json', { maxBytes: 1000, inPieces: true })).toMatchObject({ ok: false, error: expect.stringMatching(/only in the layout crosscheck writes them in/) });
  });

  it('refuses a file too large to be one of its own, without reading it', () => {
    const dir = tempDir('crosscheck-json-');
    const file = join(dir, 'decisions.json');
    writeFileSync(file, '');
    fs.truncateSync(file, 300 * 1024 * 1024);
    expect(readJsonFile(file, validateDecisions, 'decisions.schema.json')).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
