/**
 * The text `JSON.stringify(value, null, space)` gives, in pieces, so that a value whose text is
 * longer than a JavaScript string may hold can still be written. Containers down to `depth` levels
 * are split; below that each value is one piece. The default splits a report into its comparisons
 * and other list items, each stringified whole: a third faster than splitting their fields too.
 */
export function* jsonPieces(value: unknown, space: 0 | 2 = 2, depth = 2, indent = ''): Generator<string> {
  if (depth > 0 && typeof value === 'object' && value !== null && !('toJSON' in value)) {
    const inner = indent + ' '.repeat(space);
    const newline = space > 0 ? '\n' : '';
    if (Array.isArray(value)) {
      if (value.length === 0) {
        yield '[]';
        return;
      }
      yield `[${newline}`;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        yield inner;
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
        else yield* jsonPieces(item, space, depth - 1, inner);
        yield `${index < value.length - 1 ? ',' : ''}${newline}`;
      }
      yield `${indent}]`;
      return;
    }
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    yield `{${newline}`;
    for (let index = 0; index < entries.length; index++) {
      const [key, item] = entries[index]!;
      yield `${inner}${JSON.stringify(key)}:${space > 0 ? ' ' : ''}`;
      yield* jsonPieces(item, space, depth - 1, inner);
      yield `${index < entries.length - 1 ? ',' : ''}${newline}`;
    }
    yield `${indent}}`;
    return;
  }
  if (indent === '') {
    yield JSON.stringify(value, null, space);
    return;
  }
  // Stringified inside as many arrays as the indent has levels, the value comes out already
  // indented; cutting the arrays off is cheaper than re-indenting every line of it.
  const { levels, prefix, suffix } = wrapperFor(indent, space);
  let wrapped: unknown = value;
  for (let level = 0; level < levels; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, space);
  yield text.slice(prefix, text.length - suffix);
}

const wrappers = new Map<string, { levels: number; prefix: number; suffix: number }>();

/** How many arrays indent a value by `indent`, and how many characters they add before and after it. */
function wrapperFor(indent: string, space: number): { levels: number; prefix: number; suffix: number } {
  let wrapper = wrappers.get(indent);
  if (!wrapper) {
    const levels = indent.length / space;
    let probe: unknown = 0;
    for (let level = 0; level < levels; level++) probe = [probe];
    const text = JSON.stringify(probe, null, space);
    const prefix = text.indexOf('0');
    wrapper = { levels, prefix, suffix: text.length - prefix - 1 };
    wrappers.set(indent, wrapper);
  }
  return wrapper;
}

const INDENT = 2;

/** A key and the rest of its line, at the given indentation: `  "comparisons": [`. */
function keyLine(line: string, indent: number): { key: string; rest: string } | undefined {
  const match = new RegExp(`^ {${indent}}("(?:[^"\\\\]|\\\\.)*"): (.*)$`).exec(line);
  return match ? { key: JSON.parse(match[1]!) as string, rest: match[2]! } : undefined;
}

/** Sets a property as JSON.parse does: an own property even for "__proto__". */
function own(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const withoutComma = (text: string) => (text.endsWith(',') ? text.slice(0, -1) : text);

/**
 * Reads back an object that `jsonPieces(value, 2)` wrote (the layout of report.json), one line at a
 * time: each value below the second level is parsed on its own, so an object whose text no string
 * can hold can still be read. Returns undefined when the lines are not in that layout.
 */
export function parseJsonPieces(lines: Iterable<string>): Record<string, unknown> | undefined {
  const iterator = lines[Symbol.iterator]();
  const next = (): string | undefined => {
    const step = iterator.next();
    return step.done ? undefined : step.value;
  };
  const onlyBlankLeft = (): boolean => {
    for (let rest = next(); rest !== undefined; rest = next()) if (rest.trim() !== '') return false;
    return true;
  };
  const first = next();
  if (first === undefined) return undefined;
  if (first !== '{') return first === '{}' && onlyBlankLeft() ? {} : undefined;
  /** A whole value that starts on `opening` (after its key, if any) at `indent`; multi-line when it opens a container. */
  const wholeValue = (opening: string, indent: number): unknown => {
    const text = withoutComma(opening);
    if (text !== '{' && text !== '[') return JSON.parse(text);
    const parts = [opening];
    const close = new RegExp(`^ {${indent}}[}\\]],?$`);
    for (let line = next(); line !== undefined; line = next()) {
      parts.push(line);
      if (close.test(line)) return JSON.parse(withoutComma(parts.join('\n')));
    }
    throw new SyntaxError('unterminated value');
  };
  const result: Record<string, unknown> = {};
  try {
    for (let line = next(); line !== undefined; line = next()) {
      if (line === '}') return onlyBlankLeft() ? result : undefined;
      const entry = keyLine(line, INDENT);
      if (!entry) return undefined;
      const opening = withoutComma(entry.rest);
      if (opening !== '[' && opening !== '{') {
        own(result, entry.key, JSON.parse(opening));
        continue;
      }
      const closing = new RegExp(`^ {${INDENT}}${opening === '[' ? '\\]' : '\\}'},?$`);
      const container: unknown[] | Record<string, unknown> = opening === '[' ? [] : {};
      for (let inner = next(); ; inner = next()) {
        if (inner === undefined) return undefined;
        if (closing.test(inner)) break;
        if (Array.isArray(container)) {
          if (!inner.startsWith(' '.repeat(2 * INDENT)) || inner[2 * INDENT] === ' ') return undefined;
          container.push(wholeValue(inner.slice(2 * INDENT), 2 * INDENT));
        } else {
          const child = keyLine(inner, 2 * INDENT);
          if (!child) return undefined;
          own(container, child.key, wholeValue(child.rest, 2 * INDENT));
        }
      }
      own(result, entry.key, container);
    }
  } catch {
    return undefined;
  }
  return undefined;
}
