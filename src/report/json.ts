import type { Report } from '../types.js';
import { jsonPieces } from '../util/json.js';

/** A report's JSON in pieces, for reports too large for one string; joined, they are `renderJson`'s text. */
export function* renderJsonPieces(report: Report): Generator<string> {
  yield* jsonPieces(report, 2);
  yield '\n';
}

/** Serialises a report with a fixed layout, so equal reports are byte-identical. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
