import { align, attachPairsToTopics, type AlignOptions, type Alignment } from './align/index.js';
import { compare } from './compare/judge.js';
import type { JudgementCache } from './compare/judgement-cache.js';
import { RULES } from './compare/rules/index.js';
import { corroborationLinks, corroborations, singleSourceClaims, summarizeSources } from './audit/index.js';
import { extractClaims, toClaimSet, type ExtractOptions } from './extract/claims.js';
import { ingestArticle } from './ingest/index.js';
import { checkInternal } from './internal/index.js';
import type { Article, ArticleInput, Claim, ClaimSet, Comparison, Decision, InputProblem, Report, TimelineEntry } from './types.js';
import { eventDate, statedEventTime } from './align/scope.js';
import { applyDecisionsTo } from './review/apply.js';
import { buildAudit } from './audit/reliability.js';
import { VERSION } from './version.js';
import { stageLaps } from './util/stages.js';
import { buildTimeline, timelineDate } from './timeline/index.js';
import { checkOrdinalsAgainstTimeline } from './timeline/ordinal-timeline.js';
import { checkDerivedArticles } from './derived/index.js';

export interface CheckOptions extends ExtractOptions, AlignOptions {
  /** Problems found while reading inputs, carried into the report. */
  problems?: InputProblem[];
  /** Reviewers' decisions to apply (see `applyDecisions`). */
  decisions?: readonly Decision[];
  /** The alignment of exactly these claim sets with these options, when the caller made it already. */
  alignment?: Alignment;
  /** Judgements of an earlier run to reuse; it also collects this run's for the next one. */
  judgements?: JudgementCache;
  /** Called after each stage with its name and duration in milliseconds, for benchmarks. */
  onStage?: (stage: 'align' | 'compare' | 'audit', milliseconds: number) => void;
}

function articleSummary(article: Article | ClaimSet['article']): Report['articles'][number] {
  const summary: Report['articles'][number] = { id: article.id };
  if (article.path !== undefined) summary.path = article.path;
  if (article.title !== undefined) summary.title = article.title;
  if (article.outlet !== undefined) summary.outlet = article.outlet;
  if (article.url !== undefined) summary.url = article.url;
  if (article.published !== undefined) summary.published = article.published;
  if (article.derivedFrom !== undefined) summary.derivedFrom = article.derivedFrom;
  return summary;
}

/** Articles with at least this many claims are long enough to share more than one fact when they cover one event. */
const GROUNDING_MIN_CLAIMS = 5;

/**
 * Only claims about the same event can contradict. Two long articles that corroborate each other on
 * nothing else, and share no dated happening (one day's event, or the start and the end of one),
 * are about different events: their conflicts become `different-scope` unless both claims state
 * their dates and the dates agree, or the dates are what conflicts. (Agreeing dates passed the date
 * checks outright; dates a day or a few apart under another conflict, a rank or a number, passed
 * only within a tolerance, and are a second difference. Short texts such as a one-line summary
 * cannot show shared ground, so they are left as judged.)
 */
function requireSharedGround(comparisons: readonly Comparison[], timeline: readonly TimelineEntry[], claimSets: readonly ClaimSet[], claimById: ReadonlyMap<string, Claim>): Comparison[] {
  const claimCount = new Map(claimSets.map((set) => [set.article.id, set.claims.length]));
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  // An article that names its source restates it: the two report the same events by declaration.
  const declared = new Set(claimSets.flatMap((set) => (set.article.derivedFrom === undefined ? [] : [pairKey(set.article.id, set.article.derivedFrom)])));
  const ground = new Map<string, Set<string>>();
  const oneEvent = comparisons.filter((comparison) => comparison.oneEvent).map((comparison) => comparison.claims);
  for (const [x, y] of [...corroborationLinks(comparisons, timeline), ...oneEvent]) {
    const key = pairKey(x.article, y.article);
    const set = ground.get(key) ?? new Set<string>();
    set.add(`${x.claim}|${y.claim}`);
    ground.set(key, set);
  }
  // A claim that states a date, with that date as its article narrows it; asked only of conflicts.
  const statedDate = (id: string) => {
    const claim = claimById.get(id)!;
    return statedEventTime(claim)?.value === undefined ? undefined : eventDate(claim);
  };
  // "in 2025" and 11 July 2025 agree; 11 and 12 September were one event only within the tolerance
  // for a slip. When the dates are what conflicts, they need only be stated.
  const datesStand = (comparison: Comparison, x: string, y: string) => {
    const dayX = statedDate(x);
    const dayY = statedDate(y);
    if (dayX === undefined || dayY === undefined) return false;
    return comparison.kind === 'date' || comparison.kind === 'weekday' || dayX.startsWith(dayY) || dayY.startsWith(dayX);
  };
  return comparisons.map((comparison) => {
    if (comparison.verdict !== 'contradict') return comparison;
    const [a, b] = comparison.claims;
    if (declared.has(pairKey(a.article, b.article))) return comparison;
    if ((claimCount.get(a.article) ?? 0) < GROUNDING_MIN_CLAIMS || (claimCount.get(b.article) ?? 0) < GROUNDING_MIN_CLAIMS) return comparison;
    if (datesStand(comparison, a.claim, b.claim)) return comparison;
    if ((ground.get(pairKey(a.article, b.article))?.size ?? 0) > 0) return comparison;
    return {
      ...comparison,
      verdict: 'different-scope' as const,
      reason: `${comparison.reason}. But ${a.article} and ${b.article} agree on no other fact and share no dated event, so they are taken to report different events: not a contradiction`,
    };
  });
}

/**
 * Adds the findings of a check over all claims to the pairs' judgements: a finding replaces the
 * judgement of its pair, unless `stands` keeps that judgement (and the finding is dropped).
 */
function supersede(judged: readonly Comparison[], findings: readonly Comparison[], stands: (comparison: Comparison) => boolean = () => false): Comparison[] {
  const standing = new Set(judged.filter(stands).map((comparison) => comparison.id));
  const added = findings.filter((finding) => !standing.has(finding.id));
  const replaced = new Set(added.map((finding) => finding.id));
  return [...judged.filter((comparison) => !replaced.has(comparison.id)), ...added];
}

/** Builds the report from claim sets: align, compare, internal checks, source summaries. */
export function buildReport(claimSets: readonly ClaimSet[], options: CheckOptions = {}): Report {
  const claims = claimSets.flatMap((set) => set.claims);
  const { lap } = stageLaps(options.onStage);
  const alignment = options.alignment ?? align(claims, options);
  lap('align');
  const eventOf = new Map<string, string>();
  for (const event of alignment.events) for (const id of event.claims) eventOf.set(id, event.id);
  const timeline = buildTimeline(claims);
  const publishedDay = new Map(claimSets.map((set) => [set.article.id, set.article.published?.date.length === 10 ? set.article.published.date : undefined]));
  const judged = compare(alignment.pairs, () => undefined, (id) => eventOf.get(id), RULES, options.judgements);
  // A conflict with the timeline outranks whatever the pair's own rules said.
  const timelineConflicts = checkOrdinalsAgainstTimeline(claims, timeline, (claim) => timelineDate(claim, true), (article) => publishedDay.get(article));
  // A name or figure that a derived article's source never mentions outranks the pair's agreement, not another rule's conflict.
  const found = supersede(supersede(judged, timelineConflicts), checkDerivedArticles(claimSets), (comparison) => comparison.verdict === 'contradict');
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const topicOf = attachPairsToTopics(alignment.topics, found.map((comparison) => ({ a: byId.get(comparison.claims[0].claim)!, b: byId.get(comparison.claims[1].claim)! })), claims);
  // Every comparison in `found` was made by this call: each gets its topic in place, not in a copy of them all.
  for (const comparison of found) comparison.topic = topicOf.get(comparison.claims[0].claim)!;
  const grounded = requireSharedGround(found, timeline, claimSets, byId);
  const { comparisons, orphanedDecisions } = applyDecisionsTo(grounded, options.decisions ?? []);
  const internal = claimSets.flatMap((set) => checkInternal(set.article, set.claims, options.judgements));
  lap('compare');
  const links = corroborationLinks(comparisons, timeline);
  const singleSource = singleSourceClaims(claims, comparisons, new Set(topicOf.keys()), links);
  const ids = claimSets.map((set) => set.article.id);
  const audit = buildAudit({ articles: ids, claims, pairs: alignment.pairs, comparisons, links, singleSource, internal });
  lap('audit');
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
