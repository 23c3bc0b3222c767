export { renderMarkdown, diffMarkdown } from './markdown.js';
export { renderJson, renderJsonPieces } from './json.js';
export { escapeMarkdown } from './markdown-escape.js';
export { auditMarkdown, renderAuditJson, renderAuditMarkdown } from './audit-markdown.js';
export { auditCharts, claimsChart, trustChart } from './charts.js';
