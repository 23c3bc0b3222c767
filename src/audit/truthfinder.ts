import { groupBy } from '../util/group.js';

/**
 * TruthFinder (Yin, Han & Yu, "Truth Discovery with Multiple Conflicting Information Providers on
 * the Web", KDD 2007). Sources are articles; facts are their claims. A source's trust is the mean
 * confidence of its facts; a fact's confidence grows with the trust of its source and with the
 * confidence of facts that imply it (agreeing claims), and falls with facts that contradict it.
 */
export interface TruthFinderInput {
  sources: readonly string[];
  /** Each fact belongs to one source. */
  facts: readonly { id: string; source: string }[];
  /** imp(from → to): +1 for a supporting fact, -1 for a contradicting one (applied both ways). */
  implications: readonly { a: string; b: string; weight: number }[];
  /** Facts whose confidence reviewers settled: 1 for judged right, 0 for judged wrong. */
  fixed?: ReadonlyMap<string, number>;
}

export interface TruthFinderParameters {
  /** Trust every source starts with (paper: 0.9). */
  initialTrust: number;
  /** Weight of implications from other facts, ρ (paper: 0.5). */
  rho: number;
  /** Dampening factor γ of the logistic (paper: 0.3). */
  gamma: number;
  /** Stop after this many iterations. */
  maxIterations: number;
  /**
   * Stop when no source's trust moved by more than this. (The paper compares the direction of the
   * trust vector; that stops while every trust still falls together, so the largest change is used.)
   */
  tolerance: number;
}

export const TRUTHFINDER_DEFAULTS: TruthFinderParameters = { initialTrust: 0.9, rho: 0.5, gamma: 0.3, maxIterations: 100, tolerance: 1e-6 };

export interface TruthFinderResult {
  trust: Map<string, number>;
  confidence: Map<string, number>;
  iterations: number;
  converged: boolean;
}

/** Trust is kept below 1 so that τ = −ln(1 − t) stays finite. */
const MAX_TRUST = 1 - 1e-9;

export function truthFinder(input: TruthFinderInput, parameters: TruthFinderParameters = TRUTHFINDER_DEFAULTS): TruthFinderResult {
  const trust = new Map(input.sources.map((source) => [source, parameters.initialTrust]));
  const confidence = new Map<string, number>();
  const incoming = groupBy(
    input.implications.flatMap(({ a, b, weight }) => [
      { to: b, from: a, weight },
      { to: a, from: b, weight },
    ]),
    (link) => link.to,
  );
  const factsOf = groupBy(input.facts, (fact) => fact.source);
  let iterations = 0;
  let converged = false;
  while (iterations < parameters.maxIterations) {
    iterations++;
    const tau = (source: string) => -Math.log(1 - Math.min(MAX_TRUST, trust.get(source)!));
    const sigma = new Map(input.facts.map((fact) => [fact.id, tau(fact.source)]));
    for (const fact of input.facts) {
      const adjusted = sigma.get(fact.id)! + parameters.rho * (incoming.get(fact.id) ?? []).reduce((sum, link) => sum + (sigma.get(link.from) ?? 0) * link.weight, 0);
      const settled = input.fixed?.get(fact.id);
      confidence.set(fact.id, settled ?? 1 / (1 + Math.exp(-parameters.gamma * adjusted)));
    }
    const before = input.sources.map((source) => trust.get(source)!);
    for (const source of input.sources) {
      const own = factsOf.get(source) ?? [];
      if (own.length > 0) trust.set(source, own.reduce((sum, fact) => sum + confidence.get(fact.id)!, 0) / own.length);
    }
    if (input.sources.every((source, index) => Math.abs(trust.get(source)! - before[index]!) < parameters.tolerance)) {
      converged = true;
      break;
    }
  }
  return { trust, confidence, iterations, converged };
}
