export { renderMarkdown, diffMarkdown } from './markdown.js';
export { renderJson } from './json.js';
export { escapeMarkdown } from './markdown-escape.js';
