import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { ArticleInput, InputProblem } from '../types.js';
import { validateSources, type Validation } from '../schema/index.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/** Default for --max-file-size, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadResult {
  inputs: ArticleInput[];
  problems: InputProblem[];
  /** Things worth saying about inputs that were read all the same (an encoding guessed). */
  notes: InputProblem[];
}

function articleId(file: string): string {
  return basename(file, extname(file));
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Reads sources.json in a folder, if any: file name → metadata. Problems are reported, not thrown. */
function readSources(folder: string, problems: InputProblem[]): Record<string, { title?: string; outlet?: string; url?: string; published?: string }> {
  const file = join(folder, 'sources.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file: displayPath(file), reason: `not valid JSON: ${(error as Error).message}` });
    return {};
  }
  const result = validateSources(data);
  if (!result.ok) {
    problems.push({ file: displayPath(file), reason: `does not match schemas/sources.schema.json: ${result.error}` });
    return {};
  }
  return result.value;
}

/** Windows-1252 characters at 0x80–0x9F; the other bytes are Latin-1. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252, decoded by hand: Node's TextDecoder accepts the label but decodes Latin-1, which
 * turns curly quotes (0x93, 0x94) into control characters.
 */
function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * Decodes an article file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, or, when the bytes are not valid UTF-8, Windows-1252 (a superset of Latin-1 with curly
 * quotes), said in a note. Says why a file is not an article: empty, binary, HTML, only white space.
 */
export function decodeArticle(bytes: Buffer): { text: string; note?: string } | { error: string } {
  if (bytes.length === 0) return { error: 'empty file' };
  let text: string;
  let note: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    note = 'decoded as UTF-16 (little-endian, byte-order mark)';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    note = 'decoded as UTF-16 (big-endian, byte-order mark)';
  } else {
    if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      text = decodeWindows1252(bytes);
      note = 'not valid UTF-8; decoded as Windows-1252 (Latin-1)';
    }
  }
  if (text.includes('\u0000')) return { error: 'binary file (contains NUL characters), not text' };
  if (!/\S/.test(text)) return { error: 'file holds only white space' };
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return { error: 'an HTML page, not article text; save the article text as .txt or .md' };
  return note ? { text, note } : { text };
}

/**
 * Collects articles from files and folders (recursively, sorted by path). Unreadable or unsuitable
 * inputs become problems with a one-line reason; the others are still read.
 */
export function readArticles(paths: readonly string[], maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  const inputs: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  const notes: InputProblem[] = [];
  const seenIds = new Map<string, string>();
  const seenFiles = new Set<string>();

  const addFile = (file: string, metadata: Record<string, { title?: string; outlet?: string; url?: string; published?: string }> = {}) => {
    const shown = displayPath(file);
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      problems.push({ file: shown, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}` });
      return;
    }
    if (seenFiles.has(real)) {
      problems.push({ file: shown, reason: 'given more than once; read once' });
      return;
    }
    seenFiles.add(real);
    let bytes: Buffer;
    try {
      const size = statSync(real).size;
      if (size > maxBytes) {
        problems.push({ file: shown, reason: `larger than --max-file-size (${size} > ${maxBytes} bytes)` });
        return;
      }
      bytes = readFileSync(real);
    } catch (error) {
      problems.push({ file: shown, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) {
      problems.push({ file: shown, reason: decoded.error });
      return;
    }
    if (decoded.note) notes.push({ file: shown, reason: decoded.note });
    const id = articleId(file);
    const clash = seenIds.get(id);
    if (clash) {
      problems.push({ file: shown, reason: `article id "${id}" is already taken by ${clash}; skipped` });
      return;
    }
    seenIds.set(id, shown);
    const input: ArticleInput = { id, text: decoded.text, path: shown };
    const meta = metadata[basename(file)];
    if (meta?.title !== undefined) input.title = meta.title;
    if (meta?.outlet !== undefined) input.outlet = meta.outlet;
    if (meta?.url !== undefined) input.url = meta.url;
    if (meta?.published !== undefined) input.published = meta.published;
    inputs.push(input);
  };

  const walk = (folder: string, visited: Set<string>) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      problems.push({ file: displayPath(folder), reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    if (visited.has(real)) {
      problems.push({ file: displayPath(folder), reason: 'folder loop (a symlink points back up); not read again' });
      return;
    }
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      problems.push({ file: displayPath(folder), reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    const metadata = readSources(folder, problems);
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const full = join(folder, entry);
      let isFolder = false;
      try {
        isFolder = statSync(full).isDirectory();
      } catch (error) {
        problems.push({ file: displayPath(full), reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        continue;
      }
      if (isFolder) walk(full, new Set(visited));
      else if (ARTICLE_EXTENSIONS.has(extname(entry).toLowerCase())) addFile(full, metadata);
    }
  };

  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: path, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symlink loop' : `cannot read: ${code ?? (error as Error).message}` });
      continue;
    }
    if (isFolder) walk(path, new Set());
    else addFile(path, readSources(dirname(path), problems));
  }
  return { inputs, problems, notes };
}

/** Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the target. */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was left behind
    }
    throw error;
  }
}

/**
 * Reads a JSON file and validates it against one of the schemas; the error is one line naming what
 * is wrong (unreadable, not JSON, or the JSON path that breaks the schema).
 */
export function readJsonFile<T>(file: string, validate: (data: unknown) => Validation<T>, schema: string): { ok: true; value: T } | { ok: false; error: string } {
  const text = readIfExists(file);
  if (text === undefined) return { ok: false, error: 'cannot read file' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  const result = validate(data);
  return result.ok ? result : { ok: false, error: `does not match schemas/${schema} at ${result.error}` };
}

/** Reads a file if it exists. */
export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
