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
  const text = JSON.stringify(value, null, space);
  // Newlines inside strings are escaped, so every newline here is layout.
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
