import { groupBy } from '../../src/util/group.js';
import { TRUTHFINDER_DEFAULTS, type TruthFinderInput, type TruthFinderParameters, type TruthFinderResult } from '../../src/audit/truthfinder.js';

/**
 * TruthFinder as first written, with maps and one lookup per link: the reference the array version
 * in src/audit/truthfinder.ts must match exactly (test/audit/truthfinder.test.ts).
 */
/** Trust is kept below 1 so that τ = −ln(1 − t) stays finite. */
const MAX_TRUST = 1 - 1e-9;

export function referenceTruthFinder(input: TruthFinderInput, parameters: TruthFinderParameters = TRUTHFINDER_DEFAULTS): TruthFinderResult {
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
