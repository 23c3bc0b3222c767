import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ClaimSet, DecisionFile, Report } from '../types.js';

const require = createRequire(import.meta.url);
// Schemas ship in the package's schemas/ folder, two levels up from both src/schema and dist/schema.
const ajv = new Ajv({ allErrors: false, strict: true });
const claimSetValidator = ajv.compile<ClaimSet>(require('../../schemas/claims.schema.json'));
const reportValidator = ajv.compile<Report>(require('../../schemas/report.schema.json'));
const decisionsValidator = ajv.compile<DecisionFile>(require('../../schemas/decisions.schema.json'));
const auditValidator = ajv.compile<unknown>(require('../../schemas/audit.schema.json'));
const claimReviewValidator = ajv.compile<unknown>(require('../../schemas/claimreview.schema.json'));
const sourcesValidator = ajv.compile<Record<string, { title?: string; outlet?: string; url?: string; published?: string }>>(require('../../schemas/sources.schema.json'));

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** One line: the JSON path of the first error and what is wrong there. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return 'invalid';
  const path = first.instancePath || '/';
  const extra = first.keyword === 'additionalProperties' ? ` "${(first.params as { additionalProperty: string }).additionalProperty}"` : '';
  return `${path}: ${first.message ?? 'invalid'}${extra}`;
}

function validator<T>(validate: ValidateFunction<T>) {
  return (data: unknown): Validation<T> => (validate(data) ? { ok: true, value: data } : { ok: false, error: describeErrors(validate.errors) });
}

export const validateClaimSet = validator(claimSetValidator);
export const validateReport = validator(reportValidator);
export const validateSources = validator(sourcesValidator);
export const validateDecisions = validator(decisionsValidator);
export const validateAudit = validator(auditValidator);
export const validateClaimReviews = validator(claimReviewValidator);
