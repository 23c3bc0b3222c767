import { quoted } from '../compare/rule.js';
import type { Claim } from '../types.js';
import { defineDerivedRule, type Unsupported } from './rule.js';

/**
 * How far a criminal case has gone: each stage with the words that say it, and what in a source
 * mentions it. "Arrested", "detained" and "charged" are left out: restatements use them for one
 * another.
 */
const STAGES: { stage: string; says: RegExp; mentionedBy: RegExp }[] = [
  { stage: 'an indictment', says: /\bindict(?:ed|ment)\b/giu, mentionedBy: /\bindict/iu },
  { stage: 'a guilty plea or verdict', says: /\b(?:pleaded|pled|found) guilty\b/giu, mentionedBy: /\b(?:guilty|convict)/iu },
  { stage: 'a conviction', says: /\bconvict(?:ed|ion)\b/giu, mentionedBy: /\b(?:convict|guilty)/iu },
  { stage: 'an acquittal', says: /\bacquit(?:ted|tal)\b/giu, mentionedBy: /\b(?:acquit|not guilty)/iu },
  { stage: 'a sentence', says: /\bsentenced\b/giu, mentionedBy: /\bsentenc/iu },
  { stage: 'a pardon', says: /\bpardon(?:ed|s)?\b/giu, mentionedBy: /\bpardon/iu },
  { stage: 'an exoneration', says: /\bexonerat(?:ed|ion)\b/giu, mentionedBy: /\bexonerat/iu },
  { stage: 'bail or parole', says: /\b(?:on|granted|posted|released on) (?:bail|parole)\b/giu, mentionedBy: /\b(?:bail|parole)/iu },
];

interface UnsupportedStage extends Unsupported {
  stage: string;
}

export default defineDerivedRule({
  id: 'unsupported-case-stage',
  description: 'A derived article (a summary or rewrite that names its source with derived-from) takes a criminal case to a stage its source never mentions: "acquitted" or "sentenced" where the source reports only an arrest, "released on bail" where it reports none.',
  confidence: 0.6,
  against(source) {
    const text = source.map((claim) => claim.text).join('\n');
    const unsupported = STAGES.filter((stage) => !stage.mentionedBy.test(text));
    return (claim: Claim) =>
      unsupported.flatMap(({ stage, says }) => [...claim.text.matchAll(says)].map((match): UnsupportedStage => ({ text: match[0], kind: 'entity', start: match.index, stage })));
  },
  explain(found, _claim, restated) {
    const { text, stage } = found as UnsupportedStage;
    return { reason: `says ${quoted(text)}, but ${restated.article} never mentions ${stage} in the case` };
  },
});
