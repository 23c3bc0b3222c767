import { describe, expect, it } from 'vitest';
import { ruleContext } from '../../src/compare/judge.js';
import { RULES } from '../../src/compare/rules/index.js';
import type { Rule } from '../../src/compare/rule.js';
import { pairOf } from '../helpers/claims.js';

interface Case {
  a: string;
  b: string;
  published?: string;
  /** b's publication day, when it differs from a's. */
  publishedB?: string;
  /** The verdict the rule must give, or undefined when it must not apply. */
  verdict: string | undefined;
  /** The kind of finding it must report, when the case says. */
  kind?: string;
}

function run(rule: Rule, { a, b, published, publishedB }: Case) {
  const pair = pairOf(a, b, published, publishedB);
  return rule.check(pair.a, pair.b, ruleContext(pair));
}

/** Valid and invalid pairs for every rule: each rule must fire where it should and stay silent elsewhere. */
const CASES: Record<string, Case[]> = {
  'ordinal-scope': [
    // Another rank said of another name: two statements (two matches), not one misreported.
    { a: 'Bukayo Saka scored twice in the first half, and 60,000 fans watched the match.', b: 'Mohamed Salah scored twice in the second half, and 52,000 fans watched the match.', verdict: 'different-scope', kind: 'ordinal' },
    { a: 'Bukayo Saka scored twice in the first half, and 60,000 fans watched the match.', b: 'Bukayo Saka scored twice in the second half, and 60,000 fans watched the match.', verdict: 'contradict', kind: 'ordinal' },
    // Another rank with another amount: two quarters' figures, not one misreported.
    { a: 'Exports rose 4 percent in the first quarter, the ministry said.', b: 'Exports rose 2 percent in the second quarter, the ministry said.', verdict: 'different-scope', kind: 'ordinal' },
    { a: 'Exports rose 4 percent in the first quarter, the ministry said.', b: 'Exports rose 4 percent in the second quarter, the ministry said.', verdict: 'contradict', kind: 'ordinal' },
    // One event's same rank with two windows: compatible when one gap since the last fits both.
    { a: "Sunday's vote was Tolvik's second election in less than two years.", b: "Sunday's vote was Tolvik's second election in less than four years.", published: '2026-05-11', verdict: 'compatible', kind: 'ordinal' },
    { a: "Sunday's vote was Tolvik's second election in less than two years.", b: "Sunday's vote was Tolvik's second election in more than two years.", published: '2026-05-11', verdict: 'contradict', kind: 'ordinal' },
    // The second names the first's month as an earlier recall's: a series. Without that, the same month is one recall ranked twice.
    { a: 'The first recall of the Tolvik sedan this year came in February, over its brakes.', b: 'It is the second recall of the Tolvik sedan this year, after a fault in its brakes in February.', published: '2026-10-06', verdict: 'different-scope', kind: 'ordinal' },
    { a: 'The first recall of the Tolvik sedan this year came in February, over its brakes.', b: 'The second recall of the Tolvik sedan this year came in February, over its brakes.', published: '2026-10-06', verdict: 'contradict' },
    { a: 'This is the second recall of the Tolvik sedan in 2026; in February, the maker recalled it over its brakes.', b: 'It is the third recall of the Tolvik sedan this year, after a fault in its brakes in February.', published: '2026-10-06', verdict: 'contradict' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.', b: 'The drill featured the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.', verdict: 'agree' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.', b: 'It was the second deployment of a US B-52H bomber to the Korean Peninsula in 2025.', verdict: 'contradict' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.', b: 'It is the first time a US B-52 bomber has landed at an air base in South Korea.', verdict: 'different-scope' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2025.', b: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula in 2024.', verdict: 'different-scope' },
    { a: 'A US B-52H bomber flew over the Korean Peninsula in 2025 with fighters.', b: 'A US B-52H bomber flew over the Korean Peninsula in 2025 with jets.', verdict: undefined },
    // "This year" in an article of 2025 is 2025: one scope in other words, so the ranks conflict.
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula this year.', b: 'It was the second deployment of a US B-52H bomber to the Korean Peninsula in 2025.', published: '2025-07-11', verdict: 'contradict' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula this year.', b: 'It was the second deployment of a US B-52H bomber to the Korean Peninsula in 2025.', published: '2024-07-11', verdict: 'different-scope' },
    { a: 'It was the first deployment of a US B-52H bomber to the Korean Peninsula since 2025.', b: 'It was the second deployment of a US B-52H bomber to the Korean Peninsula in 2025.', published: '2025-07-11', verdict: 'different-scope' },
    // A series: the first on 19 May and the second on 25 May are two events in the order of their days.
    { a: 'The summit in Kestrel Bay on May 19 was the first summit in Kestrel Bay in 2023.', b: 'The summit in Kestrel Bay on May 25 was the second summit in Kestrel Bay in 2023.', published: '2023-05-26', verdict: 'different-scope' },
    // Ranked against the order of their days, or a day apart (one event, reported across a time zone): a conflict.
    { a: 'The summit in Kestrel Bay on May 25 was the first summit in Kestrel Bay in 2023.', b: 'The summit in Kestrel Bay on May 19 was the second summit in Kestrel Bay in 2023.', published: '2023-05-26', verdict: 'contradict' },
    { a: 'The summit in Kestrel Bay on May 19 was the first summit in Kestrel Bay in 2023.', b: 'The summit in Kestrel Bay on May 20 was the second summit in Kestrel Bay in 2023.', published: '2023-05-26', verdict: 'contradict' },
    // A strike, a walkout and a stoppage are one kind of happening: ranked in one scope, they conflict.
    { a: 'It is the second strike at the port of Tolvik this year, after a stoppage in March.', b: 'The stoppage is the third at the port of Tolvik in 2025 and follows a strike in March.', published: '2025-09-15', verdict: 'contradict' },
    { a: 'It is the second walkout at the port of Tolvik this year, after a stoppage in March.', b: 'The strike is the second at the port of Tolvik in 2025 and follows a stoppage in March.', published: '2025-09-15', verdict: 'agree' },
    { a: 'It is the second strike at the port of Tolvik this year, after a stoppage in March.', b: 'It is the second summit at the port of Tolvik this year, after a meeting in March.', published: '2025-09-15', verdict: 'different-scope' },
  ],
  'numeric-mismatch': [
    // Amounts of opposite kinds of people (WordNet noun antonyms) are of two things.
    { a: 'Men in the region earn 2,400 euros a month on average.', b: 'Women in the region earn 2,000 euros a month on average.', verdict: 'different-scope', kind: 'numeric' },
    { a: 'Women in the region earn 2,400 euros a month on average.', b: 'Women in the region earn 2,000 euros a month on average.', verdict: 'contradict', kind: 'numeric' },
    // A share is compared when both say what changed by it, whichever way they word the change.
    { a: 'Shares in Tolvik Motors fell 4 percent in Frankfurt trading on Monday.', b: 'Tolvik Motors shares closed 12 percent lower in Frankfurt on Monday.', published: '2026-10-06', verdict: 'contradict', kind: 'numeric' },
    { a: 'Shares in Tolvik Motors fell 4 percent in Frankfurt trading on Monday.', b: 'Tolvik Motors shares closed 4 percent lower in Frankfurt on Monday.', published: '2026-10-06', verdict: 'agree' },
    // People counted for different things in one storm: the topic ("the storm") is not what the amounts are of.
    { a: 'In South Carolina, the storm destroyed 40 homes and left 80,000 people without power.', b: 'About 1.2 million people were ordered to evacuate before the storm hit.', published: '2025-09-30', verdict: undefined },
    { a: 'In Florida, the storm destroyed 300 homes and left 200,000 people without power.', b: 'Around 1.2 million people had been told to leave their homes before the hurricane arrived.', published: '2025-09-30', verdict: undefined },
    // A later figure that names the other as the earlier one it replaces is an update, not a conflict.
    { a: 'Interior Minister Elena Sarova said 300 houses had been destroyed in Cedrin.', b: 'Interior Minister Elena Sarova said 450 houses had been destroyed in Cedrin, up from an earlier estimate of 300.', verdict: 'different-scope', kind: 'numeric' },
    { a: 'Interior Minister Elena Sarova said 300 houses had been destroyed in Cedrin.', b: 'Interior Minister Elena Sarova said 450 houses had been destroyed in Cedrin, up from an earlier estimate of 250.', verdict: 'contradict', kind: 'numeric' },
    // Regions told apart by antonyms ("northern" / "southern"): different things measured.
    { a: 'Turnout in the northern region was 61 percent, the electoral commission said.', b: 'Turnout in the southern region was 54 percent, the electoral commission said.', published: '2025-05-12', verdict: 'different-scope', kind: 'numeric' },
    { a: 'Turnout in the northern region was 61 percent, the electoral commission said.', b: 'Turnout in the northern region was 54 percent, the electoral commission said.', published: '2025-05-12', verdict: 'contradict', kind: 'numeric' },
    // Shares of two companies: the name the diff swaps is what the amounts are of, typed or not.
    { a: 'Shares of Apple rose 3 percent on Monday after the company reported strong sales.', b: 'Shares of Microsoft rose 2 percent on Monday after the company reported strong sales.', published: '2025-03-10', verdict: 'different-scope', kind: 'numeric' },
    { a: 'Shares of Apple rose 3 percent on Monday after the company reported strong sales.', b: 'Shares of Apple rose 2 percent on Monday after the company reported strong sales.', published: '2025-03-10', verdict: 'contradict', kind: 'numeric' },
    { a: 'The repair of each Tolvik car takes about two hours, the company said.', b: 'The repair of each Tolvik car takes about four hours, the company said.', verdict: 'contradict' },
    { a: 'A magnitude 6.4 earthquake struck the province of Brenmoor in Ostland on Monday, destroying 450 houses.', b: 'On Monday, a magnitude 7.1 earthquake hit Brenmoor province in northern Ostland, destroying 450 houses.', published: '2025-06-03', verdict: 'contradict' },
    { a: 'On Monday, May 12, an earthquake hit Kelbrook, Ostland, and destroyed 2,950 houses, officials said.', b: 'On Saturday, May 17, an earthquake hit Tarnwick, Velmar, and destroyed 2,650 houses, officials said.', published: '2025-05-20', verdict: 'different-scope' },
    { a: 'The earthquake in Valdora destroyed 450 houses on Monday.', b: 'The earthquake in Valdora destroyed 450 houses on Monday, officials said.', verdict: 'agree' },
    { a: 'The earthquake in Valdora destroyed 450 houses on Monday.', b: 'The earthquake in Valdora destroyed 980 houses on Monday.', verdict: 'contradict' },
    { a: 'More than 12,000 people were evacuated from Marlow after the storm.', b: 'Thousands of people were evacuated from Marlow after the storm.', verdict: 'compatible' },
    // The same vague amount in both is agreement, not one vaguer than the other.
    { a: 'Thousands of people were evacuated from Marlow after the storm, officials said.', b: 'Thousands of people were evacuated from Marlow after the storm.', verdict: 'agree' },
    { a: 'The earthquake in Valdora destroyed 450 houses on Monday.', b: 'The earthquake in Valdora killed 12 people on Monday.', verdict: undefined },
    { a: 'The nonstop flight from Tel Aviv to Bangkok takes 10 hours.', b: 'The nonstop flight from Amman to Bangkok takes 8 hours.', verdict: 'different-scope' },
    // A different amount and a different day are two earthquakes; a day apart is one, misreported.
    { a: 'A strong earthquake struck Ostrava Pass in Valdora on Saturday, May 27, destroying 300 houses, officials said.', b: 'A strong earthquake struck Ostrava Pass in Valdora on Friday, June 2, destroying 1,250 houses, officials said.', published: '2023-06-03', verdict: 'different-scope' },
    { a: 'A strong earthquake struck Ostrava Pass in Valdora on Thursday, June 1, destroying 300 houses, officials said.', b: 'A strong earthquake struck Ostrava Pass in Valdora on Friday, June 2, destroying 1,250 houses, officials said.', published: '2023-06-03', verdict: 'contradict' },
    // Names no gazetteer knows: two of three participants differ, so two summits; one differing name may be one body written two ways.
    { a: 'Oskaria, Peltar and Marrak held a summit in Kestrel Bay on Thursday, May 25, with 2,300 delegates.', b: 'Lunesia, Sandor and Marrak held a summit in Kestrel Bay on Thursday, May 25, with 4,500 delegates.', published: '2023-05-26', verdict: 'different-scope' },
    { a: 'Oskaria, Peltar and Marrak held a summit in Kestrel Bay on Thursday, May 25, with 2,300 delegates.', b: 'Oskaria, Lunesia and Marrak held a summit in Kestrel Bay on Thursday, May 25, with 4,500 delegates.', published: '2023-05-26', verdict: 'contradict' },
    // A measure joined to the same noun says what it measures, in claims worded apart.
    { a: 'Dock workers at the port of Rellin began a 48-hour strike on Monday, halting the loading of ships, the port authority said.', b: 'Dockers at Rellin port walked off the job on Monday in a 72-hour strike over wages, the port authority said.', verdict: 'contradict', kind: 'numeric' },
    { a: 'The employers have offered a raise of 3 percent, the union said.', b: 'Employers offered a pay rise of 5 percent, according to the union.', verdict: 'contradict', kind: 'numeric' },
    // "Percent of the vote" says what the share is of, so claims worded apart compare their shares.
    { a: 'The Harbour Party won 41.5 percent of the vote, ahead of the Farmers League, the commission said.', b: 'The Harbour Party won the election in Rellin, taking 30 of the 80 seats on 41.5 percent of the vote, results showed.', verdict: 'agree', kind: 'numeric' },
    { a: 'The Harbour Party won 41.5 percent of the vote, ahead of the Farmers League, the commission said.', b: 'The Harbour Party won the election in Rellin, taking 30 of the 80 seats on 44.5 percent of the vote, results showed.', verdict: 'contradict', kind: 'numeric' },
    // Two measures in the same units, one of them equal, make one statement worded apart; with none equal, it may be two.
    { a: 'Judge Ilse Moran fined Kovar 1.2 million euros and barred him from office for eight years.', b: 'The court ordered Kovar to pay a fine of 1.9 million euros and banned him from holding office for eight years.', verdict: 'contradict', kind: 'numeric' },
    { a: 'Judge Ilse Moran fined Kovar 1.2 million euros and barred him from office for eight years.', b: 'The court ordered Kovar to pay a fine of 1.2 million euros and banned him from holding office for eight years.', verdict: 'agree', kind: 'numeric' },
    { a: 'Judge Ilse Moran fined Kovar 1.2 million euros and barred him from office for eight years.', b: 'The court ordered Kovar to pay a fine of 1.9 million euros and banned him from holding office for five years.', verdict: undefined },
    // A share a name holds ("the Farmers League with 24.3 percent") is that name's, compared with the other claim's share of it and not with its first share.
    { a: 'The Farmers League came second with 24.3 percent, the commission said.', b: 'The Harbour Party won 41.5 percent of the vote, ahead of the Farmers League with 24.3 percent, the commission said.', verdict: 'agree', kind: 'numeric' },
    { a: 'The Farmers League came second with 26.8 percent, the commission said.', b: 'The Harbour Party won 41.5 percent of the vote, ahead of the Farmers League with 24.3 percent, the commission said.', verdict: 'contradict', kind: 'numeric' },
    { a: 'The Farmers League came second with 24.3 percent, the commission said.', b: 'The Harbour Party won 41.5 percent of the vote, ahead of the Greens with 24.3 percent, the commission said.', verdict: undefined },
    // The figure under test does not make the claims look unlike: "9 percent" is compared as if it read "24.3 percent".
    { a: 'The Farmers League was second with 9 percent.', b: 'The Harbour Party won 41.5 percent of the vote, ahead of the Farmers League with 24.3 percent, the commission said.', verdict: 'contradict', kind: 'numeric' },
    // An amount given as changed from an earlier one is a later figure, unless both are.
    { a: 'Turnout in the Rellin election was 58.3 percent, the commission said.', b: 'Turnout in the Rellin election was revised to 59.1 percent, the commission said.', verdict: 'different-scope', kind: 'numeric' },
    { a: 'Turnout in the Rellin election was revised to 58.3 percent, the commission said.', b: 'Turnout in the Rellin election was revised to 59.1 percent, the commission said.', verdict: 'contradict', kind: 'numeric' },
    { a: 'Judge Ilse Moran fined Kovar 1.2 million euros and barred him from office for eight years.', b: 'The appeals court cut the fine to 0.8 million euros and kept his ban from office for eight years.', verdict: 'different-scope', kind: 'numeric' },
    // A share of what, neither says: "5 percent" and "7 percent" of other things.
    { a: 'Unemployment in Rellin rose to 5 percent in March, officials said.', b: 'Inflation in Rellin rose to 7 percent in March, officials said.', verdict: undefined },
  ],
  'date-mismatch': [
    { a: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 18.', b: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 18, officials said.', published: '2025-08-20', verdict: 'agree' },
    { a: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 18.', b: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 16.', published: '2025-08-20', verdict: 'contradict' },
    { a: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 18.', b: 'Poland and Lithuania held a joint air drill over the Baltic Sea on March 2.', published: '2025-08-20', verdict: 'different-scope' },
    { a: 'Poland and Lithuania held a joint air drill over the Baltic Sea on August 18.', b: 'Poland and Lithuania held talks about the Baltic Sea on August 16.', published: '2025-08-20', verdict: undefined },
    // Undated claims that bound one happening with the same word, or near-copies of one report dated by when it was made.
    { a: 'Owners of the Tolvik sedan will be contacted by letter from October 19, the company said.', b: 'Owners of the Tolvik sedan will be contacted by letter from October 22, the company said.', published: '2026-10-06', verdict: 'contradict', kind: 'date' },
    { a: 'Owners of the Tolvik sedan will be contacted by letter from October 19, the company said.', b: 'Owners of the Tolvik sedan will be contacted by letter until October 22, the company said.', published: '2026-10-06', verdict: undefined },
    { a: 'Tolvik Motors is recalling 84,000 sedans in Europe over a faulty pump, the carmaker said on Monday, October 5.', b: 'Tolvik Motors has called back some 84,000 sedans across Europe over a faulty pump, the company announced on Thursday, October 8.', published: '2026-10-09', verdict: 'contradict', kind: 'date' },
    // One dates the start of a drill, the other its end: two moments of one event.
    { a: 'Poland and Lithuania began a joint air drill over the Baltic Sea on August 18, the army said.', b: 'Poland and Lithuania ended their joint air drill over the Baltic Sea on August 20, the army said.', verdict: 'different-scope', kind: 'date' },
    { a: 'Exports from Norland rose sharply on March 3, the trade ministry said.', b: 'Exports from Norland fell sharply on March 5, the trade ministry said.', published: '2026-03-10', verdict: 'different-scope', kind: 'date' },
  ],
  'weekday-mismatch': [
    // Near-copies of one report with no time of their own: the weekday it was made is compared.
    { a: 'Tolvik Motors is recalling 84,000 sedans in Europe over a faulty pump, the carmaker said on Monday.', b: 'Tolvik Motors has called back some 84,000 sedans across Europe over a faulty pump, the company announced on Wednesday.', published: '2026-10-09', verdict: 'contradict', kind: 'weekday' },
    { a: 'The summit of Brazil, Chile and Peru opened in Lima on Monday, November 10, with trade talks.', b: 'The summit of Brazil, Chile and Peru opened in Lima on Tuesday, with trade talks.', published: '2025-11-12', verdict: 'contradict' },
    { a: 'The summit of Brazil, Chile and Peru opened in Lima on Monday, November 10, with trade talks.', b: 'The summit of Brazil, Chile and Peru opened in Lima on Monday, with trade talks.', published: '2025-11-12', verdict: 'agree' },
    { a: '"This corridor will change the economic map of the continent," President Rosa Quispe said at a news conference on Tuesday.', b: '"This corridor will change the economic map of the continent," President Rosa Quispe told reporters on Thursday.', published: '2025-11-14', verdict: 'contradict' },
    { a: 'The summit of Brazil, Chile and Peru opened in Lima on November 10, with trade talks.', b: 'The summit of Brazil, Chile and Peru opened in Lima on November 10, with talks on trade.', published: '2025-11-12', verdict: undefined },

    // Its opening and its closing, or a rise and a fall, on two days: two moments, not one misdated.
    { a: 'The summit of Brazil, Chile and Peru opened in Lima on Monday with trade talks.', b: 'The summit of Brazil, Chile and Peru closed in Lima on Wednesday with trade talks.', published: '2025-11-14', verdict: 'different-scope', kind: 'weekday' },
    { a: 'Shares of Tolvik Motors rose 3 percent in Elsen on Monday, traders said.', b: 'Shares of Tolvik Motors fell 3 percent in Elsen on Tuesday, traders said.', published: '2026-10-09', verdict: 'different-scope', kind: 'weekday' },
    { a: 'Shares of Tolvik Motors rose 3 percent in Elsen on Monday, traders said.', b: 'Shares of Tolvik Motors did not fall in Elsen on Tuesday, traders said.', published: '2026-10-09', verdict: 'contradict', kind: 'weekday' },
  ],
  'equipment-role': [
    { a: 'The allies held a joint air drill on Friday featuring a U.S. B-52H bomber.', b: 'The allies held a joint air drill on Friday featuring a U.S. B-52 bomber.', published: '2025-07-12', verdict: 'agree' },
    { a: 'The allies held a joint air drill on Friday featuring a U.S. B-52H bomber.', b: 'The allies held a joint air drill on Friday featuring a U.S. B-1B bomber.', published: '2025-07-12', verdict: 'contradict' },
    { a: 'The allies held a joint air drill on Friday featuring a U.S. B-52H bomber.', b: 'The allies held a joint air drill in the south with Japanese pilots on Friday.', published: '2025-07-12', verdict: undefined },
  ],
  'negation-polarity': [
    { a: 'The ministry of Norland confirmed that troops crossed the border into Estavia on Tuesday.', b: 'The ministry of Norland did not confirm that troops crossed the border into Estavia on Tuesday.', verdict: 'contradict' },
    { a: 'The ministry of Norland confirmed that troops crossed the border into Estavia on Tuesday.', b: 'The ministry of Norland confirmed on Tuesday that troops crossed the border into Estavia.', verdict: undefined },
    // Two statements in one frame: what one negates ("disruption") the other does not speak of.
    { a: 'On the same day, officials in Peltar said the situation had been difficult for months at a meeting in Morava.', b: 'On the same day, officials in Peltar said mobile networks had worked without disruption at a meeting in Morava.', verdict: undefined },
    // The negated phrasal verb is the other's verb in other words ("called back" / "recalling"), and a figure's comma ends no clause.
    { a: 'Halvern Foods is recalling 12,500 jars of its Arlo baby food in Tolvik because a faulty seal can let in bacteria, the company said.', b: 'Halvern Foods has not called back some 12,500 jars of Arlo baby food across Tolvik over a defective seal that can let in bacteria, the company said.', verdict: 'contradict', kind: 'negation' },
    { a: 'Halvern Foods has called back some 12,500 jars of Arlo baby food across Tolvik over a defective seal that can let in bacteria, the company said.', b: 'Halvern Foods is not recalling 12,500 jars of its Arlo baby food in Tolvik because a faulty seal can let in bacteria, the company said.', verdict: 'contradict', kind: 'negation' },
    // Auxiliaries ("had been") are not content the other claim must share.
    { a: 'Three harbour officials were cleared of taking the payments in Tolvik.', b: 'The tribunal cleared three harbour officials in Tolvik who had not been charged with taking the payments.', verdict: 'contradict', kind: 'negation' },
    // Not by a broader word: "without disruption" is not what "warned of delays" speaks of.
    { a: 'Later, union leaders in Estavia said mobile networks had worked without disruption at a meeting in Ambergate.', b: 'Later, union leaders in Estavia warned of delays to public works at a meeting in Ambergate.', verdict: undefined },
    { a: 'Halvern Foods is recalling 12,500 jars of its Arlo baby food in Tolvik because a faulty seal can let in bacteria, the company said.', b: 'Halvern Foods has not sold some 12,500 jars of Arlo baby food across Tolvik over a defective seal that can let in bacteria, the company said.', verdict: undefined },
  ],
  'quote-wording': [
    { a: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', b: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', verdict: 'agree' },
    { a: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', b: '"We will never accept a partial ceasefire in the North," Prime Minister Anna Kovacs said.', verdict: 'agree' },
    { a: '"We fixed an electrical connectivity issue in the trucks," said Prime Minister Anna Kovacs.', b: '"We fixed an electrical connection issue in the trucks," said Prime Minister Anna Kovacs.', verdict: 'compatible' },
    { a: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', b: '"We will gladly accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', verdict: 'contradict' },
    { a: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', b: '"Our farmers need rain and cheaper diesel this spring," said Prime Minister Anna Kovacs.', verdict: undefined },
    // Two names swapped on each side: another statement in the same mould, not a misquote.
    { a: '"We will keep working together to protect Varn Island and Estavia," said Pavel Moreau.', b: '"We will keep working together to protect Ostrava Pass and Ruvenia," said Pavel Moreau.', verdict: 'different-scope' },
    // Undated, in articles two months apart: a speaker may say much the same twice.
    { a: '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', b: '"We will gladly accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.', published: '2024-03-20', publishedB: '2024-05-25', verdict: 'different-scope' },
  ],
  'modality-mismatch': [
    // What is hedged ("step down") is not what the other reports done ("conceded defeat"): two happenings.
    { a: 'Civic Alliance leader Tomas Brandt said on Tuesday he would step down after the worst result since 2002.', b: 'Civic Alliance leader Tomas Brandt conceded defeat in Tolvik shortly before midnight on Sunday.', published: '2026-05-13', verdict: undefined },
    { a: 'Canada and Denmark plan to hold a joint naval drill near Greenland on April 14.', b: 'Canada and Denmark held a joint naval drill near Greenland on April 14.', published: '2025-04-15', verdict: 'compatible' },
    { a: 'Canada and Denmark held a joint naval drill near Greenland on April 14.', b: 'Canada and Denmark held a joint naval drill near Greenland on April 14, officials said.', published: '2025-04-15', verdict: undefined },
    // Of no kind the lexicon knows: the reason calls it "the event".
    { a: 'The Talen mill company plans to reopen its old paper factory on the river on April 14.', b: 'The Talen mill company reopened its old paper factory on the river on April 14.', published: '2025-04-15', verdict: 'compatible' },
  ],
  'antonym-swap': [
    // Compounds whose first parts are antonyms, in sentences worded apart.
    { a: "It was the first conviction of a port official in Tolvik since the country's anti-corruption court was set up in 2019.", b: "The verdict is the pro-corruption court's first conviction of a port official in Tolvik since it was founded in 2019.", published: '2026-02-13', verdict: 'contradict', kind: 'antonym' },
    // Converses said of different doers ("giving" Unity the seats / Unity "taking" them) are not a swap; antonyms beside one word are, however reworded.
    { a: 'Voters in the Tolvik region elected a new council on Sunday, May 10, giving the centre-left Unity Party 42 of the 101 seats, according to provisional results.', b: "The Unity Party won Sunday's council election in Tolvik, taking 42 of the 101 seats on 38.5 percent of the vote, provisional results showed.", published: '2026-05-11', verdict: undefined },
    { a: 'A magnitude 6.4 earthquake struck the southern province of Talen in Valdora on Monday, killing 12 people.', b: 'On Monday, a magnitude 6.4 earthquake hit Talen province in northern Valdora, killing 12 people.', published: '2025-06-03', verdict: 'contradict', kind: 'antonym' },
    { a: 'Exports from Norland rose sharply in March, the trade ministry said.', b: 'Exports from Norland fell sharply in March, the trade ministry said.', verdict: 'contradict' },
    { a: 'Exports from Norland rose sharply in March, the trade ministry said.', b: 'Exports from Norland did not fall in March, the trade ministry said.', verdict: undefined },
    { a: 'Exports from Norland rose sharply in March, the trade ministry said.', b: 'Exports from Norland climbed sharply in March, the trade ministry said.', verdict: undefined },
  ],
  'word-substitution': [
    // A word the other claim says elsewhere was moved, not replaced; a compound's first part turned to its antonym is replaced.
    { a: 'The court in Tolvik acquitted two shipping executives who had been accused of paying the bribes.', b: 'Two shipping executives were acquitted by the court in Tolvik of paying the bribes.', verdict: undefined },
    { a: 'The anti-corruption court in Tolvik convicted the former port director on Thursday.', b: 'The pro-corruption court in Tolvik convicted the former port director on Thursday.', published: '2026-02-13', verdict: 'contradict', kind: 'antonym' },
    { a: 'Union leaders in Marlow complained about rising prices at a meeting in Kelbrook.', b: 'Union leaders in Marlow complained about rising prices at a meeting in Tarnwick.', verdict: 'contradict', kind: 'location' },
    { a: 'Union leader Ines Marrow complained about rising prices at a meeting on Monday.', b: 'Union leader Ines Varga complained about rising prices at a meeting on Monday.', verdict: 'contradict', kind: 'entity' },
    { a: 'Union leaders in Marlow said mobile networks had worked without disruption at a meeting in Kelbrook.', b: 'Union leaders in Marlow called for calm and more dialogue at a meeting in Tarnwick.', verdict: undefined },
    // A common word opening a sentence is not a name ("Officials", "Later"); a name opening one still is.
    { a: 'Officials said schools had closed early because of the storm, according to a local newspaper.', b: 'Dravec said schools had closed early because of the storm, according to a local newspaper.', verdict: undefined },
    { a: 'Later, observers recalled similar storms in earlier decades.', b: 'Halvik recalled similar storms in earlier decades.', verdict: undefined },
    { a: 'Velmora opened its airspace to Israeli carriers on Thursday.', b: 'Tarsk opened its airspace to Israeli carriers on Thursday.', verdict: 'contradict', kind: 'entity' },
    { a: 'The founder of the troubled start-up Ozy Media was arrested on fraud charges.', b: 'The founder of the triumphant start-up Ozy Media was arrested on fraud charges.', verdict: 'contradict' },
    { a: 'The founder of the troubled start-up Ozy Media was arrested on fraud charges.', b: 'The founder of the distressed start-up Ozy Media was arrested on fraud charges.', verdict: undefined },
    { a: 'Astronomers peered into the distant universe with the new telescope on Monday.', b: 'Astronomers peered into the remote universe with the new telescope on Monday.', verdict: undefined },
    // A word negated by a prefix WordNet lists no antonym for is the opposite too; a word that only looks prefixed is not.
    { a: 'The agency will deploy a traffic tool for small, uncrewed aircraft in Tolvik next year.', b: 'The agency will deploy a traffic tool for small, crewed aircraft in Tolvik next year.', verdict: 'contradict', kind: 'antonym' },
    { a: 'The dockers voted to join the union at a meeting in Tolvik on Monday.', b: 'The dockers voted to join the ion at a meeting in Tolvik on Monday.', verdict: undefined },
    // Not a word swapped for its opposite but another statement: "welcomed the step" / "complained about rising prices".
    { a: 'Separately, analysts in Estavia welcomed the step at a meeting in Ostrava Pass.', b: 'Separately, analysts in Estavia complained about rising prices at a meeting in Ostrava Pass.', verdict: undefined },
    // Each says three or more things the other does not: two statements at two meetings, not one place swapped.
    { a: 'Union leaders in Marlow pointed to a rise in tension since the border dispute began at a meeting in Kelbrook.', b: 'Union leaders in Marlow urged the government to publish its plans at a meeting in Tarnwick.', verdict: undefined },
  ],
  'entity-substitution': [
    // An office written as a lower-case noun for a person, before the name or in apposition, is one office too.
    { a: 'Defence lawyer Anton Berg told reporters in Tolvik that his client would appeal the verdict.', b: 'His client will appeal the verdict, his lawyer, Charles Brown, said in Tolvik.', published: '2026-02-13', verdict: 'contradict', kind: 'entity' },
    { a: 'Defence lawyer Anton Berg told reporters in Tolvik that his client would appeal the verdict.', b: 'His client will appeal the verdict, the prosecutor, Charles Brown, said in Tolvik.', published: '2026-02-13', verdict: undefined },
    { a: 'General Dan Caine met the Japanese delegation in Seoul on Friday to discuss the drill.', b: 'General Charles Brown met the Japanese delegation in Seoul on Friday to discuss the drill.', published: '2025-07-12', verdict: 'contradict' },
    { a: 'General Dan Caine met the Japanese delegation in Seoul on Friday to discuss the drill.', b: 'General Dan Caine met the Japanese delegation in Seoul on Friday to discuss the drills.', published: '2025-07-12', verdict: undefined },
    // One office, two holders saying the same thing, in claims worded apart: a swap of who holds it.
    { a: 'Transport Minister Lena Hart said the government would not intervene in the dispute.', b: 'The government will not step in, Transport Minister Ivan Berg said on Monday.', published: '2025-09-16', verdict: 'contradict', kind: 'entity' },
    // Two titles, or two things said: no conflict over who holds an office.
    { a: 'Transport Minister Lena Hart said the government would not intervene in the dispute.', b: 'The government will not step in, Finance Minister Ivan Berg said on Monday.', published: '2025-09-16', verdict: undefined },
    { a: 'Transport Minister Lena Hart said the government would not intervene in the dispute.', b: 'Transport Minister Ivan Berg welcomed the agreement on Monday.', published: '2025-09-16', verdict: undefined },
    // Two parties' leaders, or two ministers, doing the same on one night: two offices, two people.
    { a: 'Labour leader Anna Berg conceded defeat in Tolvik shortly before midnight on Sunday.', b: 'Conservative leader Tomas Brandt conceded defeat in Tolvik shortly before midnight on Sunday.', published: '2026-05-11', verdict: 'different-scope', kind: 'entity' },
    { a: 'Transport Minister Lena Hart welcomed the agreement in Tolvik on Monday.', b: 'Finance Minister Ivan Berg welcomed the agreement in Tolvik on Monday.', published: '2025-09-16', verdict: 'different-scope', kind: 'entity' },
    { a: 'Labour leader Anna Berg conceded defeat in Tolvik shortly before midnight on Sunday.', b: 'Labour leader Tomas Brandt conceded defeat in Tolvik shortly before midnight on Sunday.', published: '2026-05-11', verdict: 'contradict', kind: 'entity' },
    // A leader's office said after the name ("who has led the Green Party") is the one said before it ("Green Party leader").
    { a: 'Anna Berg, who has led the Green Party since 2019, admitted defeat in Tolvik late on Sunday.', b: 'Green Party leader Tomas Brandt conceded defeat in Tolvik shortly before midnight on Sunday.', published: '2026-05-11', verdict: 'contradict', kind: 'entity' },
    { a: 'Anna Berg, who has led the Green Party since 2019, admitted defeat in Tolvik late on Sunday.', b: 'Labour leader Tomas Brandt conceded defeat in Tolvik shortly before midnight on Sunday.', published: '2026-05-11', verdict: 'different-scope', kind: 'entity' },
  ],
  'location-mismatch': [
    { a: 'Marden Motors is recalling 84,000 of its Aster SUVs across Europe over a faulty pump.', b: 'Marden Motors is recalling 84,000 of its Aster SUVs in Asia over a faulty pump.', verdict: 'contradict', kind: 'location' },
    { a: 'The defence chiefs of the three countries held their meeting in Seoul on Friday.', b: 'The defence chiefs of the three countries held their meeting in Tokyo on Friday.', published: '2025-07-12', verdict: 'contradict' },
    { a: 'The defence chiefs of the three countries held their meeting in Seoul on Friday.', b: 'The defence chiefs of the three countries held their annual meeting in Seoul on Friday.', published: '2025-07-12', verdict: 'agree' },
    { a: 'The defence chiefs of the three countries held their meeting in Seoul on Friday.', b: 'The defence chiefs of the three countries praised the meeting on Friday.', published: '2025-07-12', verdict: undefined },
    // A different day and a different place: another meeting, not a conflict over where one was held.
    { a: 'Estavia, Norland and Tiberia held a joint air drill in Ostrava Pass on Thursday, June 16, officials said.', b: 'Estavia, Norland and Tiberia held a joint air drill in Halvik on Saturday, June 11, officials said.', published: '2022-06-17', verdict: 'different-scope' },
    // A disaster is placed by the verb of its striking, and a place after a located place and a comma is located too.
    { a: 'On Saturday, September 7, an earthquake hit Cedrin, Valdora, and destroyed 4,100 houses, officials said.', b: 'A strong earthquake struck Varn Island in Valdora on Saturday, September 7, destroying 4,100 houses, officials said.', published: '2024-09-08', verdict: 'contradict' },
    { a: 'On Saturday, September 7, an earthquake hit Cedrin, Valdora, and destroyed 4,100 houses, officials said.', b: 'A strong earthquake struck Cedrin in Valdora on Saturday, September 7, destroying 4,100 houses, officials said.', published: '2024-09-08', verdict: 'agree' },
    // A shared country may hold the other claim's place: the peninsula holds the island.
    { a: 'South Korea and Japan held a joint air drill near the Korean Peninsula on Friday.', b: 'South Korea and Japan held a joint air drill near South Korea’s Jeju Island on Friday.', published: '2025-07-12', verdict: undefined },
    // Two summits on one day: two of three participants differ, so the places do not conflict; with one, they do.
    { a: 'Brazil, Chile and Peru held a summit in Lima on Monday, November 10, officials said.', b: 'Argentina, Colombia and Peru held a summit in Quito on Monday, November 10, officials said.', published: '2025-11-12', verdict: 'different-scope' },
    { a: 'Brazil, Chile and Peru held a summit in Lima on Monday, November 10, officials said.', b: 'Brazil, Chile and Ecuador held a summit in Quito on Monday, November 10, officials said.', published: '2025-11-12', verdict: 'contradict' },
    // Beside the place both name, each puts the meeting in one of its own: not shown to agree on where it was.
    { a: 'Union leaders in Marlow complained about rising prices at a meeting in Kelbrook.', b: 'Union leaders in Marlow complained about rising prices at a meeting in Tarnwick.', verdict: undefined },
    // "also" or "too" adds a happening in another place to the one told: not the same one moved.
    { a: 'Thousands of people marched in Paris on Saturday against the pension reform.', b: 'Thousands of people also marched in Lyon on Saturday against the pension reform.', published: '2025-03-09', verdict: 'different-scope', kind: 'location' },
    { a: 'Thousands of people marched in Paris on Saturday against the pension reform.', b: 'Thousands of people marched in Lyon too on Saturday against the pension reform.', published: '2025-03-09', verdict: 'different-scope', kind: 'location' },
    { a: 'Thousands of people marched in Paris on Saturday against the pension reform.', b: 'Thousands of people marched in Lyon on Saturday against the pension reform.', published: '2025-03-09', verdict: 'contradict', kind: 'location' },
  ],
  'attribution-mismatch': [
    { a: '"Our focus remains on reestablishing deterrence," said General Dan Caine.', b: '"Our focus remains on reestablishing deterrence," said General Kim Myung-soo.', verdict: 'contradict' },
    { a: '"Our focus remains on reestablishing deterrence," said General Dan Caine.', b: '"Our focus remains on reestablishing deterrence," General Dan Caine said.', verdict: undefined },
    { a: '"We will keep working together to protect Tallinn and Estonia," said Defence Minister Rosa Lind.', b: '"We will keep working together to protect Tallinn and Estonia," said Foreign Minister Ivan Berg.', verdict: 'contradict' },
    { a: '"We will keep working together to protect Narva and Estonia," said Defence Minister Rosa Lind.', b: '"We will keep working together to protect Tartu and Estonia," said Foreign Minister Ivan Berg.', verdict: undefined },

    // Two bosses of two companies saying the same stock words; one company's two spokespeople still conflict.
    { a: '"We are very pleased with our results this quarter," said Tim Cook, the chief executive of Apple.', b: '"We are very pleased with our results this quarter," said Andy Jassy, the chief executive of Amazon.', verdict: 'different-scope', kind: 'attribution' },
    { a: '"We are very pleased with our results this quarter," said Tim Cook, the chief executive of Apple.', b: '"We are very pleased with our results this quarter," said Luca Maestri, the finance chief of Apple.', verdict: 'contradict', kind: 'attribution' },
  ],
  paraphrase: [
    // Much the same words, but amounts of one thing that cannot both hold: not the same facts.
    { a: 'Turnout in the Tolvik council election was 61.2 percent, the electoral commission said.', b: 'Turnout in the Tolvik council election was 61.4 percent, the electoral commission said.', verdict: undefined },
    { a: 'Flooding forced residents of Riverton to leave their homes, officials said.', b: 'Flooding forced the residents of Riverton to leave their homes, according to officials.', verdict: 'agree' },
    { a: 'Flooding forced residents of Riverton to leave their homes, officials said.', b: 'Riverton officials opened a new bridge over the river.', verdict: undefined },
    // One states part of the other: every content word of the shorter, a name among them, is in the longer.
    { a: 'It was the strongest storm to hit Riverton since 2011, when floods destroyed more than 300 homes and killed 40 people in the valley.', b: 'This was the strongest storm in Riverton since 2011.', verdict: 'agree' },
    { a: 'It was the strongest storm to hit Riverton since 2011, when floods destroyed more than 300 homes and killed 40 people in the valley.', b: 'It was the strongest storm in Riverton in a decade.', verdict: undefined },
    { a: 'It was the strongest storm to hit Riverton since 2011, when floods destroyed more than 300 homes and killed 40 people in the valley.', b: 'Storm hit Riverton.', verdict: undefined },
    // Alike in who speaks, not in what is said: each says three or more things the other does not.
    { a: 'Union leaders in Norland said more details would follow, citing pressure at home.', b: 'Union leaders in Norland expected further talks later in the year, citing pressure at home.', verdict: undefined },
    { a: 'General Kim Myung-soo, General Dan Caine and General Yoshida Yoshihide discussed ways to deepen their cooperation in Seoul.', b: 'General Kim Myung-soo, General Dan Caine and General Yoshida Yoshihide discussed intelligence about troop deployments in Seoul.', verdict: undefined },
    // Alike only in whom they are about: nothing one says of the minister is said by the other.
    { a: 'Foreign Minister Lena Hart said the government would not intervene in the dispute.', b: 'Foreign Minister Lena Hart welcomed the agreement.', verdict: undefined },
    { a: 'Foreign Minister Lena Hart said the government would not intervene in the dispute.', b: 'The government will not step in, Foreign Minister Lena Hart said on Monday.', verdict: 'agree' },
    // Synonyms are not things one says and the other does not ("raise" / "rise", "talks" / "negotiations").
    { a: "The employers' association has offered a raise of 3 percent, while the union is demanding 8 percent.", b: 'Employers have offered a pay rise of 3 percent, against the 8 percent the union wants.', verdict: 'agree' },
    // The same statement, told in another place: it says one thing the other does not.
    { a: 'Historians expected further talks later in the year at a meeting in Sorrin.', b: 'Historians expected further talks later in the year on social media.', verdict: 'agree' },
    // Undated, in articles two months apart: neither shown to agree nor an apparent conflict.
    { a: 'Flooding forced residents of Riverton to leave their homes, officials said.', b: 'Flooding forced the residents of Riverton to leave their homes, according to officials.', published: '2024-03-20', publishedB: '2024-05-25', verdict: undefined },
    // Dated a year apart, the likeness is worth naming as resolved by scope.
    { a: 'Flooding forced residents of Riverton to leave their homes on March 18, 2023, officials said.', b: 'Flooding forced the residents of Riverton to leave their homes on March 18, 2024, according to officials.', verdict: 'different-scope' },
  ],
};

describe('comparison rules', () => {
  it('every rule has cases here, a description and a kebab-case id', () => {
    for (const rule of RULES) {
      expect(CASES[rule.id], `cases for ${rule.id}`).toBeDefined();
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
      const verdicts = CASES[rule.id]!.map((item) => item.verdict);
      expect(verdicts, `${rule.id} needs a pair it must not fire on`).toContain(undefined);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const item of CASES[rule.id] ?? []) {
        it(`${item.verdict ?? 'does not apply'}: ${item.a.slice(0, 40)} / ${item.b.slice(0, 40)}`, () => {
          const result = run(rule, item);
          expect(result?.verdict).toBe(item.verdict);
          if (item.kind !== undefined) expect(result?.kind).toBe(item.kind);
          if (result && result.verdict !== 'agree') expect(result.reason.length).toBeGreaterThan(10);
          // An event of no known kind is "the event", never "the other".
          if (result) expect(result.reason).not.toMatch(/\bthe (?:same )?other\b/);
        });
      }
    });
  }
});

describe('scope reasons', () => {
  // A reader decides from the reason alone, so it quotes each side's time in the article's own words.
  const scoped = [
    { a: 'Sandor held a summit in Ambergate on Monday, July 8, 2025, with 3,950 delegates.', b: 'Sandor held a summit in Morava on Tuesday, July 8, 2024, with 1,550 delegates.', times: ['“on Monday, July 8, 2025”', '“on Tuesday, July 8, 2024”'] },
    { a: 'The drill took place in Busan on Monday, July 7, 2025, with 30 jets.', b: 'The drill took place in Seoul on Tuesday, July 8, 2025, with 40 jets.', times: ['“on Monday, July 7, 2025”', '“on Tuesday, July 8, 2025”'] },
  ];
  for (const { a, b, times } of scoped) {
    it(`quotes both times: ${a.slice(0, 40)}`, () => {
      const results = RULES.map((rule) => run(rule, { a, b, verdict: undefined })).filter((result) => result?.verdict === 'different-scope');
      expect(results.length).toBeGreaterThan(1);
      for (const result of results) for (const time of times) expect(result!.reason).toContain(time);
    });
  }

  it('tells undated claims apart by their articles\' publication days, and says so', () => {
    const a = '"We will never accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.';
    const b = '"We will gladly accept a partial ceasefire in the north," said Prime Minister Anna Kovacs.';
    const result = run(RULES.find((rule) => rule.id === 'quote-wording')!, { a, b, published: '2022-04-07', publishedB: '2025-06-25', verdict: undefined });
    expect(result?.verdict).toBe('different-scope');
    expect(result!.reason).toContain('undated in an article of 7 Apr 2022');
    expect(result!.reason).toContain('undated in an article of 25 Jun 2025');
    expect(result!.reason).toContain('“never”');
  });

  it('marks the start and the end of one happening as one event, and days too far apart as not', () => {
    const dateMismatch = RULES.find((rule) => rule.id === 'date-mismatch')!;
    const moments = CASES['date-mismatch']!.find((item) => item.a.includes('began'))!;
    expect(run(dateMismatch, moments)?.oneEvent).toBe(true);
    const apart = CASES['date-mismatch']!.find((item) => item.b.includes('March 2'))!;
    expect(run(dateMismatch, apart)).toMatchObject({ verdict: 'different-scope' });
    expect(run(dateMismatch, apart)?.oneEvent).toBeUndefined();
  });

  it('names both words when an opening and a closing, or a rise and a fall, make two moments', () => {
    const weekdayMismatch = RULES.find((rule) => rule.id === 'weekday-mismatch')!;
    const [opening, rise] = CASES['weekday-mismatch']!.filter((item) => item.verdict === 'different-scope');
    expect(run(weekdayMismatch, opening!)).toMatchObject({ oneEvent: true, reason: expect.stringMatching(/“opened”.*“closed”/) });
    expect(run(weekdayMismatch, rise!)?.oneEvent).toBeUndefined();
    expect(run(weekdayMismatch, rise!)?.reason).toMatch(/“rise”.*“fall”/);
  });

  it('does not call days one apart too far apart when the places differ', () => {
    const result = run(RULES.find((rule) => rule.id === 'date-mismatch')!, { ...scoped[1]!, verdict: undefined });
    expect(result?.verdict).toBe('different-scope');
    expect(result!.reason).not.toContain('too far apart');
    expect(result!.reason).toContain('Seoul');
  });
});

describe('numeric reasons', () => {
  const numeric = RULES.find((rule) => rule.id === 'numeric-mismatch')!;
  it('quote each amount as the article words it, with its bound and the noun it counts', () => {
    const result = run(numeric, { a: 'The quake killed more than 200 people in Talen on Monday.', b: 'The quake killed 12 people in Talen on Monday.', verdict: 'contradict' });
    expect(result?.verdict).toBe('contradict');
    expect(result!.reason).toContain('“more than 200 people”');
    expect(result!.reason).toContain('“12 people”');
    const overlapping = run(numeric, { a: 'About 200 people were evacuated from Marlow after the storm.', b: 'About 240 people were evacuated from Marlow after the storm.', verdict: 'compatible' });
    expect(overlapping?.verdict).toBe('compatible');
    expect(overlapping!.reason).not.toContain('vaguer');
    const houses = run(numeric, { a: 'The quake destroyed 450 houses in Talen on Monday, officials said.', b: 'The quake destroyed 980 houses in Talen on Monday, officials said.', verdict: 'contradict' });
    expect(houses!.reason).toContain('“450 houses”');
  });

  it('quote a share once, its unit inside the quotation', () => {
    const result = run(numeric, { a: 'The employers have offered a raise of 3 percent, the union said.', b: 'Employers offered a pay rise of 5 percent, according to the union.', verdict: 'contradict' });
    expect(result!.reason).toContain('“3 percent”');
    expect(result!.reason).not.toMatch(/percent” percent/);
  });
});

describe('name and quote reasons', () => {
  const rule = (id: string) => RULES.find((candidate) => candidate.id === id)!;
  it('show a swapped name as the claims write it, whole', () => {
    const result = run(rule('word-substitution'), { a: 'The ministers met in Port Arvel on Monday to discuss the corridor, officials said.', b: 'The ministers met in Dravec on Monday to discuss the corridor, officials said.', verdict: 'contradict' });
    expect(result?.kind).toBe('location');
    expect(result!.reason).toContain('“Port Arvel”');
    expect(result!.reason).toContain('“Dravec”');
  });

  it('say which side of a misquote has which words, as quoted', () => {
    const result = run(rule('quote-wording'), { a: '"We will never accept a partial ceasefire in the north," said Anna Kovacs.', b: '"We will gladly accept a partial ceasefire in the north," said Anna Kovacs.', verdict: 'contradict' });
    expect(result?.verdict).toBe('contradict');
    expect(result!.reason).toMatch(/a has “never” where b has “gladly”/);
    const place = run(rule('quote-wording'), { a: '"We will keep working together to protect Kestrel Bay and the north," said Marek Berg.', b: '"We will keep working together to protect Ambergate and the north," said Marek Berg.', verdict: 'contradict' });
    expect(place!.reason).toMatch(/a has “Kestrel Bay” where b has “Ambergate”/);
  });
});
