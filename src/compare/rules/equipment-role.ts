import { equipmentFamily } from '../../extract/entities.js';
import { eventKindOf } from '../../extract/event-kind.js';
import type { Claim } from '../../types.js';
import { SAME_FACT_SIMILARITY, defineRule, quoted, scopeReason, sameEventKind, sameEventShown, eventName } from '../rule.js';

function families(claim: Claim): Map<string, string> {
  const map = new Map<string, string>();
  for (const entity of claim.entities) if (entity.type === 'equipment') map.set(equipmentFamily(entity.id), entity.text);
  return map;
}

export default defineRule({
  id: 'equipment-role',
  kind: 'entity',
  description: 'Two reports of the same event that name the aircraft or missile involved: the same designation family agrees (a B-52H is a B-52); no shared family contradicts.',
  check(a, b, context) {
    if (!sameEventKind(a, b, context) || context.pair.similarity < SAME_FACT_SIMILARITY) return undefined;
    // "the first B-52H deployment of 2025" ranks deployments; ordinal-scope judges it, not a single event.
    if ([a, b].some((claim) => claim.ordinals.some((ordinal) => eventKindOf(ordinal.thing.replace(/^time:/, '')) !== undefined))) return undefined;
    const x = families(a);
    const y = families(b);
    if (x.size === 0 || y.size === 0) return undefined;
    const shared = [...x.keys()].filter((family) => y.has(family));
    const values = { a: [...x.values()].join(', '), b: [...y.values()].join(', ') };
    if (shared.length > 0 && !sameEventShown(context)) return undefined;
    if (shared.length > 0) return { verdict: 'agree', kind: 'entity', reason: `both name ${quoted(x.get(shared[0]!)!)}${y.get(shared[0]!) !== x.get(shared[0]!) ? ` / ${quoted(y.get(shared[0]!)!)}` : ''} in the ${eventName(a)}`, values, confidence: 0.8 };
    const clash = `${context.label(a)} names ${quoted(values.a)}, ${context.label(b)} names ${quoted(values.b)} for the ${eventName(a)}`;
    const scoped = scopeReason(context, a, b, clash);
    if (scoped) return { verdict: 'different-scope', kind: 'entity', reason: scoped, values, confidence: 0.7 };
    return { verdict: 'contradict', kind: 'entity', reason: `${clash} — different equipment in the same event`, values, confidence: 0.65 };
  },
});
