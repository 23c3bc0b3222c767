import { buildReport, extractArticles } from '../pipeline.js';
import { directAntonymsOf } from '../lexicon/antonyms.js';
import { isCorroboration } from '../audit/index.js';
import type { ArticleInput, Claim, ClaimSet, FindingKind, Report } from '../types.js';

/**
 * A FactCC-style perturbation suite over a corpus: single edits to one article on a fact that at
 * least two articles state, each of which must produce a `contradict` verdict between the edited
 * claim and a claim of another article, of the right kind; and paraphrase controls, which must add
 * no contradiction.
 */
export type EditKind = 'date' | 'weekday' | 'numeric' | 'entity' | 'ordinal' | 'location' | 'negation' | 'antonym' | 'quote';

export interface Edit {
  kind: EditKind;
  article: string;
  claim: string;
  /** Where in the original article text the edit applies. */
  at: [number, number];
  replacement: string;
  description: string;
  /** The finding kind the edit must produce: its own kind, or `attribution` for a quoted speaker swapped. */
  expected: FindingKind;
}

export interface EditOutcome {
  edit: Edit;
  /** A contradiction of the expected kind between the edited claim and another article's claim. */
  detected: boolean;
  /** A contradiction involving the edited claim, but of another kind. */
  otherKind?: FindingKind;
  /** Contradictions in the edited run that involve neither the edited claim nor were there before. */
  unrelated: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ORDINALS: Record<string, string> = { first: 'second', second: 'third', third: 'fourth', fourth: 'fifth', fifth: 'sixth' };
const OTHER_PLACES = ['Busan', 'Osaka', 'Lisbon', 'Nairobi', 'Quito'];
const OTHER_PEOPLE = ['Charles Brown', 'Maria Lopez', 'Peter Holm'];
const OTHER_EQUIPMENT: Record<string, string> = { B: 'F-35A', F: 'B-1B', K: 'B-1B', S: 'B-1B' };
const AUXILIARIES = /\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b/;
const NUMBER_WORDS: Record<string, string> = { two: 'four', three: 'five', four: 'seven', five: 'eight', six: 'nine', ten: 'fifteen', thousands: 'dozens', hundreds: 'dozens', dozens: 'thousands' };

function offsetIn(claim: Claim, pattern: RegExp): [number, number, string] | undefined {
  const match = pattern.exec(claim.text);
  return match ? [claim.span[0] + match.index, claim.span[0] + match.index + match[0].length, match[0]] : undefined;
}

/**
 * Every single edit that applies to a claim, at most one per kind. An edit must touch what the claim
 * shares with a corroborating claim (`partners`): a date only when a partner dates the event, a
 * number only when a partner counts the same thing (and the new number falls outside the partner's
 * range), a name or place only when a partner names it too, a quote only when a partner quotes.
 */
export function editsFor(claim: Claim, partners: readonly Claim[]): Edit[] {
  const edits: Edit[] = [];
  const push = (kind: EditKind, at: [number, number], replacement: string, original: string, expected: FindingKind = kind) =>
    edits.push({ kind, article: claim.article, claim: claim.id, at, replacement, description: `${kind}: “${original}” → “${replacement}”`, expected });
  const partnerEntities = new Set(partners.flatMap((partner) => partner.entities.map((entity) => entity.id)));
  const partnerDated = partners.some((partner) => partner.contextTime !== undefined || partner.times.some((time) => time.value !== undefined || time.weekday !== undefined));

  if (partnerDated) {
    const monthDay = offsetIn(claim, new RegExp(`\\b(?:${MONTHS})\\s+(\\d{1,2})\\b`));
    if (monthDay) {
      const day = Number(/(\d{1,2})$/.exec(monthDay[2])![1]);
      push('date', [monthDay[0], monthDay[1]], monthDay[2].replace(/\d{1,2}$/, String(day > 25 ? day - 3 : day + 3)), monthDay[2]);
    }
    const weekday = offsetIn(claim, new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`));
    if (weekday) push('weekday', [weekday[0], weekday[1]], WEEKDAYS[(WEEKDAYS.indexOf(weekday[2]) + 2) % 7]!, weekday[2]);
  }

  for (const quantity of claim.quantities) {
    const counterparts = partners.flatMap((partner) => partner.quantities).filter((other) => other.counted && other.counted === quantity.counted);
    if (counterparts.length === 0) continue;
    // "in less than two years" and "in less than four years" are both true of a gap of one year: a bound open on one side stays compatible with any new number.
    if (quantity.bound === 'under' || quantity.bound === 'over') continue;
    const word = quantity.text.toLowerCase();
    const digits = /^[\d,.]+/.exec(quantity.text);
    const factor = quantity.value < 10 ? 3 : 1.6;
    const written = digits ? Number(digits[0].replace(/,/g, '')) : undefined;
    // "2.4 million" becomes "3.84 million": the figure as written is scaled, its multiplier kept.
    const newWritten = written === undefined ? undefined : written === quantity.value ? Math.round(quantity.value * factor) : Math.round(written * factor * 100) / 100;
    const newValue = newWritten === undefined ? undefined : (newWritten * quantity.value) / written!;
    const replacement = digits ? quantity.text.replace(digits[0], newWritten!.toLocaleString('en-US')) : NUMBER_WORDS[word];
    if (!replacement) continue;
    if (newValue !== undefined && counterparts.some((other) => other.min <= newValue && (other.max === null || newValue <= other.max))) continue;
    push('numeric', quantity.span, replacement, quantity.text);
    break;
  }

  const equipment = claim.entities.find((entity) => entity.type === 'equipment' && [...partnerEntities].some((id) => id.startsWith(entity.id.replace(/[a-z]*$/, ''))));
  const person = claim.entities.find((entity) => entity.type === 'person' && entity.text.includes(' ') && partnerEntities.has(entity.id));
  if (equipment) push('entity', equipment.span, OTHER_EQUIPMENT[equipment.text[0]!] ?? 'B-1B', equipment.text);
  else if (person) {
    const quotedSpeaker = claim.attribution?.quote !== undefined && claim.attribution.speakerId === person.id;
    push('entity', person.span, OTHER_PEOPLE.find((name) => name !== person.text)!, person.text, quotedSpeaker ? 'attribution' : 'entity');
  }

  const ordinal = claim.ordinals.find((candidate) => ORDINALS[candidate.text.toLowerCase()]);
  if (ordinal && partners.some((partner) => partner.ordinals.length > 0)) push('ordinal', ordinal.span, ORDINALS[ordinal.text.toLowerCase()]!, ordinal.text);

  const place = claim.entities.find((entity) => entity.type === 'place' && partnerEntities.has(entity.id) && /\b(?:in|at|near|off)\s+(?:the\s+)?$/.test(claim.text.slice(0, entity.span[0] - claim.span[0])));
  if (place) push('location', place.span, OTHER_PLACES.find((name) => name !== place.text)!, place.text);

  if (claim.negations.length === 0 && !claim.attribution?.quote) {
    const auxiliary = offsetIn(claim, AUXILIARIES);
    if (auxiliary) push('negation', [auxiliary[0], auxiliary[1]], `${auxiliary[2]} not`, auxiliary[2]);
  }

  if (!claim.attribution?.quote) {
    const partnerText = partners.map((partner) => partner.text.toLowerCase()).join(' ');
    for (const match of claim.text.matchAll(/\b[a-z]{4,}\b/g)) {
      if (NOT_FOR_ANTONYMS.has(match[0]) || Object.hasOwn(ORDINALS, match[0]) || !new RegExp(`\\b${match[0]}\\b`).test(partnerText)) continue;
      const antonym = directAntonymsOf(match[0]).find((candidate) => /^[a-z]+$/.test(candidate));
      if (!antonym) continue;
      // "in less than two years" → "in more than two years" changes what an ordinal counts among: an ordinal conflict.
      const inWindow = claim.ordinals.some((ordinal) => ordinal.qualifiers.some((qualifier) => qualifier.kind === 'window' && new RegExp(`\\b${match[0]}\\b`, 'i').test(qualifier.text)));
      push('antonym', [claim.span[0] + match.index!, claim.span[0] + match.index! + match[0].length], antonym, match[0], inWindow ? 'ordinal' : 'antonym');
      break;
    }
  }
  const quote = claim.attribution?.quote;
  if (quote && partners.some((partner) => partner.attribution?.quote)) {
    const word = [...quote.text.matchAll(/\b[a-z]{5,}\b/g)][1] ?? [...quote.text.matchAll(/\b[a-z]{4,}\b/g)][0];
    if (word) push('quote', [quote.span[0] + word.index!, quote.span[0] + word.index! + word[0].length], word[0] === 'never' ? 'always' : 'hardly', word[0]);
  }
  return edits;
}

/**
 * Words whose WordNet antonyms make no sentence ("said" → "other") or make another kind of edit:
 * "first" → "last" and "second" → "first" change an ordinal, which the ordinal edit covers.
 */
const NOT_FOR_ANTONYMS = new Set(['said', 'says', 'first', 'last', 'three', 'over', 'have', 'will']);

/** Rewordings that keep every fact: each pair is swapped wherever it occurs, whole words only. */
const PARAPHRASES: [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bconducted\b/g, 'carried out'],
  [/\bheld\b/g, 'staged'],
  [/\babout\b/g, 'around'],
  [/\baccording to\b/g, 'citing'],
  [/\bhelp\b/g, 'assist'],
  [/\bbegan\b/g, 'started'],
  [/\bagreed\b/g, 'consented'],
];

export function paraphraseControl(text: string): string {
  return PARAPHRASES.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

function contradictionKeys(report: Report): Set<string> {
  return new Set(report.comparisons.filter((comparison) => comparison.verdict === 'contradict').map((comparison) => comparison.claims.map((claim) => `${claim.article}:${claim.text}`).sort().join(' | ')));
}

export interface SuiteResult {
  corpus: string;
  outcomes: EditOutcome[];
  /** Contradictions in the unedited corpus (each should be a real conflict). */
  baseline: number;
  controls: { article: string; newContradictions: number }[];
}

/** Runs the suite on one corpus. Unedited articles are extracted once. */
export function runSuite(corpus: string, inputs: readonly ArticleInput[]): SuiteResult {
  const base = extractArticles(inputs);
  const baseline = buildReport(base.claimSets);
  const baselineKeys = contradictionKeys(baseline);
  const claims = new Map(base.claimSets.flatMap((set) => set.claims).map((claim) => [claim.id, claim]));
  const shared = new Set(baseline.comparisons.filter(isCorroboration).flatMap((comparison) => comparison.claims.map((claim) => claim.claim)));

  const rerun = (article: string, text: string): Report => {
    const input = inputs.find((candidate) => candidate.id === article)!;
    const edited = extractArticles([{ ...input, text }]).claimSets[0]!;
    const sets: ClaimSet[] = base.claimSets.map((set) => (set.article.id === article ? edited : set));
    return buildReport(sets);
  };

  const partnersOf = new Map<string, Claim[]>();
  for (const comparison of baseline.comparisons.filter(isCorroboration)) {
    const [x, y] = comparison.claims;
    for (const [self, other] of [[x, y], [y, x]] as const) partnersOf.set(self.claim, [...(partnersOf.get(self.claim) ?? []), claims.get(other.claim)!]);
  }
  const outcomes: EditOutcome[] = [];
  const seen = new Set<string>();
  for (const id of [...shared].sort()) {
    const claim = claims.get(id)!;
    for (const edit of editsFor(claim, partnersOf.get(id) ?? [])) {
      const key = `${edit.article}:${edit.kind}:${edit.at.join('-')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const input = inputs.find((candidate) => candidate.id === edit.article)!;
      const text = input.text.slice(0, edit.at[0]) + edit.replacement + input.text.slice(edit.at[1]);
      const shift = edit.replacement.length - (edit.at[1] - edit.at[0]);
      const editedSpan: [number, number] = [claim.span[0], claim.span[1] + shift];
      const report = rerun(edit.article, text);
      const touchesEdit = (ref: { article: string; span: [number, number] }) => ref.article === edit.article && ref.span[0] < editedSpan[1] && editedSpan[0] < ref.span[1];
      const contradictions = report.comparisons.filter((comparison) => comparison.verdict === 'contradict');
      const onEdit = contradictions.filter((comparison) => comparison.claims.some(touchesEdit) && comparison.claims.some((ref) => ref.article !== edit.article));
      const hit = onEdit.find((comparison) => comparison.kind === edit.expected);
      const unrelated = contradictions.filter((comparison) => !onEdit.includes(comparison) && !baselineKeys.has(comparison.claims.map((ref) => `${ref.article}:${ref.text}`).sort().join(' | '))).length;
      const outcome: EditOutcome = { edit, detected: hit !== undefined, unrelated };
      if (!hit && onEdit[0]) outcome.otherKind = onEdit[0].kind;
      outcomes.push(outcome);
    }
  }
  const controls = inputs.map((input) => {
    const report = rerun(input.id, paraphraseControl(input.text));
    const fresh = [...contradictionKeys(report)].filter((key) => !baselineKeys.has(key)).length;
    return { article: input.id, newContradictions: fresh };
  });
  return { corpus, outcomes, baseline: baselineKeys.size, controls };
}

export function formatSuite(results: readonly SuiteResult[]): string {
  const outcomes = results.flatMap((result) => result.outcomes);
  const kinds = [...new Set(outcomes.map((outcome) => outcome.edit.kind))].sort();
  const controls = results.flatMap((result) => result.controls);
  const controlFalse = controls.reduce((sum, control) => sum + control.newContradictions, 0);
  const controlSpecificity = controls.length === 0 ? 1 : controls.filter((control) => control.newContradictions === 0).length / controls.length;
  const lines = ['## Perturbation suite', '', `Corpora: ${results.map((result) => `${result.corpus} (${result.baseline} contradictions before editing)`).join(', ')}.`, ''];
  lines.push('| edit kind | edits | detected (right pair and kind) | other kind | missed | recall | precision | balanced accuracy | false contradictions |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (label: string, group: readonly EditOutcome[]) => {
    const detected = group.filter((outcome) => outcome.detected).length;
    const other = group.filter((outcome) => !outcome.detected && outcome.otherKind).length;
    const unrelated = group.reduce((sum, outcome) => sum + outcome.unrelated, 0);
    const recall = group.length === 0 ? 0 : detected / group.length;
    const precision = detected + other + unrelated === 0 ? 1 : detected / (detected + other + unrelated);
    lines.push(`| ${label} | ${group.length} | ${detected} | ${other} | ${group.length - detected - other} | ${recall.toFixed(3)} | ${precision.toFixed(3)} | ${((recall + controlSpecificity) / 2).toFixed(3)} | ${unrelated} |`);
  };
  for (const kind of kinds) row(kind, outcomes.filter((outcome) => outcome.edit.kind === kind));
  row('all', outcomes);
  lines.push('', `Paraphrase controls: ${controls.length} articles reworded, ${controlFalse} new contradictions (balanced accuracy uses the share of controls with none, ${controlSpecificity.toFixed(3)}).`, '');
  return `${lines.join('\n')}\n`;
}
