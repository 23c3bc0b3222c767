/**
 * crosscheck's library API. Every function here takes data and returns data; none touches files
 * or the console. The CLI in src/cli/ is a thin shell over these.
 */
export type * from './types.js';
export { checkArticles, buildReport, extractArticles, type CheckOptions } from './pipeline.js';
export { ingest, ingestArticle, readFrontMatter, splitBoilerplate } from './ingest/index.js';
export { extract, extractClaims, toClaimSet, splitSentences, EXTRACTOR_VERSION, type ExtractOptions } from './extract/index.js';
export { align, candidatePairs, eventScope, type AlignOptions, type Alignment, type CandidatePair } from './align/index.js';
export { compare, judgePair, ruleContext, wordDiff, comparisonId, defineRule, RULES, type Rule, type RuleContext, type RuleResult } from './compare/index.js';
export { JudgementCache, COMPARE_VERSION } from './compare/judgement-cache.js';
export { checkInternal, INTERNAL_RULES } from './internal/index.js';
export { checkDerivedArticles, derivedSourceProblems, DERIVED_RULES } from './derived/index.js';
export { defineDerivedRule, type DerivedRule, type Unsupported } from './derived/rule.js';
export { corroborationLinks, corroborations, singleSourceClaims, summarizeSources } from './audit/index.js';
export { renderMarkdown, renderJson, escapeMarkdown } from './report/index.js';
export { validateClaimSet, validateDecisions, validateReport, validateSources, type Validation } from './schema/index.js';
export { VERSION } from './version.js';
export { applyDecisions, openConflicts, serializeDecisions, upsertDecision, emptyDecisions } from './review/index.js';
