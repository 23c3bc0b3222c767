import type { Article, ArticleInput, PublishedDate } from '../types.js';
import { sha256 } from '../util/hash.js';
import { readFrontMatter } from './front-matter.js';
import { splitBoilerplate } from './boilerplate.js';
import { dateFromHeader, inferPublished } from './published.js';

export { readFrontMatter } from './front-matter.js';
export { splitBoilerplate } from './boilerplate.js';

/** The cache key of an input: its text and the metadata given with it (see `ClaimSet.inputSha256`). */
export function inputHash(input: ArticleInput): string {
  // Appended only when given, so the keys of inputs without it stay as they were.
  const derived = input.derivedFrom === undefined ? [] : [input.derivedFrom];
  return sha256(JSON.stringify([input.text, input.title ?? null, input.outlet ?? null, input.url ?? null, input.published ?? null, ...derived]));
}

/** A problem found while ingesting, reported but not fatal. */
export interface IngestWarning {
  article: string;
  reason: string;
}

export interface IngestResult {
  article: Article;
  warnings: IngestWarning[];
}

function metadataDate(value: string | undefined): PublishedDate | undefined {
  if (!value) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return day ? { date: day[1]!, source: 'metadata' } : undefined;
}

/** Reads metadata, finds the body and the publication date of one article. Pure; never throws. */
export function ingestArticle(input: ArticleInput): IngestResult {
  const warnings: IngestWarning[] = [];
  const frontMatter = readFrontMatter(input.text);
  if (frontMatter.error) warnings.push({ article: input.id, reason: frontMatter.error });
  const { body, boilerplate } = splitBoilerplate(input.text, frontMatter.span[1]);

  const givenDate = input.published ?? frontMatter.fields.published;
  let published = metadataDate(givenDate);
  if (givenDate && !published) warnings.push({ article: input.id, reason: `published date "${givenDate}" is not YYYY-MM-DD; ignored` });
  published ??= dateFromHeader(input.text.slice(frontMatter.span[1])) ?? inferPublished(input.text, body);

  const article: Article = { id: input.id, text: input.text, inputSha256: inputHash(input), body, boilerplate };
  if (input.path !== undefined) article.path = input.path;
  const title = input.title ?? frontMatter.fields.title;
  const outlet = input.outlet ?? frontMatter.fields.outlet;
  const url = input.url ?? frontMatter.fields.url;
  if (title !== undefined) article.title = title;
  if (outlet !== undefined) article.outlet = outlet;
  if (url !== undefined) article.url = url;
  if (published) article.published = published;
  const derivedFrom = input.derivedFrom?.trim() || frontMatter.fields.derivedFrom;
  if (derivedFrom !== undefined) article.derivedFrom = derivedFrom;
  return { article, warnings };
}

/** Ingests many articles; see `ingestArticle`. */
export function ingest(inputs: readonly ArticleInput[]): { articles: Article[]; warnings: IngestWarning[] } {
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  for (const input of inputs) {
    const result = ingestArticle(input);
    articles.push(result.article);
    warnings.push(...result.warnings);
  }
  return { articles, warnings };
}
