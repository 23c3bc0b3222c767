/**
 * Makes article text inert in markdown: no emphasis, links, HTML, headings, tables or autolinks can
 * come out of it. Output stays readable in raw form.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~$])/g, '\\$1')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}&#46;`)
    .replace(/@/g, '&#64;');
}
