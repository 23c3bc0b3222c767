import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, splitSentences } from '../../src/extract/index.js';
import { ingestArticle } from '../../src/ingest/index.js';
import { countedNounEnd } from '../../src/extract/quantities.js';
import { statedEventTime } from '../../src/align/scope.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { earlierHappeningTimes, rangeBounds } from '../../src/extract/times.js';
import { claimOf, claimsOf } from '../helpers/claims.js';

describe('sentences', () => {
  it('does not split inside "ROK-U.S.", "Gen." or "U.S." and keeps headlines apart', () => {
    const text = 'Allies Hold Drill\nThe ROK-U.S. alliance held talks with Gen. Charles Q. Brown Jr. in Seoul. The U.S. Navy joined them.';
    const { article } = ingestArticle({ id: 'x', text });
    expect(splitSentences(article).map((sentence) => sentence.text)).toEqual([
      'Allies Hold Drill',
      'The ROK-U.S. alliance held talks with Gen. Charles Q. Brown Jr. in Seoul.',
      'The U.S. Navy joined them.',
    ]);
  });

  it('reads a capitalised plural that opens a sentence as the common noun it is', () => {
    // wink tags "Talks" and "Employers" here as names and leaves them uninflected.
    expect(claimOf('x', 'Talks between the union and the employers resumed in Tolvik on Wednesday.').terms).toContain('talk');
    expect(claimOf('x', '"Employers have offered a pay rise of 3 percent," the union said in Tolvik.').terms).toContain('employer');
    expect(claimOf('x', 'Athens said the talks in Tolvik would resume on Wednesday.').terms).toContain('athens');
  });

  it('does not count "according to" as a content word', () => {
    const claim = claimOf('x', 'Negotiations are expected to restart on Wednesday, according to the union in Tolvik.');
    expect(claim.terms).not.toContain('accord');
    expect(claimOf('x', 'The accord between the union and the employers was signed in Tolvik on Wednesday.').terms).toContain('accord');
  });

  it('gives every claim a span whose text is the claim text, on the example corpus', () => {
    const folder = join(import.meta.dirname, '../../examples/trilateral-air-drills');
    for (const name of ['b1b-drill.txt', 'business-standard-ap.txt', 'defence-expert.txt', 'drill-preview.txt', 'show-of-force.txt']) {
      const text = readFileSync(join(folder, name), 'utf8');
      const { article } = ingestArticle({ id: name, text });
      for (const claim of extractClaims(article)) {
        expect(text.slice(claim.span[0], claim.span[1])).toBe(claim.text);
        for (const entity of claim.entities) expect(text.slice(entity.span[0], entity.span[1])).toBe(entity.text);
        for (const time of claim.times) expect(text.slice(time.span[0], time.span[1])).toBe(time.text);
      }
    }
  });
});

describe('entities', () => {
  it('drops a "name" made only of a title or suffix, which has no key (found by npm run fuzz)', () => {
    const { article } = ingestArticle({ id: 'x', text: 'Sr^/ The The. ' });
    for (const claim of extractClaims(article)) for (const entity of claim.entities) expect(entity.id).toMatch(/^[a-z]+:\S/);
    expect(extractClaims(article).flatMap((claim) => claim.entities)).toEqual([]);
  });

  it('resolves spellings of one country or person to one id', () => {
    const ids = (text: string) => claimOf('x', text).entities.map((entity) => entity.id);
    expect(ids('The U.S. and the United States and the US and America met in Seoul today.')).toEqual(['country:us', 'country:us', 'country:us', 'country:us', 'place:seoul']);
    expect(ids('General Yoshida Yoshihide met reporters in Tokyo on Friday.')).toContain('person:yoshida yoshihide');
    expect(ids('General Yoshihide Yoshida met reporters in Tokyo on Friday.')).toContain('person:yoshida yoshihide');
    expect(ids('North Korean leader Kim Jong-un met Putin on Friday.')).toContain(ids('North Korean leader Kim Jong Un met Putin on Friday.').find((id) => id.startsWith('person:kim') || id.includes('jong'))!);
  });

  it('reads an unknown name as a place after a disaster strikes it, or after a place and a comma', () => {
    const places = (text: string) => claimOf('x', text).entities.filter((entity) => entity.type === 'place').map((entity) => entity.text);
    expect(places('On Monday an earthquake hit Kelbrook, Ostland, and destroyed 2,950 houses.')).toEqual(['Kelbrook', 'Ostland']);
    expect(places('A storm battered Tarnwick on Friday, cutting power to 3,000 homes.')).toEqual(['Tarnwick']);
    expect(places('The new tariffs hit Northwind and other exporters on Friday.')).toEqual([]);
  });

  it('keeps a proper name nothing else types as a name, but not an ordinary word with a capital', () => {
    const names = (text: string) => claimOf('x', text).entities.filter((entity) => entity.type === 'name').map((entity) => entity.id);
    expect(names('Oskaria, Peltar and Marrak held a trilateral summit in Kestrel Bay on Thursday.')).toEqual(['name:oskaria', 'name:peltar', 'name:marrak']);
    expect(names('Union leaders in Marlow complained about rising prices at a meeting.')).toEqual([]);
    expect(names('Schools closed early across the region, and the South braced for more rain.')).toEqual([]);
  });

  it('takes a word WordNet knows for a name where the article writes it bare inside a sentence', () => {
    const names = (text: string) => claimsOf('x', text).map((claim) => claim.entities.filter((entity) => entity.type === 'name').map((entity) => entity.id));
    expect(names('Apple reported quarterly revenue of 95 billion dollars on Thursday. Shares of Apple rose 3 percent in late trading.')).toEqual([['name:apple'], ['name:apple']]);
    expect(names('Apple reported quarterly revenue of 95 billion dollars on Thursday. Shares of the company rose 3 percent in late trading.')).toEqual([[], []]);
    // After an article, or as an adjective, a capital makes no name.
    expect(names('Schools closed early across the region on Monday. Officials in the South said 300 schools had closed.')).toEqual([[], []]);
    expect(names('European leaders met in Marlow on Monday to discuss prices. They said European farmers needed 300 million euros.')).toEqual([[], []]);
  });

  it('finds equipment by designation, keeping the variant', () => {
    const claim = claimOf('x', 'The drill involved a B-52H bomber, KF-16 and F-2 fighters, and a Su-35, but not the G-7.');
    expect(claim.entities.filter((entity) => entity.type === 'equipment').map((entity) => entity.id)).toEqual(['equipment:b-52h', 'equipment:kf-16', 'equipment:f-2', 'equipment:su-35']);
  });

  it('keeps hyphenated given names whole', () => {
    const claim = claimOf('x', 'South Korean Joint Chiefs Chairman General Kim Myung-soo met General Dan Caine in Seoul on Friday.');
    expect(claim.entities.filter((entity) => entity.type === 'person').map((entity) => entity.text)).toEqual(['Kim Myung-soo', 'Dan Caine']);
  });
});

describe('quantities', () => {
  it('reads bounds and vague amounts with the thing counted', () => {
    const [over] = claimOf('x', 'Reports say over 10,000 North Korean soldiers are fighting in Kursk.').quantities;
    expect(over).toMatchObject({ value: 10000, min: 10000, max: null, bound: 'over', counted: 'soldier' });
    const [vague] = claimOf('x', 'North Korea supplied thousands of troops to Russia last year.').quantities;
    expect(vague).toMatchObject({ bound: 'vague', counted: 'troop' });
    const [exact] = claimOf('x', 'North Korea pledged 6,000 military engineers to Kursk on Friday.').quantities;
    expect(exact).toMatchObject({ value: 6000, bound: 'exact', counted: 'engineer' });
  });

  it('counts a share as percent, whatever noun follows', () => {
    const [share, sign] = claimOf('x', 'Employers offered a raise of 3 percent and later 5% more pay.').quantities;
    expect(share).toMatchObject({ value: 3, counted: 'percent' });
    expect(sign).toMatchObject({ value: 5, counted: 'percent' });
  });

  it('finds where the counted noun ends after the number, written apart or joined by a hyphen', () => {
    expect(countedNounEnd(' damaged houses in Cedrin', 'house')).toBe(' damaged houses'.length);
    expect(countedNounEnd('-kilometre border', 'kilometer')).toBe('-kilometre'.length);
    expect(countedNounEnd(' more days', 'day')).toBe(' more days'.length);
    expect(countedNounEnd(' of the people who fled their homes', 'home')).toBeUndefined();
    expect(countedNounEnd(' people', '')).toBeUndefined();
  });

  it('counts an acronym plural as the noun it is, counts nothing in a time, and bounds "about" to the hundredth', () => {
    expect(claimOf('x', 'Marden is recalling 84,000 of its Aster electric SUVs in Europe.').quantities[0]).toMatchObject({ value: 84000, counted: 'suv' });
    const [now, before] = claimOf('x', 'The company now knows of 52 failures, up from 37 last week, it said.', '2026-10-16').quantities;
    expect(now).toMatchObject({ value: 52, counted: 'failure' });
    expect(before).toMatchObject({ value: 37, counted: '' });
    expect(claimOf('x', 'The repair takes about two hours, the company said.').quantities[0]).toMatchObject({ min: 1.7, max: 2.3, counted: 'hour' });
  });

  it('counts a part by what its whole counts ("43 of the 101 seats")', () => {
    expect(claimOf('x', 'Final results gave the Unity Party 43 of the 101 seats in Tolvik.').quantities.map((quantity) => quantity.counted)).toEqual(['seat', 'seat']);
  });

  it('does not count years, dates or designations', () => {
    expect(claimOf('x', 'A B-52 flew on October 17, 2023 over the peninsula in 2023.').quantities).toEqual([]);
  });

  it('does not count a figure that is part of the name before it, unless it counts something', () => {
    const texts = (text: string) => claimOf('x', text).quantities.map((quantity) => quantity.text);
    expect(texts('The S&P 500 rose 1.2 percent on Monday.')).toEqual(['1.2 percent']);
    expect(texts('The Fortune 500 company hired 300 workers.')).toEqual(['300']);
    expect(texts('Apollo 11 landed on the moon in 1969.')).toEqual([]);
    expect(texts('Nearly 500 people were evacuated.')).toEqual(['500']);
    expect(texts('A Category 5 hurricane hit the coast.')).toEqual(['5']);
    expect(texts('Voters gave Johnson 43 votes.')).toEqual(['43']);
    expect(texts('The 58-year-old had denied all charges.')).toEqual(['58']);
    expect(texts('The 12 men were freed.')).toEqual(['12']);
  });
});

describe('times', () => {
  it('resolves weekdays and month-days against the publication date, preferring the past', () => {
    const [friday] = claimOf('x', 'The drill was held on Friday near Jeju.', '2025-07-12').times;
    expect(friday).toMatchObject({ value: '2025-07-11', weekday: 5, relative: true });
    const [november] = claimOf('x', 'Their earlier meeting took place in November in Moscow.', '2025-07-11').times;
    expect(november).toMatchObject({ value: '2024-11', granularity: 'month' });
    const [june] = claimOf('x', 'A similar drill was held on June 18 near Jeju.', '2025-07-11').times;
    expect(june).toMatchObject({ value: '2025-06-18' });
  });

  it('reads a time after "would" in its clause as ahead, and the day something was said as past even in a plan', () => {
    // Published on Wednesday, October 7, 2026.
    expect(claimOf('x', 'The union said talks in Tolvik would resume on Friday.', '2026-10-07').times).toMatchObject([{ value: '2026-10-09' }]);
    expect(claimOf('x', 'The cars would be repaired from November, Tolvik Motors said.', '2026-10-07').times).toMatchObject([{ value: '2026-11' }]);
    expect(claimOf('x', 'The strike in Tolvik, which began on Monday, would last two days.', '2026-10-07').times).toMatchObject([{ value: '2026-10-05' }]);
    expect(claimOf('x', 'Tolvik Motors said on Monday it plans to recall 5,000 cars.', '2026-10-07').times).toMatchObject([{ value: '2026-10-05' }]);
    expect(claimOf('x', 'Tolvik Motors plans to recall 5,000 cars on Monday.', '2026-10-07').times).toMatchObject([{ value: '2026-10-12' }]);
  });

  it('counts the times of a direct quotation from the day it was said, when the sentence gives it', () => {
    // Published on Tuesday, May 12, 2026.
    expect(claimOf('x', '"We will meet the Tolvik union again tomorrow," Renner said on Sunday.', '2026-05-12').times).toMatchObject([{ text: 'tomorrow', value: '2026-05-11' }, { value: '2026-05-10' }]);
    expect(claimOf('x', 'Renner said on Sunday that talks with the Tolvik union would start tomorrow.', '2026-05-12').times).toMatchObject([{ value: '2026-05-10' }, { text: 'tomorrow', value: '2026-05-13' }]);
    expect(claimOf('x', '"We will meet the Tolvik union again tomorrow," Renner said.', '2026-05-12').times).toMatchObject([{ text: 'tomorrow', value: '2026-05-13' }]);
  });

  it('gives no date to a year outside four digits, or to an amount of years chrono misreads', () => {
    expect(claimOf('x', 'The earthquake destroyed houses in October 2023bc, officials said.', '2025-07-11').times).toEqual([]);
    expect(claimOf('x', 'The ice sheet formed 10000 years ago, scientists said.', '2025-07-11').times).toEqual([]);
    expect(claimOf('x', 'The ice sheet formed 12,000 years ago, scientists said.', '2025-07-11').times).toEqual([]);
    expect(claimOf('x', 'The bridge was built 300 years ago, historians said.', '2025-07-11').times).toMatchObject([{ value: '1725', granularity: 'year' }]);
  });

  it('picks the year in which a stated weekday matches', () => {
    const [sunday] = claimOf('x', 'The allies held a drill on Sunday, November 3 near Jeju.', '2024-12-01').times;
    expect(sunday).toMatchObject({ value: '2024-11-03', weekday: 0 });
  });

  it('keeps month-days without a year when the publication date is unknown', () => {
    const [day] = claimOf('x', 'B-52 bombers landed in South Korea on October 17 for the first time.').times;
    expect(day).toMatchObject({ value: '--10-17', yearStated: false });
  });

  it('dates an event by the time that owns it ("Monday\'s earthquake"), even after "from"; a plain "from Monday" bounds a range', () => {
    const toll = claimOf('x', "The death toll from Monday's earthquake in Talen rose to 19 on Wednesday, the regional government said.", '2025-06-04');
    expect(statedEventTime(toll)).toMatchObject({ value: '2025-06-02', weekday: 1 });
    const range = claimOf('x', 'Rescuers searched the rubble in Talen from Monday until the toll rose to 19 on Wednesday.', '2025-06-04');
    expect(statedEventTime(range)).toMatchObject({ value: '2025-06-04', weekday: 3 });
  });

  it('reads "would last 48 hours" as how long, not as a time; "in the last 48 hours" is one', () => {
    expect(claimOf('x', 'Marrow said the walkout in Tolvik would last 48 hours.', '2026-03-02').times).toEqual([]);
    expect(claimOf('x', 'The strike in Tolvik is expected to last two days, the union said.', '2026-03-02').times).toEqual([]);
    expect(claimOf('x', 'In the last 48 hours, 30 ships left Tolvik, the port said.', '2026-03-02').times).toHaveLength(1);
  });

  it('dates an earlier happening the claim names by its own time, not the claim ("following a similar drill on June 18")', () => {
    const claim = claimOf('x', 'This marks the second joint air drill off Tolvik in less than a month, following a similar drill on June 18.', '2025-07-11');
    expect(statedEventTime(claim)).toBeUndefined();
    expect(earlierHappeningTimes(claim).map((time) => time.value)).toEqual(['2025-06-18']);
    // The claim still reports that earlier drill, so the timeline has it.
    expect(buildTimeline([claim]).map((entry) => [entry.date, entry.kind])).toEqual([['2025-06-18', 'drill']]);
    const own = claimOf('x', 'The drill off Tolvik on June 18 followed weeks of planning.', '2025-07-11');
    expect(statedEventTime(own)?.value).toBe('2025-06-18');
  });

  it('carries the day of an earlier claim about the same happening, but not into the past perfect, which tells of a time before it', () => {
    const text = 'Dock workers at Tolvik ended their strike on Wednesday, September 17, the union said.\n\nAbout 120 ships were stuck in port during the walkout, the port said.\n\nAbout 120 ships had been held up during the walkout, the port said.\n\nThe union had to call off the walkout after the strike had a poor turnout, it said.\n\nThe union said 900 members had joined the walkout.';
    const [ended, stuck, heldUp, hadTo, reported] = claimsOf('x', text, '2025-09-18');
    expect(ended!.times[0]?.value).toBe('2025-09-17');
    expect(stuck!.contextTime).toMatchObject({ value: '2025-09-17', from: ended!.id });
    expect(heldUp!.contextTime).toBeUndefined();
    // "had to" is an obligation and "had a" a possession, neither a past perfect.
    expect(hadTo!.contextTime).toMatchObject({ value: '2025-09-17' });
    // After a verb of saying, "had joined" may be a simple past shifted back.
    expect(reported!.contextTime).toMatchObject({ value: '2025-09-17' });
  });

  it('reads both ends of "between 2017 and 2022" and "from 2017 to 2022" as bounds of a range, not as the event\'s times', () => {
    for (const text of ['Prosecutors said Orlov took 3.1 million euros in bribes in Tolvik between 2017 and 2022.', 'Prosecutors said Orlov took 3.1 million euros in bribes in Tolvik from 2017 to 2022.']) {
      const claim = claimOf('x', text, '2026-02-13');
      expect(statedEventTime(claim)).toBeUndefined();
      expect(rangeBounds(claim).map((bound) => [bound.word, bound.time.value])).toEqual(text.includes('between') ? [['between', '2017'], ['and', '2022']] : [['from', '2017'], ['to', '2022']]);
    }
  });

  it('reads bare years', () => {
    expect(claimOf('x', 'It was the first deployment of a B-52H to the peninsula in 2025.').times).toMatchObject([{ value: '2025', granularity: 'year', yearStated: true }]);
  });
});

describe('kinds of happening', () => {
  it('reads a strike as a walkout, unless a word before it arms it; the verb names no happening', () => {
    expect(claimOf('x', 'Dock workers in Tolvik began a 48-hour strike on Monday.').eventKind).toBe('strike');
    expect(claimOf('x', 'About 4,500 workers joined the walkout in Tolvik on Monday.').eventKind).toBe('strike');
    expect(claimOf('x', 'A missile strike hit a depot in Tolvik on Monday.').eventKind).toBe('attack');
    expect(claimOf('x', 'The missile could potentially strike any target in Tolvik, an expert said.').eventKind).toBe('other');
    expect(claimOf('x', 'Dockworkers at the Port of Tolvik walked off the job on Monday.').eventKind).toBe('strike');
    expect(claimOf('x', 'Some 300 nurses in Tolvik walked out on Monday over pay.').eventKind).toBe('strike');
    expect(claimOf('x', 'The delegates from Tolvik walked out of the talks on Monday.').eventKind).not.toBe('strike');
  });

  it('reads recalling and calling back goods as a recall, but not recalling that something happened', () => {
    expect(claimOf('x', 'Marden Motors is recalling 84,000 SUVs in Tolvik.').eventKind).toBe('recall');
    expect(claimOf('x', 'Marden Motors has called back some 84,000 SUVs in Tolvik.').eventKind).toBe('recall');
    expect(claimOf('x', 'The recall covers SUVs built in Tolvik in 2024.').eventKind).toBe('recall');
    expect(claimOf('x', 'Voters in Tolvik elected a new council on Sunday.').eventKind).toBe('election');
    expect(claimOf('x', 'The mayor of Tolvik recalled that the port was closed for years.').eventKind).not.toBe('recall');
    expect(claimOf('x', 'The mayor of Tolvik said she would call back later with figures.').eventKind).not.toBe('recall');
  });
});

describe('words named like object properties', () => {
  it('reads "constructor" as a word, not as a property of every object', () => {
    expect(claimOf('x', 'The constructor of the bridge in Tolvik said the work would end on Monday.').eventKind).toBe('other');
    const [quantity] = claimOf('x', 'About 40 constructors worked on the bridge in Tolvik on Monday.').quantities;
    expect(quantity).toMatchObject({ value: 40, counted: 'constructor' });
  });
});

describe('ordinals', () => {
  it('ranks the subject when no noun follows the ordinal ("The stoppage is the second at the port")', () => {
    const [second] = claimOf('x', 'The stoppage is the second at the port in 2025, the union said.').ordinals;
    expect(second).toMatchObject({ rank: 2, thing: 'stoppage', qualifiers: [{ kind: 'time', text: 'in 2025' }] });
    expect(claimOf('x', 'It is the first at the port in 2025, the union said.').ordinals[0]).toMatchObject({ thing: '' });
  });

  it('records the thing ranked and the scope qualifiers', () => {
    const [deployment] = claimOf('x', 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.').ordinals;
    expect(deployment).toMatchObject({ rank: 1, thing: 'deployment' });
    expect(deployment!.qualifiers).toEqual(expect.arrayContaining([{ kind: 'time', text: 'in 2025' }, { kind: 'place', text: 'to the Korean Peninsula' }]));
    const [landing] = claimOf('x', 'This is the first time the US strategic bomber has landed at an air base in South Korea.').ordinals;
    expect(landing).toMatchObject({ rank: 1, thing: 'time:land' });
    expect(landing!.qualifiers).toContainEqual({ kind: 'predicate', text: 'landed' });
    const [second] = claimOf('x', 'This marks the second joint air drill in less than a month.').ordinals;
    expect(second).toMatchObject({ rank: 2, thing: 'drill', qualifiers: [{ kind: 'window', text: 'in less than a month' }] });
  });
});

describe('negation, modality and attribution', () => {
  it('treats verbs that negate by meaning as negation, and skips look-alikes', () => {
    expect(claimOf('x', 'A defense ministry official declined to confirm the drills on Friday.').negations.map((cue) => cue.text)).toEqual(['declined to confirm']);
    expect(claimOf('x', 'Pyongyang has neither confirmed nor denied these reports from Seoul.').negations.map((cue) => cue.text)).toEqual(['neither', 'nor', 'denied']);
    expect(claimOf('x', 'The bomber is no stranger to the Korean Peninsula and its bases.').negations).toEqual([]);
    expect(claimOf('x', 'The regime is not only expanding its army but also its reach.').negations).toEqual([]);
    expect(claimOf('x', 'The telescope showed never-before-seen details of the cluster.').negations).toEqual([]);
  });

  it('reads stopping something and keeping someone from it as negation, but not a stop itself', () => {
    expect(claimOf('x', 'Oman has stopped opening its airspace to Israeli carriers this week.').negations.map((cue) => cue.text)).toEqual(['stopped']);
    expect(claimOf('x', 'The clouds prevented astronomers from observing the cluster on Friday.').negations.map((cue) => cue.text)).toEqual(['prevented astronomers from']);
    expect(claimOf('x', 'Employees are banned from using TikTok on their work phones.').negations.map((cue) => cue.text)).toEqual(['banned from']);
    expect(claimOf('x', 'The convoy stopped in the capital on Tuesday, officials said.').negations).toEqual([]);
    expect(claimOf('x', 'Police halted the march near the ministry on Monday.').negations).toEqual([]);
  });

  it('reads "May" in a date or a name as no hedge, and "may" as one', () => {
    expect(claimOf('x', 'Voters in Tolvik elected a new council on Sunday, May 10, the commission said.').modality).toBe('asserted');
    expect(claimOf('x', 'May 10 was the day voters in Tolvik elected a new council.').modality).toBe('asserted');
    expect(claimOf('x', 'Voters in Tolvik may elect a new council on Sunday, the commission said.').modality).toBe('possible');
  });

  it('reads modality', () => {
    expect(claimOf('x', 'The three countries plan to conduct a joint air drill this weekend.').modality).toBe('planned');
    expect(claimOf('x', 'Lavrov is expected to arrive in Pyongyang on October 18.').modality).toBe('expected');
    expect(claimOf('x', 'North Korea may have deployed troops to Russia last year.').modality).toBe('possible');
    expect(claimOf('x', 'The three countries held a joint air drill on Friday.').modality).toBe('asserted');
  });

  it('attributes quotes to speakers, including follow-on quotes and pronouns', () => {
    const claims = claimsOf('x', '“Our focus remains on deterrence,” said General Dan Caine on Friday. “The DPRK and China are advancing their agendas quickly.”\nHe cautioned about the buildup, stating, “Their intentions are clear and aggressive.”');
    expect(claims.map((claim) => claim.attribution?.speakerId)).toEqual(['person:caine dan', 'person:caine dan', 'person:caine dan']);
    expect(claims[0]!.attribution?.quote?.text).toBe('Our focus remains on deterrence,');
  });
});
