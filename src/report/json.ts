import type { Report } from '../types.js';

/** Serialises a report with a fixed layout, so equal reports are byte-identical. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
