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

/**
 * Facts, links and trust in flat arrays, computed in exactly the reference order (the same sums in
 * the same sequence, so the same floating-point results) without a map lookup per link: facts are
 * slots by id (a repeated id shares one, the last fact of it setting its score, as a map would),
 * links to an unknown fact count 0, a fact of a source not listed gets no score (NaN).
 */
export function truthFinder(input: TruthFinderInput, parameters: TruthFinderParameters = TRUTHFINDER_DEFAULTS): TruthFinderResult {
  const sources = [...new Set(input.sources)];
  const sourceIndex = new Map(sources.map((source, index) => [source, index]));
  const slotOf = new Map<string, number>();
  for (const fact of input.facts) if (!slotOf.has(fact.id)) slotOf.set(fact.id, slotOf.size);
  const slots = slotOf.size;
  const factSlot = Int32Array.from(input.facts, (fact) => slotOf.get(fact.id)!);
  const factSource = Int32Array.from(input.facts, (fact) => sourceIndex.get(fact.source) ?? -1);
  const settled = input.facts.map((fact) => input.fixed?.get(fact.id));

  // Incoming links per slot, in the reference's order: each implication gives b its link from a, then a its link from b.
  const directed: { to: number; from: number; weight: number }[] = [];
  for (const { a, b, weight } of input.implications) {
    const [slotA, slotB] = [slotOf.get(a), slotOf.get(b)];
    if (slotB !== undefined) directed.push({ to: slotB, from: slotA ?? -1, weight });
    if (slotA !== undefined) directed.push({ to: slotA, from: slotB ?? -1, weight });
  }
  const linkStart = new Int32Array(slots + 1);
  for (const link of directed) linkStart[link.to + 1]!++;
  for (let slot = 0; slot < slots; slot++) linkStart[slot + 1]! += linkStart[slot]!;
  const linkFrom = new Int32Array(directed.length);
  const linkWeight = new Float64Array(directed.length);
  const next = linkStart.slice(0, slots);
  for (const link of directed) {
    linkFrom[next[link.to]!] = link.from;
    linkWeight[next[link.to]!++] = link.weight;
  }
  const factsOfSource: number[][] = sources.map(() => []);
  input.facts.forEach((_fact, index) => {
    if (factSource[index]! >= 0) factsOfSource[factSource[index]!]!.push(index);
  });

  const trust = new Float64Array(sources.length).fill(parameters.initialTrust);
  const tau = new Float64Array(sources.length);
  const sigma = new Float64Array(slots);
  const confidence = new Float64Array(slots);
  let iterations = 0;
  let converged = false;
  while (iterations < parameters.maxIterations) {
    iterations++;
    for (let source = 0; source < sources.length; source++) tau[source] = -Math.log(1 - Math.min(MAX_TRUST, trust[source]!));
    for (let fact = 0; fact < factSlot.length; fact++) sigma[factSlot[fact]!] = factSource[fact]! >= 0 ? tau[factSource[fact]!]! : Number.NaN;
    for (let fact = 0; fact < factSlot.length; fact++) {
      const slot = factSlot[fact]!;
      let sum = 0;
      for (let link = linkStart[slot]!; link < linkStart[slot + 1]!; link++) sum = sum + (linkFrom[link]! >= 0 ? sigma[linkFrom[link]!]! : 0) * linkWeight[link]!;
      const adjusted = sigma[slot]! + parameters.rho * sum;
      confidence[slot] = settled[fact] ?? 1 / (1 + Math.exp(-parameters.gamma * adjusted));
    }
    let moved = false;
    for (let source = 0; source < sources.length; source++) {
      const own = factsOfSource[source]!;
      const before = trust[source]!;
      if (own.length > 0) trust[source] = own.reduce((sum, fact) => sum + confidence[factSlot[fact]!]!, 0) / own.length;
      if (!(Math.abs(trust[source]! - before) < parameters.tolerance)) moved = true;
    }
    if (!moved) {
      converged = true;
      break;
    }
  }
  const confidenceOf = new Map<string, number>();
  if (iterations > 0) for (const [id, slot] of slotOf) confidenceOf.set(id, confidence[slot]!);
  return { trust: new Map(sources.map((source, index) => [source, trust[index]!])), confidence: confidenceOf, iterations, converged };
}
