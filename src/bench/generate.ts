/**
 * A deterministic, seeded generator of news corpora for benchmarks: N articles of 600–900 words
 * about N/5 events, each event covered by several outlets that reword the same facts (date,
 * place, participants, numbers, an ordinal, a quote), with a known share of injected conflicts and
 * of scope look-alikes (the same kind of event, worded alike, in another year).
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

const FILLER: readonly string[] = [
  'Analysts said the {a} had been preparing for such a step for months, citing growing pressure at home.',
  'Officials in {c} declined to say how long the arrangement would last.',
  'The {a} has faced criticism from opposition lawmakers who say the costs have not been explained.',
  'Economists expect the talks to shape trade between {c} and its neighbours for years to come.',
  'Residents of {p} described a tense week, with roads closed and schools shut early.',
  'A spokesperson for the ministry in {c} said more details would be published later.',
  'Observers noted that the region has seen a steady rise in tension since the border dispute began.',
  'The move follows a series of meetings between senior officials of the three governments.',
  'Critics argue that the plan relies on funding that has not yet been approved by parliament.',
  'Several international organisations welcomed the step and called for continued dialogue.',
  'Local businesses in {p} reported fewer visitors than usual during the period.',
  'The government in {c} has repeatedly said that it wants closer cooperation with its partners.',
  'Independent experts cautioned that the long-term effects remain difficult to predict.',
  'Newspapers in {c} devoted several pages to the story on their front sections.',
  'The opposition has demanded a full debate on the matter before the end of the session.',
  'A poll published last month suggested that most voters support closer ties with neighbouring states.',
  'Diplomats said the atmosphere at the preparatory meetings had been constructive.',
  'Environmental groups raised concerns about the impact on the coastline near {p}.',
  'Transport officials said extra buses would run between {p} and the capital.',
  'The finance ministry in {c} is expected to publish revised figures in the coming weeks.',
  'Teachers in {p} said pupils had followed the news closely in their lessons.',
  'The central bank of {c} kept its main interest rate unchanged at its last meeting.',
  'A museum in {p} extended its opening hours for the week.',
  'Farmers near {p} said the weather had been unusually dry this season.',
  'The national railway of {c} announced new timetables for the autumn.',
  'Hospitals in {p} reported a normal number of admissions, officials added.',
  'Students in {c} protested against higher tuition fees earlier in the year.',
  'The tourism board of {c} expects visitor numbers to rise next summer.',
  'A local football club in {p} won its third match in a row at the weekend.',
  'The parliament of {c} is due to debate a new budget before the winter recess.',
  'Fishermen in {p} complained about new quotas set by the regional authority.',
  'Engineers said the old bridge at {p} would need repairs within five years.',
  'The weather service forecast rain for the coast near {p} later in the week.',
  'A new library opened in the centre of {p}, with space for 200 readers.',
  'Unions in {c} called for talks on wages in the public sector.',
  'Shops in {p} said sales had picked up after a slow spring.',
  'The health ministry of {c} launched a vaccination campaign for the elderly.',
  'Archaeologists working near {p} uncovered the remains of a medieval wall.',
  'The city council of {p} approved plans for a new cycle lane.',
  'Air traffic at the airport serving {p} rose by a tenth compared with last year.',
  'Volunteers in {p} collected food and clothing for families who had to leave their homes.',
  'The largest newspaper in {c} published a long interview with a retired diplomat on the subject.',
  'Shipping companies said they were watching developments closely but had not changed their routes.',
  'The mayor of {p} asked residents to be patient while roads were cleared and repaired.',
  'Several embassies in {c} updated their travel advice for citizens in the region.',
  'A think tank in {c} said the decision reflected a broader change in regional priorities.',
  'Radio stations in {p} interrupted their programmes to carry official announcements.',
  'Opposition leaders in {c} said they would seek answers from ministers in parliament next week.',
  'Insurance companies estimated that claims in the area around {p} would take months to settle.',
  'The statistics office of {c} will publish its quarterly figures at the end of the month.',
  'Several schools near {p} were used as meeting points for families during the week.',
  'Human rights groups urged all sides to keep civilians informed about any changes.',
  'Bus drivers in {p} said traffic had returned to normal by the end of the week.',
  'Religious leaders in {c} called for calm and held services for those affected.',
  'Market traders in {p} said prices for fresh produce had risen slightly.',
  'The army of {c} said it had no plans to change the number of troops stationed nearby.',
  'Historians noted that the region had seen similar moments of tension in earlier decades.',
  'Telecommunications firms said mobile networks around {p} had worked without disruption.',
  'A popular singer from {p} cancelled a concert planned for the weekend.',
  'Officials said a full report on the events would be presented to parliament in the spring.',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

function ordinalWord(rank: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][rank - 1] ?? 'first';
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

/** Generates a corpus; the same options always give the same corpus. */
export function generateCorpus(options: { articles: number; seed?: number; conflictShare?: number; lookalikeShare?: number }): GeneratedCorpus {
  const random = mulberry32(options.seed ?? 42);
  const eventCount = Math.max(1, Math.round(options.articles / 5));
  const events: EventFacts[] = [];
  let lookalikes = 0;
  for (let index = 0; index < eventCount; index++) {
    if (index > 0 && random() < (options.lookalikeShare ?? 0.1)) {
      const model = events[Math.floor(random() * events.length)]!;
      events.push({ ...model, year: model.year + 1 + Math.floor(random() * 2), count: model.count + 100 });
      lookalikes++;
    } else events.push(makeEvent(random, 2022 + Math.floor(random() * 4)));
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
    // Each filler sentence at most once per article, as a writer would.
    const fillers = [...FILLER];
    while (words < target && fillers.length > 0) {
      const paragraph: string[] = [];
      for (let count = 0; count < 4 && fillers.length > 0; count++) {
        const template = fillers.splice(Math.floor(random() * fillers.length), 1)[0]!;
        paragraph.push(template.replace('{a}', `government of ${pick(random, event.countries)}`).replace('{c}', pick(random, event.countries)).replace('{p}', event.place));
      }
      paragraphs.push(paragraph.join(' '));
      words += paragraph.join(' ').split(/\s+/).length;
    }
    const published = `${told.year}-${String(event.month).padStart(2, '0')}-${String(Math.min(28, event.day + 1)).padStart(2, '0')}`;
    articles.push({ id, text: `---\noutlet: ${outlet}\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`, published, outlet, event: eventIndex });
  }
  return { articles, conflicts, lookalikes };
}
