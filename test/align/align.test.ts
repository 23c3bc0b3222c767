import { describe, expect, it } from 'vitest';
import { align, candidatePairs } from '../../src/align/index.js';
import { eventScope } from '../../src/align/scope.js';
import { claimOf, claimsOf } from '../helpers/claims.js';

describe('align', () => {
  it('pairs paraphrases and leaves unrelated sentences that share a name apart', () => {
    const claims = [
      claimOf('a', 'Flooding forced 3,000 residents of Riverton to leave their homes on Thursday.', '2025-03-14'),
      claimOf('b', 'On Thursday, 3,000 Riverton residents were forced from their homes by flooding.', '2025-03-14'),
      claimOf('c', 'Riverton beat Oakdale 3-1 in the regional football final.', '2025-03-14'),
    ];
    const pairs = candidatePairs(claims);
    expect(pairs.map((pair) => [pair.a.article, pair.b.article])).toEqual([['a', 'b']]);
  });

  it('still pairs claims of one event through keys too common alone, by two slot keys together', () => {
    // Every key a and b share is in at least three claims, more than the index pairs on (2 here);
    // only the place and the day together are theirs alone.
    const claims = [
      claimOf('a', 'Flooding forced 3,000 residents of Seoul to leave their homes on Thursday.', '2025-03-14'),
      claimOf('b', 'On Thursday, 3,000 residents of Seoul were forced from their homes by flooding.', '2025-03-14'),
      claimOf('c', 'Seoul opened a new library in March 2024.', '2025-03-14'),
      claimOf('d', 'Seoul elected a new mayor in 2023.', '2025-03-14'),
      claimOf('e', 'Flooding forced 3,000 residents of Busan to leave their homes on Thursday.', '2025-03-14'),
      claimOf('f', 'On Thursday, 3,000 residents of Tokyo were forced from their homes by flooding.', '2025-03-14'),
    ];
    expect(claims.filter((claim) => claim.entities.some((entity) => entity.id === 'place:seoul')).map((claim) => claim.article)).toEqual(['a', 'b', 'c', 'd']);
    const pairs = candidatePairs(claims, { maxKeyFrequency: 2 }).map((pair) => [pair.a.article, pair.b.article]);
    expect(pairs).toContainEqual(['a', 'b']);
    expect(pairs.filter((pair) => pair.includes('c') || pair.includes('d'))).toEqual([]);
  });

  it('does not pair claims of one article with each other', () => {
    expect(candidatePairs(claimsOf('a', 'The drill was held on Friday near Jeju. The drill was held on Friday near Jeju island.'))).toEqual([]);
  });

  it('groups claims into topics and events with stable ids', () => {
    const claims = [
      claimOf('a', 'Canada and Denmark held a joint naval drill near Greenland on April 14.', '2025-04-15'),
      claimOf('b', 'Canada and Denmark held a naval drill near Greenland on April 14, officials said.', '2025-04-15'),
    ];
    const { topics, events } = align(claims);
    expect(topics).toEqual([{ id: 't1', label: expect.any(String), claims: ['a#1', 'b#1'] }]);
    expect(events).toMatchObject([{ id: 't1.e1', kind: 'drill', date: '2025-04-14', claims: ['a#1', 'b#1'] }]);
  });

  it('tells events apart by kind and by time', () => {
    const landing = claimOf('a', 'A B-52 bomber landed in South Korea on October 17.', '2023-10-18');
    const deployment = claimOf('b', 'A B-52H bomber was deployed to the Korean Peninsula on July 11.', '2025-07-11');
    expect(eventScope(landing, deployment)).toMatchObject({ same: false, qualifier: 'kind' });
    const drill2023 = claimOf('c', 'The allies held a joint air drill on October 22.', '2023-10-23');
    const drill2025 = claimOf('d', 'The allies held a joint air drill on July 11.', '2025-07-11');
    expect(eventScope(drill2023, drill2025)).toMatchObject({ same: false, qualifier: 'time' });
    expect(eventScope(drill2025, claimOf('e', 'The allies held a joint air drill on Friday.', '2025-07-11'))).toEqual({ same: true, dated: true });
  });

  it('tells a month from a day of another month, and not from a day within it', () => {
    const march = claimOf('a', 'Dock workers at Tolvik held a one-day strike in March.', '2025-09-15');
    const september = claimOf('b', 'Dock workers at Tolvik went on strike on September 15.', '2025-09-15');
    expect(eventScope(march, september)).toMatchObject({ same: false, qualifier: 'time' });
    expect(eventScope(claimOf('c', 'Dock workers at Tolvik went on strike in September.', '2025-09-15'), september)).toMatchObject({ same: true });
    expect(eventScope(claimOf('d', 'Dock workers at Tolvik went on strike in August.', '2025-09-15'), claimOf('e', 'Dock workers at Tolvik went on strike on September 2.', '2025-09-15'))).toMatchObject({ same: true });
  });

  it('tells events apart by participants when each claim names two the other does not', () => {
    const lima = claimOf('a', 'Brazil, Chile and Peru held a summit in Lima on Monday, November 10.', '2025-11-12');
    const quito = claimOf('b', 'Argentina, Colombia and Peru held a summit in Quito on Monday, November 10.', '2025-11-12');
    expect(eventScope(lima, quito)).toMatchObject({ same: false, qualifier: 'participants', a: '“Brazil”, “Chile”', b: '“Argentina”, “Colombia”' });
    const oneSwapped = claimOf('c', 'Brazil, Chile and Ecuador held a summit in Lima on Monday, November 10.', '2025-11-12');
    expect(eventScope(lima, oneSwapped)).toEqual({ same: true, dated: true });
    const untyped = claimOf('d', 'Oskaria, Peltar and Marrak held a summit in Kestrel Bay on Thursday, May 25.', '2023-05-26');
    const otherUntyped = claimOf('e', 'Lunesia, Sandor and Marrak held a summit in Kestrel Bay on Thursday, May 25.', '2023-05-26');
    expect(eventScope(untyped, otherUntyped)).toMatchObject({ same: false, qualifier: 'participants' });
  });

  it('dates an undated claim by its article\'s publication day, and only loosely', () => {
    const undated = (id: string, published: string) => claimOf(id, '"We will keep working together to protect Morava," said President Anna Holm.', published);
    expect(undated('a', '2025-06-25').published).toBe('2025-06-25');
    expect(claimOf('b', 'The allies held a joint air drill on July 11.', '2025-07-11').published).toBeUndefined();
    expect(eventScope(undated('a', '2025-06-25'), undated('b', '2022-04-07'))).toMatchObject({ same: false, qualifier: 'published' });
    // Follow-ups repeat what was said weeks before: within 30 days, still one event.
    expect(eventScope(undated('a', '2025-06-25'), undated('b', '2025-06-01'))).toEqual({ same: true, dated: false });
    const dated = claimOf('c', 'President Anna Holm spoke in Morava on July 11, 2022.', '2022-07-12');
    expect(eventScope(undated('a', '2025-06-25'), dated)).toMatchObject({ same: false, qualifier: 'published' });
    expect(eventScope(undated('a', '2022-07-20'), dated)).toMatchObject({ same: true });
  });
});
