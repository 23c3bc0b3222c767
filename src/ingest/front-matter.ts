import { parseDocument } from 'yaml';
import type { ArticleMetadata, Span } from '../types.js';

export interface FrontMatter {
  /** The metadata fields crosscheck reads; others are ignored. */
  fields: ArticleMetadata;
  /** Span of the whole front-matter block, delimiters included; `[0, 0]` when there is none. */
  span: Span;
  /** Why the block could not be read, when it could not. */
  error?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MAX_ALIASES = 20;

/** Reads a YAML front-matter block at the very start of a text, without ever throwing. */
export function readFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, span: [0, 0] };
  const span: Span = [0, match[0].length];
  const document = parseDocument(match[1]!, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    return { fields: {}, span, error: `front matter is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}` };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { fields: {}, span, error: `front matter rejected: ${(error as Error).message.split('\n')[0]}` };
  }
  if (data === null || data === undefined) return { fields: {}, span };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { fields: {}, span, error: 'front matter is not a mapping of fields' };
  }
  const record = data as Record<string, unknown>;
  const fields: FrontMatter['fields'] = {};
  for (const key of ['title', 'outlet', 'url'] as const) {
    if (typeof record[key] === 'string') fields[key] = record[key] as string;
  }
  const derivedFrom = record['derived-from'] ?? record['derivedFrom'];
  if (typeof derivedFrom === 'string' && derivedFrom.trim()) fields.derivedFrom = derivedFrom.trim();
  const published = record['published'] ?? record['date'];
  if (published instanceof Date && !Number.isNaN(published.getTime())) {
    fields.published = published.toISOString().slice(0, 10);
  } else if (typeof published === 'string') {
    fields.published = published;
  }
  return { fields, span };
}
