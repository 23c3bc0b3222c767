import type { Claim, Quantity } from '../../types.js';
import { TIME_ZONE_SLIP_DAYS, dayDistance, describeTime, eventTime, timeAt, timesAgree } from '../../align/scope.js';
import { amountWords, amountsOverlap, defineRule, LOOKALIKE_SIMILARITY, MEASURE_UNITS, quoted, scopeReason, substitutedEntities } from '../rule.js';
import { areSynonyms, baseForms } from '../../lexicon/wordnet.js';
import { FUNCTION_WORDS } from '../../util/text.js';
import { swappedOwner } from '../word-swaps.js';
import { diceSimilarity } from '../../util/dice.js';
import { DICE_WEIGHT, claimTextProfile, type CandidatePair } from '../../align/index.js';

/** Nouns that count the same thing under another name. */
const SAME_COUNT = new Map(Object.entries({ troop: 'soldier', personnel: 'soldier', serviceman: 'soldier', servicemember: 'soldier', fatality: 'death', casualty: 'death', people: 'person' }));

/** Exact amounts are only compared on closely matching claims; a vaguer amount is usually worded differently. */
const MIN_SIMILARITY = 0.4;
const MIN_SIMILARITY_VAGUE = 0.25;
/** A unit ("8 hours", "100 miles") says little about what is measured, so the claims must match closely. */
const MIN_SIMILARITY_UNIT = 0.6;

function countedKey(quantity: Quantity): string {
  return SAME_COUNT.get(quantity.counted) ?? quantity.counted;
}

/**
 * Characters before and after an amount whose words say what it is of: about five words either
 * side ("left 80,000 people without power"). Wider, the words of the sentence's topic ("the storm
 * destroyed 40 homes and left …", "… evacuate before the storm hit") tie any two amounts of it.
 */
const CONTEXT_BEFORE = 30;
const CONTEXT_AFTER = 40;

/** Content words around a quantity, stemmed crudely (first five letters), the counted noun left out. */
function contextStems(claim: Claim, quantity: Quantity): Set<string> {
  const start = quantity.span[0] - claim.span[0];
  const end = quantity.span[1] - claim.span[0];
  const around = `${claim.text.slice(Math.max(0, start - CONTEXT_BEFORE), start)} ${claim.text.slice(end, end + CONTEXT_AFTER)}`;
  const counted = quantity.counted.slice(0, 5);
  return new Set(around.split(/[^\p{L}]+/u).filter((word) => word.length >= 4).map((word) => word.toLowerCase().slice(0, 5)).filter((word) => word !== counted));
}

/** Whether two quantities are said of the same thing: some word around one is around the other too ("killed 12 people" vs "3,000 people spent the night" are not). */
function sameContext(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  const around = contextStems(b, y);
  return [...contextStems(a, x)].some((word) => around.has(word));
}

/** "Shares in Marden fell 4 percent", "Marden's shares closed 4 percent lower": the noun whose change a share measures. */
const CHANGED_BY = /(\p{L}+)(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?\s+(?:fell|rose|dropped|declined|gained|climbed|slid|jumped|surged|slumped|tumbled|closed|ended|grew|shrank|increased|decreased|edged|were|was)(?:\s+(?:revised|raised|lowered|cut|corrected|updated|adjusted))?\s+(?:up\s+|down\s+|by\s+|to\s+|about\s+|around\s+|some\s+|nearly\s+)*$/u;

/**
 * An amount given as changed from an earlier one: "revised to 61.4 percent", "rose to 19",
 * "widened its recall … to 112,000 vehicles", "cut the fine to 1.8 million euros". Group 1 is the
 * verb; at most six words stand between it and "to".
 */
const CHANGED_TO = /\b(revised|raised|rose|risen|climbed|increased|lowered|cut|fell|fallen|dropped|widened|narrowed|updated|corrected|reduced|grew|grown|jumped|doubled|halved)\b(?:\s+(?!to\b)[\p{L}\p{N}'’-]+){0,6}\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$/u;

/** "up from an earlier estimate of 300", "revised from 300", "down from 52": an amount named as the one a later figure replaces. */
const EARLIER_AMOUNT = /\b(?:(?:up|down|revised|raised|lowered|cut|increased|reduced|rising|falling)\s+from|(?:(?:up|down)\s+)?from\s+(?:an?|the)\s+(?:earlier|previous|initial|original|first))(?:\s+(?:estimate|figure|toll|count|tally|forecast)(?:\s+of)?)?\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;

/** The words by which a claim names, beside its own amount, the earlier amount `earlier` that it replaces ("up from an earlier estimate of"), if it does. */
function namesAsEarlier(claim: Claim, own: Quantity, earlier: Quantity): string | undefined {
  for (const quantity of claim.quantities) {
    if (quantity === own || quantity.min !== earlier.min || quantity.max !== earlier.max) continue;
    const before = claim.text.slice(Math.max(0, quantity.span[0] - claim.span[0] - 60), quantity.span[0] - claim.span[0]);
    const words = EARLIER_AMOUNT.exec(before)?.[0];
    if (words) return `${words}${quantity.text}`.trim();
  }
  return undefined;
}

/** The verb that gives a claim's amount as changed from an earlier one ("revised"), if any. */
function changedTo(claim: Claim, quantity: Quantity): string | undefined {
  return CHANGED_TO.exec(claim.text.slice(Math.max(0, quantity.span[0] - claim.span[0] - 80), quantity.span[0] - claim.span[0]))?.[1];
}

/** "At 61.2 percent, turnout was the highest": a share put first, then the noun it is of. */
const SHARE_FIRST = /^\s*,\s*(\p{L}+)\s+(?:was|were|is|are|stood|reached|remained)\b/u;

/** "the Civic Alliance came second with 29.1 percent": a share a name holds, at most two words between. */
const HELD_BY = /(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s+with\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/u;

/** Words after a share that tell which way it changed ("4 percent lower"), not what it is of. */
const DIRECTION = /^(?:lower|higher|up|down|more|less|better|worse)$/i;

/**
 * The noun a measure is said of, lower-case: joined to it by a hyphen ("a 48-hour strike" →
 * "strike"), after a share ("a 3 percent raise"), before it with "of" ("a pay rise of 3
 * percent" → "rise"), or changed by a share ("shares fell 4 percent" → "shares"); never a
 * function word ("rose to 5 percent in …" has none).
 */
function measuredNoun(claim: Claim, quantity: Quantity): string | undefined {
  const after = claim.text.slice(quantity.span[1] - claim.span[0]);
  const before = claim.text.slice(0, quantity.span[0] - claim.span[0]);
  // "38.5 percent of the vote" is a share of the vote.
  const joined = quantity.counted === 'percent' ? /^\s+(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?)?(\p{L}+)/u : /^-\p{L}+\s+(\p{L}+)/u;
  const noun = (word: string | undefined) => (word === undefined || FUNCTION_WORDS.has(word.toLowerCase()) || DIRECTION.test(word) ? undefined : word.toLowerCase());
  // The noun a share changes stands within a few words of it; a long claim is not searched whole.
  const changed = quantity.counted === 'percent' ? (CHANGED_BY.exec(before.slice(-120))?.[1] ?? SHARE_FIRST.exec(after.slice(0, 60))?.[1] ?? HELD_BY.exec(before.slice(-60))?.[1]) : undefined;
  return noun(joined.exec(after)?.[1]) ?? noun(/(\p{L}+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/u.exec(before)?.[1]) ?? noun(changed);
}

/** Whether both measures are said of one noun or of synonyms ("48-hour strike" / "77-hour strike", "a raise of 3 percent" / "a pay rise of 9 percent"): then they say what they measure. */
function measureOfSameThing(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  const nounA = measuredNoun(a, x);
  const nounB = measuredNoun(b, y);
  return nounA !== undefined && nounB !== undefined && baseForms(nounA).some((one) => baseForms(nounB).some((other) => areSynonyms(one, other)));
}

/**
 * Whether two claims give measures in two or more of the same units, one of them equal ("fined him
 * 2.4 million euros and barred him for ten years" / "a fine of 2.4 million euros … banned him for
 * ten years"): one shared unit may be chance, two with an equal amount are one statement, whose
 * other amount is then the same thing's.
 */
function measuresTie(a: Claim, b: Claim): boolean {
  const units = (claim: Claim) => new Set(claim.quantities.filter((quantity) => MEASURE_UNITS.has(quantity.counted)).map(countedKey));
  const theirs = units(b);
  if ([...units(a)].filter((unit) => theirs.has(unit)).length < 2) return false;
  const equal = (x: Quantity, y: Quantity) => countedKey(x) === countedKey(y) && x.bound === y.bound && x.min === y.min && x.max === y.max;
  return a.quantities.some((x) => MEASURE_UNITS.has(x.counted) && b.quantities.some((y) => equal(x, y)));
}

/**
 * The pair's similarity had b given x's amount where it gives y's: the figure under test must not
 * make the claims look unlike ("came second with 29.1 percent" / "with 47 percent"). Amounts are not
 * keys of the alignment index (only what they count is), so only the Dice part moves.
 */
function similarityWithAmountsEqual(pair: CandidatePair, a: Claim, x: Quantity, b: Claim, y: Quantity): number {
  const start = y.span[0] - b.span[0];
  const end = y.span[1] - b.span[0];
  const textA = claimTextProfile(a.text);
  const dice = pair.dice ?? diceSimilarity(textA, claimTextProfile(b.text));
  const moved = diceSimilarity(textA, claimTextProfile(`${b.text.slice(0, start)}${x.text}${b.text.slice(end)}`)) - dice;
  return Math.round((pair.similarity + DICE_WEIGHT * moved) * 1000) / 1000;
}

/** Whether every amount `inner` allows, `outer` allows too. */
function contains(outer: Quantity, inner: Quantity): boolean {
  return outer.min <= inner.min && (outer.max ?? Infinity) >= (inner.max ?? Infinity);
}

function isExact(quantity: Quantity): boolean {
  return quantity.bound === 'exact';
}

export default defineRule({
  id: 'numeric-mismatch',
  kind: 'numeric',
  description: 'Two amounts of the same counted thing: equal (agree), one vaguer or bounded and containing the other (compatible), or disjoint (contradict, on the same event).',
  check(a, b, context) {
    for (const x of a.quantities) {
      const counterparts = countedKey(x) === '' ? [] : b.quantities.filter((candidate) => countedKey(candidate) === countedKey(x));
      // Of several measures in one unit, the one said of the same thing ("29.1 percent" held by the same party, not "38.5 percent of the vote").
      const y = counterparts.find((candidate) => MEASURE_UNITS.has(x.counted) && measureOfSameThing(a, x, b, candidate)) ?? counterparts[0];
      if (!y) continue;
      const values = { a: `${x.text} ${x.counted}`, b: `${y.text} ${y.counted}` };
      const clash = `${context.label(a)} gives ${amountWords(a, x)}, ${context.label(b)} gives ${amountWords(b, y)}`;
      const sameThing = MEASURE_UNITS.has(x.counted) && (measureOfSameThing(a, x, b, y) || measuresTie(a, b));
      // A share says nothing of what it is a share of ("rose to 5 percent"): only one of the same thing is compared.
      if (x.counted === 'percent' && !sameThing) continue;
      const needed = MEASURE_UNITS.has(x.counted) && !sameThing ? MIN_SIMILARITY_UNIT : !(isExact(x) && isExact(y)) ? MIN_SIMILARITY_VAGUE : MIN_SIMILARITY;
      if (context.pair.similarity < needed && similarityWithAmountsEqual(context.pair, a, x, b, y) < needed) continue;
      if (!sameContext(a, x, b, y)) continue;
      if (isExact(x) && isExact(y) && x.value === y.value && !context.scope.same) continue;
      if (isExact(x) && isExact(y) && x.value === y.value) return { verdict: 'agree', kind: 'numeric', reason: `${clash}: the same number`, values, confidence: 0.9 };
      const sameVagueAmount = !isExact(x) && x.bound === y.bound && x.min === y.min && x.max === y.max;
      if (sameVagueAmount && !context.scope.same) continue;
      if (sameVagueAmount) return { verdict: 'agree', kind: 'numeric', reason: `${clash}: the same amount, equally vague`, values, confidence: 0.8 };
      if (amountsOverlap(x, y)) {
        const vaguer = contains(x, y) ? 'the first is vaguer and allows the other' : contains(y, x) ? 'the second is vaguer and allows the other' : 'the ranges they allow overlap, so both can be true';
        return { verdict: 'compatible', kind: 'numeric', reason: `${clash}: ${vaguer}`, values, confidence: 0.8 };
      }
      // A figure given beside the other claim's as the earlier one it replaces ("450 houses, up from an earlier estimate of 300").
      const replacedInA = namesAsEarlier(a, x, y);
      const replacedInB = namesAsEarlier(b, y, x);
      if (replacedInA !== undefined || replacedInB !== undefined) {
        const [claim, earlier, words] = replacedInA !== undefined ? [a, b, replacedInA] : [b, a, replacedInB!];
        return { verdict: 'different-scope', kind: 'numeric', reason: `${clash}; but ${context.label(claim)} gives ${context.label(earlier)}'s figure as the earlier one it replaces (${quoted(words)}): a later figure for the same thing, not a contradiction`, values, confidence: 0.7 };
      }
      // One figure given as the change of an earlier one is a later report of the same thing.
      const changedA = changedTo(a, x);
      const changedB = changedTo(b, y);
      if ((changedA === undefined) !== (changedB === undefined)) {
        const [claim, verb] = changedA !== undefined ? [a, changedA] : [b, changedB!];
        return { verdict: 'different-scope', kind: 'numeric', reason: `${clash}; but ${context.label(claim)} gives its amount as changed from an earlier one (${quoted(`${verb} to`)}): a later figure for the same thing, not a contradiction`, values, confidence: 0.6 };
      }
      const scoped = scopeReason({ ...context, scope: context.scope.same ? timesAgree(timeAt(a, x.span), timeAt(b, y.span)) : context.scope }, a, b, clash);
      // Like the date rules, a pair this unlike is no look-alike worth explaining.
      if (scoped && context.pair.similarity < LOOKALIKE_SIMILARITY) continue;
      if (scoped) return { verdict: 'different-scope', kind: 'numeric', reason: scoped, values, confidence: 0.7 };
      // One differing fact is a conflict; a different day as well is another event ("300 houses" on
      // 27 May and "1,250 houses" on 2 June in one town are two earthquakes).
      const timeA = eventTime(a);
      const timeB = eventTime(b);
      const daysApart = timeA?.value && timeB?.value ? dayDistance(timeA.value, timeB.value) : undefined;
      if (daysApart !== undefined && daysApart > TIME_ZONE_SLIP_DAYS) {
        return { verdict: 'different-scope', kind: 'numeric', reason: `${clash}; but they are dated ${describeTime(timeA!, true)} and ${describeTime(timeB!, true)} as well: two facts that differ make another event, not a contradiction`, values, confidence: 0.6 };
      }
      const swap = substitutedEntities(a, b, ['person', 'place', 'country', 'organization'])[0];
      const names = swap ? [swap.a.text, swap.b.text] : swappedOwner(a, x.span[0], b, y.span[0], context);
      if (names) {
        return { verdict: 'different-scope', kind: 'numeric', reason: `${clash}; but they measure different things (${quoted(names[0]!)} vs ${quoted(names[1]!)}), not a contradiction`, values, confidence: 0.6 };
      }
      return { verdict: 'contradict', kind: 'numeric', reason: `${clash}: the amounts cannot both be true of the same event`, values, confidence: 0.75 };
    }
    return undefined;
  },
});
