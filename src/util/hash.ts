import { createHash } from 'node:crypto';
import { flatten } from './string-pool.js';

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Short stable id: `prefix` + the first `length` hex digits of SHA-256 over the parts. Ids are kept
 * for a whole run by the hundred thousand, so each is made one flat string of its own, not a slice
 * of the whole digest joined to the prefix.
 */
export function stableId(prefix: string, parts: readonly string[], length = 12): string {
  const digest = createHash('sha256').update(parts.join('\u0000'), 'utf8').digest();
  return flatten(prefix + digest.toString('hex', 0, Math.ceil(length / 2)).slice(0, length));
}
