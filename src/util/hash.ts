import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Short stable id: `prefix` + the first `length` hex digits of SHA-256 over the parts. */
export function stableId(prefix: string, parts: readonly string[], length = 12): string {
  return prefix + sha256(parts.join('\u0000')).slice(0, length);
}
