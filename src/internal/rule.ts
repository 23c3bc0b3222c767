import type { Claim, FindingKind, InternalFinding, PublishedDate } from '../types.js';

/** A check inside one article. Like comparison rules, one per file, named after its id. */
export interface InternalRule {
  id: string;
  kind: FindingKind;
  description: string;
  check(article: { id: string; published?: PublishedDate }, claims: readonly Claim[]): InternalFinding[];
}

export function defineInternalRule(rule: InternalRule): InternalRule {
  return rule;
}
