import { align, attachPairsToTopics, type AlignOptions } from './align/index.js';
import { compare } from './compare/judge.js';
import { corroborationLinks, corroborations, singleSourceClaims, summarizeSources } from './audit/index.js';
import { extractClaims, toClaimSet, type ExtractOptions } from './extract/claims.js';
import { ingestArticle } from './ingest/index.js';
import { checkInternal } from './internal/index.js';
import type { Article, ArticleInput, ClaimSet, Decision, InputProblem, Report } from './types.js';
import { applyDecisionsTo } from './review/apply.js';
import { buildAudit } from './audit/reliability.js';
import { VERSION } from './version.js';
import { buildTimeline, timelineDate } from './timeline/index.js';
import { checkOrdinalsAgainstTimeline } from './timeline/ordinal-timeline.js';

export interface CheckOptions extends ExtractOptions, AlignOptions {
  /** Problems found while reading inputs, carried into the report. */
  problems?: InputProblem[];
  /** Reviewers' decisions to apply (see `applyDecisions`). */
  decisions?: readonly Decision[];
}

function articleSummary(article: Article | ClaimSet['article']): Report['articles'][number] {
  const summary: Report['articles'][number] = { id: article.id };
  if (article.path !== undefined) summary.path = article.path;
  if (article.title !== undefined) summary.title = article.title;
  if (article.outlet !== undefined) summary.outlet = article.outlet;
  if (article.url !== undefined) summary.url = article.url;
  if (article.published !== undefined) summary.published = article.published;
  return summary;
}

/** Builds the report from claim sets: align, compare, internal checks, source summaries. */
export function buildReport(claimSets: readonly ClaimSet[], options: CheckOptions = {}): Report {
  const claims = claimSets.flatMap((set) => set.claims);
  const alignment = align(claims, options);
  const eventOf = new Map<string, string>();
  for (const event of alignment.events) for (const id of event.claims) eventOf.set(id, event.id);
  const timeline = buildTimeline(claims);
  const publishedDay = new Map(claimSets.map((set) => [set.article.id, set.article.published?.date.length === 10 ? set.article.published.date : undefined]));
  const judged = compare(alignment.pairs, () => undefined, (id) => eventOf.get(id));
  // A conflict with the timeline outranks whatever the pair's own rules said.
  const timelineConflicts = checkOrdinalsAgainstTimeline(claims, timeline, (claim) => timelineDate(claim, true), (article) => publishedDay.get(article));
  const replaced = new Set(timelineConflicts.map((comparison) => comparison.id));
  const found = [...judged.filter((comparison) => !replaced.has(comparison.id)), ...timelineConflicts];
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const topicOf = attachPairsToTopics(alignment.topics, found.map((comparison) => ({ a: byId.get(comparison.claims[0].claim)!, b: byId.get(comparison.claims[1].claim)! })), claims);
  const topical = found.map((comparison) => ({ ...comparison, topic: topicOf.get(comparison.claims[0].claim)! }));
  const { comparisons, orphanedDecisions } = applyDecisionsTo(topical, options.decisions ?? []);
  const internal = claimSets.flatMap((set) => checkInternal(set.article, set.claims));
  const links = corroborationLinks(comparisons, timeline);
  const singleSource = singleSourceClaims(claims, comparisons, new Set(topicOf.keys()), links);
  const ids = claimSets.map((set) => set.article.id);
  const audit = buildAudit({ articles: ids, claims, pairs: alignment.pairs, comparisons, links, singleSource, internal });
  return {
    version: 1,
    tool: { name: 'crosscheck', version: VERSION },
    articles: claimSets.map((set) => articleSummary(set.article)),
    topics: alignment.topics,
    events: alignment.events,
    comparisons,
    internal,
    corroborated: corroborations(claims, links),
    singleSource,
    sources: summarizeSources(ids, claims, comparisons, links, singleSource, internal),
    timeline,
    orphanedDecisions,
    audit,
    problems: options.problems ?? [],
  };
}

/** Ingests and extracts every article; returns the articles and their claim sets in input order. */
export function extractArticles(inputs: readonly ArticleInput[], options: ExtractOptions = {}): { articles: Article[]; claimSets: ClaimSet[]; problems: InputProblem[] } {
  const articles: Article[] = [];
  const claimSets: ClaimSet[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    const { article, warnings } = ingestArticle(input);
    problems.push(...warnings.map((warning) => ({ file: input.path ?? input.id, reason: warning.reason })));
    articles.push(article);
    claimSets.push(toClaimSet(article, extractClaims(article, options)));
  }
  return { articles, claimSets, problems };
}

/**
 * The whole pipeline on in-memory articles: ingest → extract → align → compare → audit. Returns
 * the object that becomes `report.json`. Touches no files.
 */
export async function checkArticles(inputs: readonly ArticleInput[], options: CheckOptions = {}): Promise<Report> {
  const { claimSets, problems } = extractArticles(inputs, options);
  return buildReport(claimSets, { ...options, problems: [...(options.problems ?? []), ...problems] });
}
