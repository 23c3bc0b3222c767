import stringSimilarity from 'string-similarity';
import { claimRef, comparisonId, wordDiff } from '../compare/judge.js';
import { quoted } from '../compare/rule.js';
import type { Claim, ClaimSet, Comparison, InputProblem } from '../types.js';
import { compareStrings, normalizeText } from '../util/text.js';
import type { DerivedRule, Unsupported } from './rule.js';
import unsupportedMention from './unsupported-mention.js';
import unsupportedNegation from './unsupported-negation.js';
import unsupportedAntonym from './unsupported-antonym.js';
import unsupportedCharge from './unsupported-charge.js';
import unsupportedTitle from './unsupported-title.js';
import unsupportedCaseStage from './unsupported-case-stage.js';

/** Every check of derived articles against their sources; for one claim, the first rule that finds something decides. */
export const DERIVED_RULES: readonly DerivedRule[] = [unsupportedMention, unsupportedNegation, unsupportedAntonym, unsupportedCharge, unsupportedTitle, unsupportedCaseStage];

/** The source claim a derived claim restates: the most shared terms and entities, then the closest wording, then the earliest. */
function closestSourceClaim(claim: Claim, sourceClaims: readonly Claim[]): Claim | undefined {
  const terms = new Set(claim.terms);
  const entities = new Set(claim.entities.map((entity) => entity.id));
  const text = normalizeText(claim.text).toLowerCase();
  let best: { claim: Claim; shared: number; dice: number } | undefined;
  for (const candidate of sourceClaims) {
    const shared = candidate.terms.filter((term) => terms.has(term)).length + candidate.entities.filter((entity) => entities.has(entity.id)).length;
    if (shared === 0 || (best && shared < best.shared)) continue;
    const dice = stringSimilarity.compareTwoStrings(text, normalizeText(candidate.text).toLowerCase());
    if (!best || shared > best.shared || dice > best.dice) best = { claim: candidate, shared, dice };
  }
  return best?.claim;
}

function finding(rule: DerivedRule, found: readonly Unsupported[], claim: Claim, restated: Claim): Comparison {
  const [first] = found as [Unsupported];
  const { reason, replaced } = rule.explain(first, claim, restated);
  const others = found.slice(1).map((item) => quoted(item.text));
  const text = (value: string) => normalizeText(value).toLowerCase();
  // In the order alignment gives a pair, so that a finding and the pair's own judgement share one id.
  const derivedFirst = compareStrings(claim.id, restated.id) < 0;
  const [a, b] = derivedFirst ? [claim, restated] : [restated, claim];
  const values = { source: replaced ?? '', derived: first.text };
  return {
    id: comparisonId(a, b),
    topic: '',
    rule: rule.id,
    verdict: 'contradict',
    kind: first.kind,
    reason:
      `${claim.article}, which restates ${restated.article}, ${reason}` +
      (replaced === undefined ? `; the closest statement of ${restated.article} is shown` : `; ${restated.article} says ${quoted(replaced)} there`) +
      (others.length > 0 ? ` (also unsupported: ${others.join(', ')})` : ''),
    values: derivedFirst ? { a: values.derived, b: values.source } : { a: values.source, b: values.derived },
    confidence: rule.confidence,
    similarity: Math.round(stringSimilarity.compareTwoStrings(text(a.text), text(b.text)) * 1000) / 1000,
    diff: wordDiff(a.text, b.text),
    claims: [claimRef(a), claimRef(b)],
  };
}

/**
 * Checks every article that names its source (`derivedFrom`) against that source: a claim that
 * says what the source does not support (a name or figure it never mentions, a negation it never
 * makes) becomes a `contradict` comparison with the source claim it restates. Articles whose source
 * is not among the claim sets are skipped; see `derivedSourceProblems`.
 */
export function checkDerivedArticles(claimSets: readonly ClaimSet[], rules: readonly DerivedRule[] = DERIVED_RULES): Comparison[] {
  const byArticle = new Map(claimSets.map((set) => [set.article.id, set]));
  const findings: Comparison[] = [];
  for (const set of claimSets) {
    const source = set.article.derivedFrom === set.article.id ? undefined : byArticle.get(set.article.derivedFrom ?? '');
    if (!source) continue;
    const checks = rules.map((rule) => ({ rule, unsupported: rule.against(source.claims) }));
    for (const claim of set.claims) {
      for (const { rule, unsupported } of checks) {
        const found = unsupported(claim);
        if (found.length === 0) continue;
        const restated = found[0]!.evidence ?? closestSourceClaim(claim, source.claims);
        if (restated) findings.push(finding(rule, found, claim, restated));
        break;
      }
    }
  }
  return findings;
}

/** One problem for each article whose `derivedFrom` names itself or no article of the set. */
export function derivedSourceProblems(claimSets: readonly ClaimSet[]): InputProblem[] {
  const ids = new Set(claimSets.map((set) => set.article.id));
  return claimSets.flatMap((set) => {
    const source = set.article.derivedFrom;
    if (source === undefined || (ids.has(source) && source !== set.article.id)) return [];
    const why = source === set.article.id ? 'names the article itself' : 'names no article that was read';
    return [{ file: set.article.path ?? set.article.id, reason: `derived-from "${source}" ${why}; its support is not checked` }];
  });
}
