import type { Span } from '../types.js';
import { splitLines, trimSpan } from '../util/text.js';

/** A rule that recognises page furniture on one line. It returns the part of the line to drop. */
interface BoilerplatePattern {
  why: string;
  /** Matches the furniture; when `prefixOnly`, only the matched prefix is dropped and the rest is body. */
  pattern: RegExp;
  prefixOnly?: boolean;
}

const PATTERNS: BoilerplatePattern[] = [
  { why: 'breadcrumb', pattern: /^(?:\s*date\s+\d{4}-\d{2}-\d{2}\s+)?Home\s*\/.*$/i },
  { why: 'date header', pattern: /^\s*(?:date|published|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s*$/i },
  { why: 'date header', pattern: /^\s*(?:Last Updated|First Published|Published|Updated)\s*:.*$/i },
  { why: 'image credit', pattern: /^\s*(?:[Ii]mage|[Pp]hoto|[Pp]icture)\s+(?:[Cc]redit|[Cc]ourtesy)\s*:\s*[a-z0-9.]+(?=[A-Z])/, prefixOnly: true },
  { why: 'image credit', pattern: /^\s*(?:image|photo|picture)\s+(?:credit|courtesy)\s*:.*$/i },
  { why: 'image credit', pattern: /^\s*[A-Z][A-Z .&'-]*\/[A-Z][A-Z .&'/-]*\s*$/ },
  { why: 'image caption', pattern: /^.*\|\s*(?:Reuters|AP|AFP|Yonhap|Getty Images|EPA|Bloomberg|File Photo)\s*$/i },
  { why: 'topic list', pattern: /^\s*(?:Topics|Tags)\s*:.*$/i },
  { why: 'footer link', pattern: /^\s*(?:Source link|Read more|Also read|Post a Comment|Comments?\s*\(\d+\)|Share this article|Advertisement)\s*$/i },
  { why: 'byline', pattern: /^\s*(?:Written|Reported|Edited) by\s+[^.]{1,60}$/i },
  { why: 'dateline', pattern: /^\s*(?:AP|AFP|Reuters|PTI|IANS|ANI|Yonhap)(?:\s+[A-Z][a-z]+){0,2}\s*$/ },
  { why: 'syndication notice', pattern: /^\s*\(?[^()]*\b(?:syndicated feed|auto-generated from|reworked by)\b[^()]*\)?\s*$/i },
];

export interface BoilerplateSplit {
  body: Span[];
  boilerplate: { span: Span; why: string }[];
}

/** Separates body text from page furniture, line by line, within `[from, text.length)`. */
export function splitBoilerplate(text: string, from = 0): BoilerplateSplit {
  const body: Span[] = [];
  const boilerplate: { span: Span; why: string }[] = [];
  for (const line of splitLines(text)) {
    if (line.span[1] <= from) continue;
    const lineSpan: Span = trimSpan(text, [Math.max(line.span[0], from), line.span[1]]);
    if (lineSpan[0] === lineSpan[1]) continue;
    const lineText = text.slice(lineSpan[0], lineSpan[1]);
    const hit = PATTERNS.find((rule) => rule.pattern.test(lineText));
    if (!hit) {
      body.push(lineSpan);
      continue;
    }
    if (hit.prefixOnly) {
      const prefix = hit.pattern.exec(lineText)![0];
      const cut = lineSpan[0] + prefix.length;
      boilerplate.push({ span: [lineSpan[0], cut], why: hit.why });
      const rest = trimSpan(text, [cut, lineSpan[1]]);
      if (rest[0] < rest[1]) body.push(rest);
    } else {
      boilerplate.push({ span: lineSpan, why: hit.why });
    }
  }
  return { body, boilerplate };
}
