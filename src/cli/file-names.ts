const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_CHARACTERS = 120;

/**
 * A file-name-safe form of an article id, for the files derived from it (claims/<id>.json): only
 * letters, digits, ".", "_" and "-", no leading dot (so never "." or ".."), no name Windows
 * reserves, at most 120 characters. Path separators and shell characters cannot survive it.
 */
export function safeFileName(id: string): string {
  const cleaned = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
  const short = Array.from(cleaned).slice(0, MAX_NAME_CHARACTERS).join('');
  if (!short) return '_';
  return WINDOWS_RESERVED.test(short) ? `_${short}` : short;
}
