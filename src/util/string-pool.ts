/**
 * One copy of each short string that many records repeat: a rule id, a verdict, an entity id, a
 * term. Data that crosses from a worker thread, or is read from a file, arrives with a fresh copy
 * of every string in every record; at 10,000 articles those copies are hundreds of megabytes.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** Strings longer than `maxLength` are mostly unique (sentences, reasons) and are left as they are. */
  constructor(private readonly maxLength = 48) {}

  /** The pool's copy of `text`. */
  share(text: string): string {
    if (text.length > this.maxLength) return text;
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    this.strings.set(text, text);
    return text;
  }

  /** Replaces, in place, every short string inside `value` (plain objects and arrays) with the pool's copy. */
  shareAll<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = this.shared(value[index]);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.shared(record[key]);
    }
    return value;
  }

  private shared(item: unknown): unknown {
    if (typeof item === 'string') return this.share(item);
    if (typeof item === 'object' && item !== null) this.shareAll(item);
    return item;
  }
}

/**
 * A string built by concatenation is held by V8 as a tree of its parts until it is read by index.
 * Reading one character makes V8 copy it into one flat string and let the parts go: for a reason
 * assembled from a dozen pieces and kept for the whole run, that is nearly half its size.
 */
export function flatten(text: string): string {
  void text.charCodeAt(0);
  return text;
}
