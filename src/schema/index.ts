import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ArticleMetadata, ClaimSet, DecisionFile, JudgementCacheFile, Report } from '../types.js';

const require = createRequire(import.meta.url);
// Schemas ship in the package's schemas/ folder, two levels up from both src/schema and dist/schema.
const ajv = new Ajv({ allErrors: false, strict: true });

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** One line: the JSON path of the first error and what is wrong there. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return 'invalid';
  const path = first.instancePath || '/';
  const extra = first.keyword === 'additionalProperties' ? ` "${(first.params as { additionalProperty: string }).additionalProperty}"` : '';
  return `${path}: ${first.message ?? 'invalid'}${extra}`;
}

/** A validator for one schema file, compiled on first use (compiling them all costs a CLI start ~0.25 s). */
function validator<T>(schemaFile: string) {
  let compiled: ValidateFunction<T> | undefined;
  return (data: unknown): Validation<T> => {
    compiled ??= ajv.compile<T>(require(`../../schemas/${schemaFile}`));
    return compiled(data) ? { ok: true, value: data } : { ok: false, error: describeErrors(compiled.errors) };
  };
}

export const validateClaimSet = validator<ClaimSet>('claims.schema.json');
export const validateReport = validator<Report>('report.schema.json');
export const validateSources = validator<Record<string, ArticleMetadata>>('sources.schema.json');
export const validateDecisions = validator<DecisionFile>('decisions.schema.json');
export const validateAudit = validator<unknown>('audit.schema.json');
export const validateJudgements = validator<JudgementCacheFile>('judgements.schema.json');
export const validateClaimReviews = validator<unknown>('claimreview.schema.json');
