/**
 * Makes outside text (article text, ids, outlets, review notes, file names) inert in markdown: no
 * emphasis, code, links, autolinks, HTML, headings, lists, tables or code blocks can come out of
 * it, wherever the report puts it (in a table cell, after "- " or "> "). Bidirectional-override
 * characters, which can make a line read differently from what it says, are dropped. The output
 * stays readable in raw form, on one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\t\n\v\f\r \u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~$])/g, '\\$1')
    .replace(/^( ?)([-+=])/, '$1\\$2')
    .replace(/^( ?\d{1,9})([.)])/, '$1\\$2')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}&#46;`)
    .replace(/@/g, '&#64;');
}
