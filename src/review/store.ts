import type { Decision, DecisionFile } from '../types.js';
import { compareStrings } from '../util/text.js';

export function emptyDecisions(): DecisionFile {
  return { version: 1, decisions: [] };
}

/** Adds or replaces the decision on a comparison; records stay sorted by comparison id. */
export function upsertDecision(file: DecisionFile, decision: Decision): DecisionFile {
  const decisions = file.decisions.filter((existing) => existing.comparison !== decision.comparison);
  decisions.push(decision);
  decisions.sort((a, b) => compareStrings(a.comparison, b.comparison));
  return { version: 1, decisions };
}

/** Keys in a fixed order, so a record always serialises the same way. */
function canonical(decision: Decision): Decision {
  const ordered: Decision = {
    comparison: decision.comparison,
    decision: decision.decision,
    claims: [
      { article: decision.claims[0].article, text: decision.claims[0].text },
      { article: decision.claims[1].article, text: decision.claims[1].text },
    ],
    verdict: decision.verdict,
    kind: decision.kind,
    reviewer: decision.reviewer,
    decidedAt: decision.decidedAt,
  };
  if (decision.right !== undefined) ordered.right = decision.right;
  if (decision.note !== undefined) ordered.note = decision.note;
  return ordered;
}

/**
 * Serialises decisions as JSON with one record per line, sorted by comparison id: two reviewers who
 * decide different comparisons touch different lines, so their edits merge without conflict.
 */
export function serializeDecisions(file: DecisionFile): string {
  const records = [...file.decisions].sort((a, b) => compareStrings(a.comparison, b.comparison)).map((decision) => `    ${JSON.stringify(canonical(decision))}`);
  return `{\n  "version": 1,\n  "decisions": [\n${records.join(',\n')}${records.length > 0 ? '\n' : ''}  ]\n}\n`;
}
