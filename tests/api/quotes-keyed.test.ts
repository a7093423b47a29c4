// quotes(speaker:|about:|topic:) on their own take the keyed plan: a range seek on the links'
// sortKey (src/write/sortKey.ts) instead of sorting every match. Forcing each plan on the same
// graph must give the same pages and totals, in the documented order, for every window and kind,
// including ties on date and article, date-times sharing a date, and undated articles; a graph
// written without keys gets them from applySchema and then answers the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from './client.js';
import { article, fixtureBundle, quote, scaledBundle } from './fixture.js';
import { emptyBundle, type GraphBundle, type QuoteKind } from '../../src/model/bundle.js';
import { createReader, type Reader } from '../../src/api/reader.js';
import { findQuotes, quotesOf, type QuoteFilter, type QuoteRelation } from '../../src/api/queries/quotes.js';
import type { QuoteRecord } from '../../src/api/records.js';
import { aliasKey } from '../../src/model/names.js';
import { applySchema } from '../../src/write/index.js';
import { SORT_KEYS_MARKER } from '../../src/write/sortKeyBackfill.js';
import { testDriver } from '../support/neo4j.js';

const KINDS: QuoteKind[] = ['DIRECT', 'INDIRECT', 'MIXED'];

/**
 * Undated articles (last in the order) with quotes of every kind by both Reeds (one alias key,
 * two entities), some about both Reeds at once, so totals must count distinct quotes.
 */
function undatedBundle(n: number): GraphBundle {
  const b = emptyBundle();
  for (let i = 0; i < n; i++) {
    const text = `Reed said the plan was fine (${i}). Reed said it again (${i}).`;
    const a = article(`Undated ${i}`, text, null);
    b.articles.push(a);
    for (const [j, content] of [`the plan was fine (${i})`, `it again (${i})`].entries()) {
      b.quotes.push(
        quote(a, {
          id: `quo_undated-${i}-${j}`,
          kind: KINDS[(i + j) % KINDS.length]!,
          content,
          cue: 'said',
          speakerId: j === 0 ? 'per_steve-reed' : 'per_jamie-reed',
          aboutIds: i % 2 === 0 ? ['org_reform-uk', 'per_steve-reed', 'per_jamie-reed'] : ['org_reform-uk'],
        }),
      );
    }
  }
  return b;
}

/**
 * Articles dated by day and by time on the same days ("2024-03-05" sorts after
 * "2024-03-05T09:00Z" when newest come first), several quotes each, on a topic.
 */
function sameDayBundle(): GraphBundle {
  const b = emptyBundle();
  const dates = ['2024-03-05', '2024-03-05T09:00Z', '2024-03-05T09:00:30.5+01:00', '2024-03-05', '2024-03-04T23:59:59Z', '2024-03-05T10:00Z'];
  for (const [i, date] of dates.entries()) {
    const text = `Reed said the day was long (${i}). Farage said it was short (${i}).`;
    const a = article(`Same day ${i}`, text, date);
    b.articles.push(a);
    b.quotes.push(
      quote(a, { id: `quo_day-${i}-b`, kind: KINDS[i % 3]!, content: `it was short (${i})`, cue: 'said', speakerId: 'per_nigel-farage', aboutIds: ['org_reform-uk'], topicIds: ['top_immigration'] }),
      quote(a, { id: `quo_day-${i}-a`, kind: KINDS[(i + 1) % 3]!, content: `the day was long (${i})`, cue: 'said', speakerId: 'per_steve-reed', aboutIds: ['org_reform-uk', 'per_jamie-reed'], topicIds: ['top_immigration'] }),
    );
  }
  return b;
}

// Newest article first, undated last, then article id, then text order.
function inOrder(a: QuoteRecord, b: QuoteRecord): number {
  // Full cards (findQuotes' default shape) always carry the article.
  const da = a.article!.publishedAt;
  const db = b.article!.publishedAt;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  if (a.article!.id !== b.article!.id) return a.article!.id < b.article!.id ? -1 : 1;
  return a.start - b.start || (a.id < b.id ? -1 : 1);
}

const FILTERS: [string, QuoteFilter][] = [
  ['about Reform UK', { aboutKey: aliasKey('Reform UK') }],
  ['by Reed (two people)', { speakerKey: aliasKey('Reed') }],
  ['about Reed (two people)', { aboutKey: aliasKey('Reed') }],
  ['by Farage', { speakerKey: aliasKey('Farage') }],
  ['by nobody known', { speakerKey: aliasKey('No Such Person') }],
  ['on immigration', { topicKey: aliasKey('migration') }],
  ['on clean energy', { topicKey: aliasKey('clean energy') }],
  // Combined filters: the keyed plan seeks the side with fewer links and checks the others.
  ['by Reed (two people) about Reform UK', { speakerKey: aliasKey('Reed'), aboutKey: aliasKey('Reform UK') }],
  ['by Farage about Reform UK', { speakerKey: aliasKey('Farage'), aboutKey: aliasKey('Reform UK') }],
  ['about Reed (two people) on immigration', { aboutKey: aliasKey('Reed'), topicKey: aliasKey('immigration') }],
  ['by Steve Reed about Reform UK on immigration', { speakerKey: aliasKey('Steve Reed'), aboutKey: aliasKey('Reform UK'), topicKey: aliasKey('immigration') }],
  ['by nobody known about Reform UK', { speakerKey: aliasKey('No Such Person'), aboutKey: aliasKey('Reform UK') }],
];

const WINDOWS = [
  { offset: 0, limit: 5 },
  { offset: 5, limit: 5 },
  { offset: 30, limit: 12 },
  { offset: 0, limit: 100 },
  { offset: 44, limit: 20 },
  { offset: 500, limit: 10 },
];

async function samePlans(reader: Reader, name: string, filter: QuoteFilter): Promise<void> {
  for (const kind of [null, ...KINDS]) {
    const f = { ...filter, kind };
    const all = await findQuotes(reader, f, { offset: 0, limit: 100 }, 'sort');
    expect([...all.items].sort(inOrder).map((q) => q.id)).toEqual(all.items.map((q) => q.id));
    for (const window of WINDOWS) {
      const sorted = await findQuotes(reader, f, window, 'sort');
      const keyed = await findQuotes(reader, f, window, 'keyed');
      expect(keyed, `${name}, kind ${kind}, ${JSON.stringify(window)}`).toEqual(sorted);
      expect(keyed.total).toBe(all.total);
      expect(keyed.items.map((q) => q.id)).toEqual(all.items.slice(window.offset, window.offset + window.limit).map((q) => q.id));
      // A request that reads neither totalCount nor pageInfo gets the same page without a count.
      const pageOnly = await findQuotes(reader, f, window, 'keyed', undefined, false);
      expect(pageOnly.items, `${name}, kind ${kind}, ${JSON.stringify(window)}, no total`).toEqual(sorted.items);
    }
    const counted = await findQuotes(reader, f, { offset: 0, limit: 0 }, 'keyed');
    expect(counted.total).toBe(all.total);
  }
}

describe('quotes by speaker, about an entity or on a topic: keyed seek vs full sort', () => {
  let reader: Reader;
  beforeAll(async () => {
    // 40 dated articles (dates repeat, so ties fall to article id), same-day dates and
    // date-times, and 8 undated articles.
    await loadGraph(fixtureBundle(), scaledBundle(40), sameDayBundle(), undatedBundle(8));
    reader = createReader(testDriver());
  });

  for (const [name, filter] of FILTERS) {
    it(`gives the same pages and totals ${name}`, async () => {
      await samePlans(reader, name, filter);
    });
  }

  const NESTED: [QuoteRelation, string, QuoteFilter][] = [
    ['said', 'per_nigel-farage', { speakerKey: aliasKey('Farage') }],
    ['said', 'per_steve-reed', { speakerKey: aliasKey('Steve Reed') }],
    ['about', 'org_reform-uk', { aboutKey: aliasKey('Reform UK') }],
    ['about', 'per_jamie-reed', { aboutKey: aliasKey('Jamie Reed') }],
    ['topic', 'top_immigration', { topicKey: aliasKey('immigration') }],
  ];

  it('pages nested lists (said, quotedAbout, topic quotes) by key as the full sort does', async () => {
    for (const [relation, id, filter] of NESTED) {
      const keys = [...WINDOWS, { offset: 0, limit: 0 }].map((w) => ({ id, ...w }));
      const pages = await quotesOf(reader, relation, [...keys, { id: 'per_nobody', offset: 0, limit: 5 }]);
      for (const [i, key] of keys.entries()) {
        const expected = await findQuotes(reader, filter, key, 'sort');
        expect(pages[i], `${relation} ${id} ${JSON.stringify(key)}`).toEqual(expected);
      }
      expect(pages.at(-1)).toEqual({ total: 0, offset: 0, items: [] });
    }
  });

  it('reaches undated articles only after every dated one, and counts shared quotes once', async () => {
    const about = await findQuotes(reader, { aboutKey: aliasKey('Reform UK') }, { offset: 0, limit: 100 }, 'keyed');
    // 2 fixture quotes + 40 scaled + 12 same-day + 16 undated.
    expect(about.total).toBe(70);
    const firstUndated = about.items.findIndex((q) => q.article!.publishedAt === null);
    expect(firstUndated).toBe(54);
    expect(about.items.slice(firstUndated).every((q) => q.article!.publishedAt === null)).toBe(true);

    // Quotes about both Reeds are one quote each: 4 undated articles x 2 quotes, plus 6
    // same-day quotes about Jamie Reed only.
    const aboutReed = await findQuotes(reader, { aboutKey: aliasKey('Reed') }, { offset: 0, limit: 100 }, 'keyed');
    expect(aboutReed.total).toBe(14);
    expect(aboutReed.items.map((q) => q.id)).toEqual([...new Set(aboutReed.items.map((q) => q.id))]);
    expect(aboutReed.items).toHaveLength(14);
  });
});

describe('a graph written before the sort key existed', () => {
  it('is keyed by applySchema and then answers as the full sort does', async () => {
    await loadGraph(fixtureBundle(), scaledBundle(12), sameDayBundle(), undatedBundle(4));
    const driver = testDriver();
    const reader = createReader(driver);
    const filter = { aboutKey: aliasKey('Reform UK') };
    const expected = await findQuotes(reader, filter, { offset: 0, limit: 100 }, 'sort');
    // An older version's graph: links without keys and no backfill marker.
    await driver.executeQuery('MATCH ()-[r:SAID_BY|ABOUT|ON_TOPIC]->() REMOVE r.sortKey');
    await driver.executeQuery(`DROP INDEX ${SORT_KEYS_MARKER} IF EXISTS`);
    // Without keys the seek finds nothing: the backfill is what makes the next check pass.
    expect((await findQuotes(reader, filter, { offset: 0, limit: 100 }, 'keyed')).items).toEqual([]);
    await applySchema(driver);
    const { records } = await driver.executeQuery('MATCH ()-[r:SAID_BY|ABOUT|ON_TOPIC]->() WHERE r.sortKey IS NULL RETURN count(r) AS n');
    expect(Number(records[0]?.get('n'))).toBe(0);
    expect(await findQuotes(reader, filter, { offset: 0, limit: 100 }, 'keyed')).toEqual(expected);
    for (const [name, f] of FILTERS) await samePlans(reader, name, f);
  });
});
