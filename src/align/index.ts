import type { Claim, EventGroup, Topic } from '../types.js';
import { compareStrings, normalizeText } from '../util/text.js';
import { pushTo } from '../util/group.js';
import { bigramProfile, diceSimilarity, type BigramProfile } from '../util/dice.js';
import { equipmentFamily } from '../extract/entities.js';
import { eventDate, sameEventTest } from './scope.js';
import { neighbourArticles } from './neighbours.js';

export { eventDate, eventScope, type Scope } from './scope.js';

/** Two claims from different articles that may be about the same thing. */
export interface CandidatePair {
  a: Claim;
  b: Claim;
  /** 0..1: blend of weighted key overlap and Dice similarity of the texts. */
  similarity: number;
  /** 0..1: Dice similarity of the two texts, normalised and in lower case (string-similarity). */
  dice?: number;
}

export interface AlignOptions {
  /** Keys held by more claims than this are too common to block on. Default 60. */
  maxKeyFrequency?: number;
  /** Pairs below this similarity are dropped. Default 0.2. */
  minSimilarity?: number;
}

export interface Alignment {
  pairs: CandidatePair[];
  topics: Topic[];
  events: EventGroup[];
}

const GENERIC_TERMS = new Set(['say', 'year', 'time', 'country', 'nation', 'state', 'also', 'three', 'two', 'one', 'make', 'take', 'include', 'new', 'report']);

/** The keys a claim is indexed under: entities, equipment families, content terms, numbers, ordinals. */
export function indexKeys(claim: Claim): string[] {
  const keys = new Set<string>();
  for (const entity of claim.entities) {
    // An untyped name is already a key as a term; a second key would weigh it twice.
    if (entity.type === 'name') continue;
    keys.add(entity.id);
    if (entity.type === 'equipment') keys.add(equipmentFamily(entity.id));
  }
  for (const term of claim.terms) if (term.length >= 3 && !GENERIC_TERMS.has(term) && !/^\d+$/.test(term)) keys.add(`term:${term}`);
  for (const quantity of claim.quantities) keys.add(`number:${quantity.counted || quantity.value}`);
  for (const ordinal of claim.ordinals) {
    keys.add(`ordinal:${ordinal.rank}`);
    // "the second earthquake in Linholm" must meet "the first earthquake in Linholm": what is ranked, whatever the rank.
    if (ordinal.thing) keys.add(`ranked:${ordinal.thing}`);
  }
  for (const time of claim.times) if (time.value && time.granularity === 'day') keys.add(`day:${time.value.slice(-5)}`);
  if (claim.attribution?.quote) keys.add(`quote:${claim.attribution.speakerId ?? 'unknown'}`);
  return [...keys].sort(compareStrings);
}

/** How many nearest articles each article is paired with when its claims' keys are all too common. */
const NEIGHBOURS_PER_ARTICLE = 8;
/** Keys held by more articles than this do not help tell which articles report one event. */
const MAX_ARTICLE_FREQUENCY = 100;
/** Articles about another event can be the next nearest; a neighbour must come close to the nearest. */
const NEIGHBOUR_MIN_SHARE_OF_BEST = 0.5;

/**
 * In a large corpus even two slot keys together (a place and a count) can be too common to pair on,
 * and a claim with a wrong day has no day to share. Such claims are still paired when their articles
 * are near neighbours (see neighbourArticles) and the two claims share at least two slot keys other
 * than countries.
 */
function pairWithinNeighbourArticles(claims: readonly Claim[], keysOf: readonly string[][], slotKeys: readonly string[][], addPair: (i: number, j: number) => void): void {
  const articleIndex = new Map<string, number>();
  const articleOf = claims.map((claim) => {
    let index = articleIndex.get(claim.article);
    if (index === undefined) articleIndex.set(claim.article, (index = articleIndex.size));
    return index;
  });
  const articleCount = articleIndex.size;
  // Two countries in common ("the US and South Korea") is what most coverage of a region shares.
  const pairingKeys = slotKeys.map((keys) => keys.filter((key) => !key.startsWith('country:')));
  const featureIds = new Map<string, number>();
  const keyArticles: number[][] = [];
  claims.forEach((claim, index) => {
    const article = articleOf[index]!;
    for (const feature of articleFeatures(claim, keysOf[index]!, slotKeys[index]!)) {
      let id = featureIds.get(feature);
      if (id === undefined) {
        featureIds.set(feature, (id = keyArticles.length));
        keyArticles.push([]);
      }
      const articles = keyArticles[id]!;
      if (articles[articles.length - 1] !== article) articles.push(article);
    }
  });
  // Claims usually come article by article; when they do not, an article can be listed twice.
  keyArticles.forEach((articles, id) => (keyArticles[id] = [...new Set(articles)].sort((x, y) => x - y)));
  const claimsOfArticle: number[][] = Array.from({ length: articleCount }, () => []);
  articleOf.forEach((article, claim) => claimsOfArticle[article]!.push(claim));
  const slotIndexes = new Map<number, Map<string, number[]>>();
  const slotIndexOf = (article: number) => {
    let index = slotIndexes.get(article);
    if (!index) {
      index = new Map();
      for (const claim of claimsOfArticle[article]!) for (const key of pairingKeys[claim]!) pushTo(index, key, claim);
      slotIndexes.set(article, index);
    }
    return index;
  };
  for (const packed of neighbourArticles(keyArticles, articleCount, { perArticle: NEIGHBOURS_PER_ARTICLE, maxArticleFrequency: MAX_ARTICLE_FREQUENCY, minShareOfBest: NEIGHBOUR_MIN_SHARE_OF_BEST })) {
    const other = slotIndexOf(packed % articleCount);
    for (const claim of claimsOfArticle[Math.floor(packed / articleCount)]!) {
      const sharedSlots = new Map<number, number>();
      for (const key of pairingKeys[claim]!) for (const partner of other.get(key) ?? []) sharedSlots.set(partner, (sharedSlots.get(partner) ?? 0) + 1);
      for (const [partner, count] of sharedSlots) if (count >= 2) addPair(Math.min(claim, partner), Math.max(claim, partner));
    }
  }
}

/**
 * What an article is told apart by: its claims' keys, the exact amounts it gives ("800 houses"),
 * and pairs of slot keys said in one sentence ("800 houses" in Cedrin), rare even when each is common.
 */
function articleFeatures(claim: Claim, keys: readonly string[], slots: readonly string[]): string[] {
  const amounts = claim.quantities.map((quantity) => `amount:${quantity.value} ${quantity.counted}`);
  const together = [...slots, ...amounts];
  const features = [...keys, ...amounts];
  for (let x = 0; x < together.length; x++) for (let y = x + 1; y < together.length; y++) features.push(`${together[x]}+${together[y]}`);
  return features;
}

/** The strings two arrays sorted by compareStrings share, in that order. */
function sortedIntersection(a: readonly string[], b: readonly string[]): string[] {
  const shared: string[] = [];
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    const order = compareStrings(a[x]!, b[y]!);
    if (order === 0) shared.push(a[x++]!), y++;
    else if (order < 0) x++;
    else y++;
  }
  return shared;
}

/** The bigrams a claim's text is compared by in a pair's Dice similarity: normalised, in lower case. */
export function claimTextProfile(text: string): BigramProfile {
  return bigramProfile(normalizeText(text).toLowerCase());
}

/** The share of a pair's similarity that is the Dice similarity of its texts; the rest is its shared keys. */
export const DICE_WEIGHT = 0.45;

function keyWeight(key: string, frequency: number, total: number): number {
  const typeBoost = key.startsWith('term:') ? 1 : key.startsWith('country:') ? 0.5 : 1.5;
  return typeBoost * Math.log(1 + total / frequency);
}

/**
 * Finds candidate pairs through an inverted index of shared keys, so claims are only compared with
 * claims that share a rare enough key; cost grows with the number of claims, not its square.
 */
export function candidatePairs(claims: readonly Claim[], options: AlignOptions = {}): CandidatePair[] {
  const maxFrequency = options.maxKeyFrequency ?? 60;
  const minSimilarity = options.minSimilarity ?? 0.2;
  const keysOf = claims.map(indexKeys);
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) pushTo(postings, key, index);
  });
  const weightOf = new Map<string, number>();
  for (const [key, list] of postings) weightOf.set(key, keyWeight(key, list.length, claims.length));

  const overlap = new Set<number>();
  const pairKey = (i: number, j: number) => i * claims.length + j;
  const addPairs = (list: readonly number[]) => {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (claims[i]!.article !== claims[j]!.article) overlap.add(pairKey(i, j));
      }
    }
  };
  for (const [key, list] of postings) {
    if (list.length < 2 || list.length > maxFrequency || key.startsWith('country:') || GENERIC_TERMS.has(key.slice(5))) continue;
    addPairs(list);
  }
  // A key too common to pair on alone ("place:seoul" across a year of coverage) still pairs claims
  // that share it together with another slot key (a day, a person, a number): the same event.
  const slotKeys = keysOf.map((keys) => keys.filter((key) => !key.startsWith('term:')));
  const composites = new Map<string, number[]>();
  slotKeys.forEach((slots, index) => {
    for (let x = 0; x < slots.length; x++) {
      for (let y = x + 1; y < slots.length; y++) {
        if (postings.get(slots[x]!)!.length <= maxFrequency && postings.get(slots[y]!)!.length <= maxFrequency) continue;
        pushTo(composites, `${slots[x]}+${slots[y]}`, index);
      }
    }
  });
  for (const list of composites.values()) if (list.length >= 2 && list.length <= maxFrequency) addPairs(list);
  if ([...postings.values()].some((list) => list.length > maxFrequency)) pairWithinNeighbourArticles(claims, keysOf, slotKeys, (i, j) => overlap.add(pairKey(i, j)));

  const profiles: BigramProfile[] = [];
  const profileOf = (index: number) => (profiles[index] ??= claimTextProfile(claims[index]!.text));
  const totalWeight = keysOf.map((keys) => keys.reduce((sum, key) => sum + weightOf.get(key)!, 0));
  const pairs: CandidatePair[] = [];
  for (const packed of Float64Array.from(overlap).sort()) {
    const i = Math.floor(packed / claims.length);
    const j = packed % claims.length;
    const shared = sortedIntersection(keysOf[i]!, keysOf[j]!);
    const sharedWeight = shared.reduce((sum, key) => sum + weightOf.get(key)!, 0);
    const keyScore = sharedWeight / Math.max(1e-9, Math.min(totalWeight[i]!, totalWeight[j]!) * 0.5 + Math.max(totalWeight[i]!, totalWeight[j]!) * 0.5);
    // Even identical texts (Dice 1) could not lift this pair to the threshold: skip the Dice cost.
    if (Math.round(((1 - DICE_WEIGHT) * keyScore + DICE_WEIGHT) * 1000) / 1000 < minSimilarity) continue;
    const dice = diceSimilarity(profileOf(i), profileOf(j));
    const similarity = Math.round(((1 - DICE_WEIGHT) * keyScore + DICE_WEIGHT * dice) * 1000) / 1000;
    if (similarity < minSimilarity) continue;
    const [a, b] = compareStrings(claims[i]!.id, claims[j]!.id) <= 0 ? [claims[i]!, claims[j]!] : [claims[j]!, claims[i]!];
    pairs.push({ a, b, similarity, dice });
  }
  return pairs.sort((x, y) => compareStrings(x.a.id, y.a.id) || compareStrings(x.b.id, y.b.id));
}

/**
 * Puts both claims of every judged pair into a topic: a claim outside any topic joins its partner's,
 * and two such claims start a topic of their own. Topics are never merged here.
 */
export function attachPairsToTopics(topics: Topic[], pairs: readonly { a: Claim; b: Claim }[], claims: readonly Claim[]): Map<string, string> {
  const topicOf = new Map<string, string>();
  for (const topic of topics) for (const id of topic.claims) topicOf.set(id, topic.id);
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  for (const { a, b } of pairs) {
    const home = topicOf.get(a.id) ?? topicOf.get(b.id);
    if (home) {
      for (const claim of [a, b]) {
        if (topicOf.has(claim.id)) continue;
        topicOf.set(claim.id, home);
        byId.get(home)!.claims.push(claim.id);
      }
      continue;
    }
    const topic: Topic = { id: `t${topics.length + 1}`, label: topicLabel([a, b]), claims: [a.id, b.id] };
    topics.push(topic);
    byId.set(topic.id, topic);
    topicOf.set(a.id, topic.id);
    topicOf.set(b.id, topic.id);
  }
  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  for (const topic of topics) {
    topic.claims.sort(compareStrings);
    if (topic.claims.length > 2 || !topic.label) topic.label = topicLabel(topic.claims.map((id) => claims[order.get(id)!]!));
  }
  return topicOf;
}

/** The most telling words of a topic: its most frequent rare keys, written as they appear. */
function topicLabel(claims: readonly Claim[]): string {
  const counts = new Map<string, { count: number; label: string }>();
  for (const claim of claims) {
    const seen = new Set<string>();
    for (const entity of claim.entities) {
      if (entity.type === 'country' || seen.has(entity.id)) continue;
      seen.add(entity.id);
      const entry = counts.get(entity.id) ?? { count: 0, label: entity.text.replace(/['’]s?$/u, '') };
      entry.count += 2;
      counts.set(entity.id, entry);
    }
    const named = claim.entities.map((entity) => entity.text.toLowerCase()).join(' ');
    for (const term of claim.terms) {
      if (GENERIC_TERMS.has(term) || term.length < 4 || seen.has(term) || named.includes(term)) continue;
      seen.add(term);
      const entry = counts.get(term) ?? { count: 0, label: term };
      entry.count += 1;
      counts.set(term, entry);
    }
  }
  return [...counts.entries()]
    .sort((x, y) => y[1].count - x[1].count || compareStrings(x[0], y[0]))
    .slice(0, 3)
    .map(([, entry]) => entry.label)
    .join(', ');
}

/**
 * Groups claims into topics (connected pairs above `topicThreshold`), labels each, and splits each
 * topic into events: claims with the same kind of happening on compatible dates.
 */
export function align(claims: readonly Claim[], options: AlignOptions & { topicThreshold?: number } = {}): Alignment {
  const pairs = candidatePairs(claims, options);
  const topicThreshold = options.topicThreshold ?? 0.4;
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const pair of pairs) {
    if (pair.similarity < topicThreshold) continue;
    for (const claim of [pair.a, pair.b]) if (!parent.has(claim.id)) parent.set(claim.id, claim.id);
    const [x, y] = [find(pair.a.id), find(pair.b.id)].sort(compareStrings) as [string, string];
    if (x !== y) parent.set(y, x);
  }
  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const groups = new Map<string, Claim[]>();
  for (const id of [...parent.keys()].sort((x, y) => order.get(x)! - order.get(y)!)) {
    const root = find(id);
    const group = groups.get(root) ?? [];
    group.push(byId.get(id)!);
    groups.set(root, group);
  }
  const sameEvent = sameEventTest();
  const topics: Topic[] = [];
  const events: EventGroup[] = [];
  const sortedGroups = [...groups.values()].sort((x, y) => order.get(x[0]!.id)! - order.get(y[0]!.id)!);
  sortedGroups.forEach((group, index) => {
    const topicId = `t${index + 1}`;
    topics.push({ id: topicId, label: topicLabel(group), claims: group.map((claim) => claim.id).sort(compareStrings) });
    const topicEvents: { event: EventGroup; members: Claim[] }[] = [];
    for (const claim of group) {
      const home = topicEvents.find(({ members }) => members.every((member) => sameEvent(member, claim)));
      if (home) {
        home.members.push(claim);
        home.event.claims.push(claim.id);
        const date = home.event.date ?? eventDate(claim);
        if (date !== undefined) home.event.date = date;
        if (home.event.kind === 'other') home.event.kind = claim.eventKind;
        continue;
      }
      const event: EventGroup = { id: `${topicId}.e${topicEvents.length + 1}`, topic: topicId, kind: claim.eventKind, places: [], claims: [claim.id] };
      const date = eventDate(claim);
      if (date) event.date = date;
      topicEvents.push({ event, members: [claim] });
    }
    for (const { event, members } of topicEvents) {
      event.places = [...new Set(members.flatMap((claim) => claim.entities.filter((entity) => entity.type === 'place').map((entity) => entity.id)))].sort(compareStrings);
      event.claims.sort(compareStrings);
      if (event.date === undefined) delete event.date;
      events.push(event);
    }
  });
  return { pairs, topics, events };
}
