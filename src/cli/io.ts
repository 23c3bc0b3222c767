import * as fs from 'node:fs';
import { closeSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ArticleInput, ArticleMetadata, InputProblem } from '../types.js';
import { validateSources, type Validation } from '../schema/index.js';
import { safeFileName } from './file-names.js';
import { printable } from './messages.js';
import { parseJsonPieces } from '../util/json.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/** Largest claims, decisions or report JSON file read, in bytes (a claim set of a 5 MB article is ~50 MB). */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;
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

/**
 * How a path is shown in messages and reports: relative to the working directory when inside it;
 * otherwise relative to the input it was found under, named by that input's last part. Reports
 * never carry an absolute path or a "../" climb out of the working directory.
 */
export function displayPath(file: string, input?: string): string {
  const inside = relative(process.cwd(), resolve(file));
  if (inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)) return printable(inside);
  if (input !== undefined) {
    const root = resolve(input);
    const below = relative(root, resolve(file));
    if (!below.startsWith('..') && !isAbsolute(below)) return printable(join(basename(root), below));
  }
  return printable(basename(file));
}

/** Reads sources.json in a folder, if any: file name → metadata. Problems are reported, not thrown. */
function readSources(folder: string, problems: InputProblem[], shownPath: (file: string) => string): Record<string, ArticleMetadata> {
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
    problems.push({ file: shownPath(file), reason: `not valid JSON: ${(error as Error).message}` });
    return {};
  }
  const result = validateSources(data);
  if (!result.ok) {
    problems.push({ file: shownPath(file), reason: `does not match schemas/sources.schema.json: ${result.error}` });
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

  let input = '';
  const shownPath = (file: string) => displayPath(file, input);
  const addFile = (file: string, metadata: Record<string, ArticleMetadata> = {}) => {
    const shown = shownPath(file);
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
    // Two ids that differ only in case or in characters a file name cannot hold would share one claims file.
    const key = safeFileName(id).toLowerCase();
    const clash = seenIds.get(key);
    if (clash) {
      problems.push({ file: shown, reason: `article id "${printable(id)}" clashes with ${clash} (same claims file name); skipped` });
      return;
    }
    seenIds.set(key, shown);
    const input: ArticleInput = { id, text: decoded.text, path: shown };
    const meta = metadata[basename(file)];
    if (meta?.title !== undefined) input.title = meta.title;
    if (meta?.outlet !== undefined) input.outlet = meta.outlet;
    if (meta?.url !== undefined) input.url = meta.url;
    if (meta?.published !== undefined) input.published = meta.published;
    if (meta?.derivedFrom !== undefined) input.derivedFrom = meta.derivedFrom;
    inputs.push(input);
  };

  const walk = (folder: string, visited: Set<string>) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      problems.push({ file: shownPath(folder), reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    if (visited.has(real)) {
      problems.push({ file: shownPath(folder), reason: 'folder loop (a symlink points back up); not read again' });
      return;
    }
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      problems.push({ file: shownPath(folder), reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    const metadata = readSources(folder, problems, shownPath);
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const full = join(folder, entry);
      let isFolder = false;
      try {
        isFolder = statSync(full).isDirectory();
      } catch (error) {
        problems.push({ file: shownPath(full), reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        continue;
      }
      if (isFolder) walk(full, new Set(visited));
      else if (ARTICLE_EXTENSIONS.has(extname(entry).toLowerCase())) addFile(full, metadata);
    }
  };

  for (const path of paths) {
    input = path;
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: shownPath(path), reason: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symlink loop' : `cannot read: ${code ?? (error as Error).message}` });
      continue;
    }
    if (isFolder) walk(path, new Set());
    else addFile(path, readSources(dirname(path), problems, shownPath));
  }
  return { inputs, problems, notes };
}

/** A file that could not be written; the message is one line naming the file and the reason. */
export class CannotWriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
  ) {
    super(`${displayPath(file)}: cannot write: ${writeFailureReason(code)}; the file was left as it was, with nothing half-written`);
  }
}

function writeFailureReason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (is the folder read-only?)';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large for this file system or its size limit';
    case 'ENOTDIR':
    // What creating a folder gives when a file has its name.
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'a folder is in the way';
    default:
      return code ?? 'unknown error';
  }
}

/** The file-system calls an atomic write makes; tests pass failing ones to simulate a full disk. */
export type AtomicWriteFs = Pick<typeof fs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync'>;

const TEMPORARY = /^\..+\.(\d+)\.tmp$/;
const sweptFolders = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that a killed run left in a folder (SIGINT and SIGTERM end crosscheck
 * at once, as they should, so one may be cut off between writing its temporary file and renaming
 * it). Only files of processes no longer running are removed; each folder is swept once per run.
 */
function sweepTemporaries(folder: string, io: AtomicWriteFs): void {
  if (sweptFolders.has(folder)) return;
  sweptFolders.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    try {
      io.unlinkSync(join(folder, name));
    } catch {
      // another run swept it first
    }
  }
}

/** Pieces are encoded into one buffer of this many bytes and written when it is full. */
const WRITE_BUFFER_BYTES = 1 << 20;
/** A UTF-16 code unit is at most this many bytes of UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

/**
 * Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader (or a crash, or a kill) sees the old file or the new one, never half of one. On failure
 * the temporary file is removed and a CannotWriteError names the file and the reason. Content may
 * come in pieces, for files longer than one string can hold; they are encoded straight into one
 * reused buffer, so a gigabyte report leaves no gigabyte of joined strings and buffers for the
 * collector behind it.
 */
export function writeFileAtomic(file: string, content: string | Iterable<string>, io: AtomicWriteFs = fs): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    io.mkdirSync(dirname(file), { recursive: true });
    sweepTemporaries(dirname(file), io);
    fd = io.openSync(temporary, 'w');
    const open = fd;
    const writeBytes = (bytes: Buffer, length: number) => {
      for (let written = 0; written < length; ) written += io.writeSync(open, bytes, written, length - written);
    };
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    for (const piece of typeof content === 'string' ? [content] : content) {
      const mostBytes = piece.length * MAX_UTF8_PER_UNIT;
      if (used + mostBytes > buffer.length) {
        writeBytes(buffer, used);
        used = 0;
      }
      if (mostBytes > buffer.length) {
        const bytes = Buffer.from(piece, 'utf8');
        writeBytes(bytes, bytes.length);
      } else used += buffer.write(piece, used, 'utf8');
    }
    writeBytes(buffer, used);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // closing is best effort once the write failed
      }
    }
    try {
      io.unlinkSync(temporary);
    } catch {
      // nothing was left behind
    }
    throw new CannotWriteError(file, (error as NodeJS.ErrnoException).code);
  }
}

/**
 * Reads a JSON file and validates it against one of the schemas; the error is one line naming what
 * is wrong (unreadable, not JSON, or the JSON path that breaks the schema).
 */
export function readJsonFile<T>(file: string, validate: (data: unknown) => Validation<T>, schema: string, options: JsonReadOptions = {}): { ok: true; value: T } | { ok: false; error: string } {
  const loaded = loadJson(file, options);
  if ('error' in loaded) return { ok: false, error: loaded.error };
  const result = validate(loaded.data);
  return result.ok ? result : { ok: false, error: `does not match schemas/${schema} at ${result.error}` };
}

/** A JSON file's data, parsed whole, or past `maxBytes` one piece at a time when allowed; else why not. */
function loadJson(file: string, options: JsonReadOptions): { data: unknown } | { error: string } {
  const maxBytes = options.maxBytes ?? MAX_JSON_BYTES;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { error: 'cannot read file' };
  }
  if (size > maxBytes) {
    const tooLarge = `too large (${size} bytes; crosscheck reads JSON files up to ${maxBytes} bytes`;
    if (!options.inPieces) return { error: `${tooLarge})` };
    let data: unknown;
    try {
      data = parseJsonPieces(fileLines(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== undefined) return { error: 'cannot read file' };
      // Text not in the layout fails to parse; anything else is a fault of crosscheck's, not the file's.
      if (!(error instanceof SyntaxError)) throw error;
    }
    return data === undefined ? { error: `${tooLarge} whole, and larger ones only in the layout crosscheck writes them in)` } : { data };
  }
  const text = readIfExists(file);
  if (text === undefined) return { error: 'cannot read file' };
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
}

export interface JsonReadOptions {
  /** Past `maxBytes`, read a file written as `jsonPieces` writes (report.json) one piece at a time instead of refusing it. */
  inPieces?: boolean;
  /** The largest file read whole; default `MAX_JSON_BYTES`. */
  maxBytes?: number;
}

/** No line of a file crosscheck wrote in pieces is longer; a longer one means the file is something else. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

const READ_CHUNK_BYTES = 1 << 20;

/** A file's lines, read in chunks (UTF-8 decoded across chunk boundaries), without the line breaks. */
function* fileLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    let carry = '';
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
      const lines = (carry + decoder.write(buffer.subarray(0, read))).split('\n');
      carry = lines.pop()!;
      if (carry.length > MAX_LINE_CHARS) throw new SyntaxError('line too long');
      yield* lines;
    }
    carry += decoder.end();
    if (carry !== '') yield carry;
  } finally {
    closeSync(fd);
  }
}

/** Reads a file if it exists. */
export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
