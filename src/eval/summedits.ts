import { buildReport, extractArticles } from '../pipeline.js';
import type { ClaimSet, Comparison } from '../types.js';

/** One SummEdits row: a document, a one-sentence summary, and whether the summary is consistent. */
export interface SummEditsRow {
  id: string;
  doc: string;
  summary: string;
  /** 1 consistent, 0 inconsistent. */
  label: 0 | 1;
  edit_types: string[];
}

export interface RowPrediction {
  id: string;
  label: 0 | 1;
  editTypes: string[];
  /** True when crosscheck found a contradiction involving the summary. */
  flagged: boolean;
  /** The deciding comparison, for error analysis. */
  evidence?: Pick<Comparison, 'rule' | 'kind' | 'reason'>;
}

/** Scores of flagging "inconsistent" on one slice of rows. */
export interface SliceScore {
  slice: string;
  rows: number;
  precision: number;
  recall: number;
  balancedAccuracy: number;
  /** Consistent rows wrongly flagged as contradicted. */
  falseContradictions: number;
}

/** Runs crosscheck on every row: the document is one article, the summary another. Documents are extracted once. */
export function predictRows(rows: readonly SummEditsRow[]): RowPrediction[] {
  const documents = new Map<string, ClaimSet>();
  return rows.map((row) => {
    let doc = documents.get(row.doc);
    if (!doc) {
      doc = extractArticles([{ id: 'document', text: row.doc }]).claimSets[0]!;
      documents.set(row.doc, doc);
    }
    // A summary restates its document: whatever it names, the document must say.
    const summary = extractArticles([{ id: 'summary', text: row.summary, derivedFrom: 'document' }], { minCheckWorthiness: 0 }).claimSets[0]!;
    const report = buildReport([doc, summary]);
    const contradiction = report.comparisons.find((comparison) => comparison.verdict === 'contradict');
    const prediction: RowPrediction = { id: row.id, label: row.label, editTypes: row.edit_types, flagged: contradiction !== undefined };
    if (contradiction) prediction.evidence = { rule: contradiction.rule, kind: contradiction.kind, reason: contradiction.reason };
    return prediction;
  });
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Precision, recall and balanced accuracy of the "inconsistent" class on a slice. */
export function scoreSlice(slice: string, predictions: readonly RowPrediction[]): SliceScore {
  const truePositives = predictions.filter((row) => row.label === 0 && row.flagged).length;
  const falsePositives = predictions.filter((row) => row.label === 1 && row.flagged).length;
  const positives = predictions.filter((row) => row.label === 0).length;
  const negatives = predictions.filter((row) => row.label === 1).length;
  const recall = ratio(truePositives, positives);
  const specificity = ratio(negatives - falsePositives, negatives);
  return {
    slice,
    rows: predictions.length,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall,
    balancedAccuracy: (recall + specificity) / 2,
    falseContradictions: falsePositives,
  };
}

/** Overall scores, then one slice per edit type: that type's inconsistent rows with every consistent row. */
export function scoreByEditType(predictions: readonly RowPrediction[]): SliceScore[] {
  const consistent = predictions.filter((row) => row.label === 1);
  const types = [...new Set(predictions.flatMap((row) => row.editTypes))].sort();
  return [
    scoreSlice('all', predictions),
    ...types.map((type) => scoreSlice(type, [...predictions.filter((row) => row.label === 0 && row.editTypes.includes(type)), ...consistent])),
  ];
}

export function formatScores(title: string, scores: readonly SliceScore[]): string {
  const lines = [`## ${title}`, '', '| slice | rows | precision | recall | balanced accuracy | false contradictions |', '|---|---:|---:|---:|---:|---:|'];
  for (const score of scores) {
    lines.push(`| ${score.slice} | ${score.rows} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.balancedAccuracy.toFixed(3)} | ${score.falseContradictions} |`);
  }
  return `${lines.join('\n')}\n`;
}
