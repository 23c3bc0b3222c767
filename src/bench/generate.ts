/**
 * A deterministic, seeded generator of news corpora for benchmarks: N articles of 600–900 words
 * about N/5 events, each event covered by several outlets that reword the same facts (date,
 * place, participants, numbers, an ordinal, a quote), with a known share of injected conflicts and
 * of scope look-alikes (the same kind of event, worded alike, in another year). Events a reader
 * could not tell apart (one kind, place and day; or two earthquakes on one day) are not made.
 */
export interface GeneratedArticle {
  id: string;
  text: string;
  published: string;
  outlet: string;
  event: number;
}

export interface InjectedConflict {
  article: string;
  event: number;
  kind: 'numeric' | 'date' | 'location' | 'ordinal';
  /** The wrong value as written in the article. */
  value: string;
}

export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  conflicts: InjectedConflict[];
  /** Events that repeat another event's wording in another year. */
  lookalikes: number;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['Norland', 'Estavia', 'Valdora', 'Marrak', 'Tiberia', 'Oskaria', 'Lunesia', 'Corvania', 'Peltar', 'Ruvenia', 'Sandor', 'Kelvora'];
const PLACES = ['Morava', 'Talen', 'Port Arvel', 'Kestrel Bay', 'Linholm', 'Dravec', 'Sorrin', 'Ambergate', 'Ostrava Pass', 'Varn Island', 'Cedrin', 'Halvik'];
const OUTLETS = ['Continental Wire', 'Morava Daily', 'Northern Herald', 'Pacific Tribune', 'Evening Ledger', 'Harbour Times', 'Capital Post', 'Valley Courier'];
const FIRST = ['Anna', 'Marek', 'Elena', 'Tomas', 'Rosa', 'Ivan', 'Clara', 'Pavel', 'Lena', 'Oskar', 'Maria', 'Stefan'];
const LAST = ['Kovacs', 'Sarova', 'Ibarra', 'Quispe', 'Holm', 'Varga', 'Novak', 'Lind', 'Moreau', 'Petrov', 'Ortega', 'Berg'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface EventFacts {
  kind: 'drill' | 'summit' | 'earthquake';
  year: number;
  month: number;
  day: number;
  place: string;
  countries: [string, string, string];
  count: number;
  rank: number;
  speaker: string;
  title: string;
  quote: string;
}

/**
 * Background sentences are put together from parts, so that, as in real coverage, articles about
 * different events rarely share a sentence word for word; within one event they name the same
 * country ({c}) and place ({p}), so outlets that happen to say the same thing agree.
 */
const BACKGROUND = {
  openers: ['', 'Meanwhile, ', 'At the same time, ', 'Separately, ', 'Earlier, ', 'In a statement, ', 'On the same day, ', 'Later, '],
  subjects: ['analysts in {c}', 'opposition lawmakers in {c}', 'residents of {p}', 'local businesses in {p}', 'officials in {c}', 'a spokesperson for the ministry in {c}', 'economists', 'observers', 'critics of the plan', 'several international organisations', 'teachers in {p}', 'farmers near {p}', 'the mayor of {p}', 'union leaders in {c}', 'historians', 'telecommunications firms'],
  predicates: ['said the situation had been difficult for months', 'called for calm and more dialogue', 'complained about rising prices', 'expected further talks later in the year', 'described a tense week with roads closed', 'said more details would follow', 'questioned how the costs would be covered', 'welcomed the step', 'warned of delays to public works', 'pointed to a rise in tension since the border dispute began', 'asked for a full report to parliament', 'recalled similar moments in earlier decades', 'said mobile networks had worked without disruption', 'reported fewer visitors than usual', 'urged the government to publish its plans', 'said schools had closed early'],
  tails: ['.', ' on local radio.', ', according to a local newspaper.', ' in an interview.', ', citing pressure at home.', ' during a briefing.', ' on social media.', ' at a meeting in {p}.'],
};

function backgroundSentence(random: () => number, country: string, place: string): string {
  const sentence = `${pick(random, BACKGROUND.openers)}${pick(random, BACKGROUND.subjects)} ${pick(random, BACKGROUND.predicates)}${pick(random, BACKGROUND.tails)}`.replaceAll('{c}', country).replaceAll('{p}', place);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** "third", or past the fifth "14th", "22nd": a busy place holds many events of one kind in a year. */
function ordinalWord(rank: number): string {
  const word = ['first', 'second', 'third', 'fourth', 'fifth'][rank - 1];
  if (word) return word;
  const suffix = rank % 100 >= 11 && rank % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

function makeEvent(random: () => number, year: number): EventFacts {
  const kind = pick(random, ['drill', 'summit', 'earthquake'] as const);
  const pool = [...COUNTRIES];
  const countries = [0, 1, 2].map(() => pool.splice(Math.floor(random() * pool.length), 1)[0]!) as [string, string, string];
  return {
    kind,
    year,
    month: 1 + Math.floor(random() * 12),
    day: 1 + Math.floor(random() * 27),
    place: pick(random, PLACES),
    countries,
    count: (2 + Math.floor(random() * 90)) * 50,
    rank: 1 + Math.floor(random() * 3),
    speaker: `${pick(random, FIRST)} ${pick(random, LAST)}`,
    title: pick(random, ['Defence Minister', 'Foreign Minister', 'Interior Minister', 'President']),
    quote: `${pick(random, ['We will keep working together to protect', 'This is a decisive moment for', 'Our priority is the safety of every family in', 'No one should doubt our commitment to'])} ${pick(random, PLACES)} and ${countries[0]}`,
  };
}

function facts(event: EventFacts, style: number) {
  const date = `${MONTHS[event.month - 1]} ${event.day}`;
  const weekday = weekdayOf(event.year, event.month, event.day);
  const [a, b, c] = event.countries;
  const thing = { drill: 'joint air drill', summit: 'trilateral summit', earthquake: 'earthquake' }[event.kind];
  const counted = { drill: 'soldiers', summit: 'delegates', earthquake: 'houses' }[event.kind];
  const lead =
    event.kind === 'earthquake'
      ? [`A strong earthquake struck ${event.place} in ${a} on ${weekday}, ${date}, destroying ${event.count.toLocaleString('en-US')} ${counted}, officials said.`, `On ${weekday}, ${date}, an earthquake hit ${event.place}, ${a}, and destroyed ${event.count.toLocaleString('en-US')} ${counted}, according to officials.`]
      : [`${a}, ${b} and ${c} held a ${thing} in ${event.place} on ${weekday}, ${date}, with ${event.count.toLocaleString('en-US')} ${counted} taking part, officials said.`, `On ${weekday}, ${date}, ${a}, ${b} and ${c} staged a ${thing} in ${event.place} involving ${event.count.toLocaleString('en-US')} ${counted}, according to officials.`];
  const ordinal = [`It was the ${ordinalWord(event.rank)} ${thing} in ${event.place} in ${event.year}.`, `This marked the ${ordinalWord(event.rank)} ${thing} held in ${event.place} in ${event.year}.`];
  const quote = [`"${event.quote}," said ${event.title} ${event.speaker}.`, `${event.title} ${event.speaker} said: "${event.quote}."`];
  return { lead: lead[style % 2]!, ordinal: ordinal[style % 2]!, quote: quote[style % 2]!, date, thing };
}

/** Draws of a new event's facts before one that shares a slot with another event is accepted. */
const MAX_DRAWS = 20;

/** Generates a corpus; the same options always give the same corpus. */
export function generateCorpus(options: { articles: number; seed?: number; conflictShare?: number; lookalikeShare?: number }): GeneratedCorpus {
  const random = mulberry32(options.seed ?? 42);
  const eventCount = Math.max(1, Math.round(options.articles / 5));
  const events: EventFacts[] = [];
  let lookalikes = 0;
  // Events no reader could tell apart are one event: no two of a kind share a place and a day, and
  // no two earthquakes share a day (past a few draws a corpus too large for its calendar allows it).
  const taken = new Set<string>();
  const slot = (event: EventFacts) => `${event.kind} ${event.kind === 'earthquake' ? '' : event.place} ${event.year}-${event.month}-${event.day}`;
  for (let index = 0; index < eventCount; index++) {
    let event: EventFacts | undefined;
    if (index > 0 && random() < (options.lookalikeShare ?? 0.1)) {
      const model = events[Math.floor(random() * events.length)]!;
      const lookalike = { ...model, year: model.year + 1 + Math.floor(random() * 2), count: model.count + 100 };
      if (!taken.has(slot(lookalike))) {
        event = lookalike;
        lookalikes++;
      }
    }
    if (!event) {
      for (let draw = 0; draw < MAX_DRAWS && (!event || taken.has(slot(event))); draw++) event = makeEvent(random, 2022 + Math.floor(random() * 4));
    }
    taken.add(slot(event!));
    events.push(event!);
  }
  // Ranks follow the calendar: the nth event of a kind in a place in a year is the nth.
  for (const event of events) {
    event.rank = 1 + events.filter((other) => other !== event && other.kind === event.kind && other.place === event.place && other.year === event.year && (other.month < event.month || (other.month === event.month && other.day < event.day))).length;
  }
  const articles: GeneratedArticle[] = [];
  const conflicts: InjectedConflict[] = [];
  for (let index = 0; index < options.articles; index++) {
    const eventIndex = index % eventCount;
    const event = events[eventIndex]!;
    const outlet = OUTLETS[Math.floor(index / eventCount) % OUTLETS.length]!;
    const id = `article-${String(index + 1).padStart(5, '0')}`;
    const coverage = Math.floor(index / eventCount);
    let told = { ...event };
    if (coverage > 0 && random() < (options.conflictShare ?? 0.1)) {
      const kind = pick(random, ['numeric', 'date', 'location', 'ordinal'] as const);
      if (kind === 'numeric') told = { ...told, count: told.count * 2 + 50 };
      if (kind === 'date') told = { ...told, day: told.day + 1 };
      if (kind === 'location') told = { ...told, place: PLACES[(PLACES.indexOf(told.place) + 1) % PLACES.length]! };
      if (kind === 'ordinal') told = { ...told, rank: told.rank + 1 };
      const value = { numeric: told.count.toLocaleString('en-US'), date: `${MONTHS[told.month - 1]} ${told.day}`, location: told.place, ordinal: ordinalWord(told.rank) }[kind];
      conflicts.push({ article: id, event: eventIndex, kind, value });
    }
    const style = coverage;
    const core = facts(told, style);
    const sentences = [core.lead, core.quote, core.ordinal];
    const target = 600 + Math.floor(random() * 300);
    let words = sentences.join(' ').split(/\s+/).length;
    const paragraphs: string[] = [sentences.join(' ')];
    // Each background sentence at most once per article, as a writer would.
    const used = new Set<string>();
    while (words < target) {
      const paragraph: string[] = [];
      while (paragraph.length < 4) {
        const sentence = backgroundSentence(random, event.countries[0], event.place);
        if (used.has(sentence)) continue;
        used.add(sentence);
        paragraph.push(sentence);
      }
      paragraphs.push(paragraph.join(' '));
      words += paragraph.join(' ').split(/\s+/).length;
    }
    const published = `${told.year}-${String(event.month).padStart(2, '0')}-${String(Math.min(28, event.day + 1)).padStart(2, '0')}`;
    articles.push({ id, text: `---\noutlet: ${outlet}\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`, published, outlet, event: eventIndex });
  }
  return { articles, conflicts, lookalikes };
}
