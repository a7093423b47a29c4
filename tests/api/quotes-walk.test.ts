// quotes(speaker:|about:) has two plans, switched on the entities' degree: sort every match, or
// walk articles newest first and stop after the page. Forcing each plan on the same graph must
// give the same pages and totals, in the documented order, for every window and kind.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from './client.js';
import { article, fixtureBundle, quote, scaledBundle } from './fixture.js';
import { emptyBundle, type GraphBundle, type QuoteKind } from '../../src/model/bundle.js';
import { createReader, type Reader } from '../../src/api/reader.js';
import { findQuotes, type QuoteFilter } from '../../src/api/queries/quotes.js';
import type { QuoteRecord } from '../../src/api/records.js';
import { aliasKey } from '../../src/model/names.js';
import { testDriver } from '../support/neo4j.js';

const SORT_ALL = 1_000_000_000;
const ALWAYS_WALK = 0;
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

// Newest article first, undated last, then article id, then text order.
function inOrder(a: QuoteRecord, b: QuoteRecord): number {
  const da = a.article.publishedAt;
  const db = b.article.publishedAt;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.start - b.start || (a.id < b.id ? -1 : 1);
}

const FILTERS: [string, QuoteFilter][] = [
  ['about Reform UK', { aboutKey: aliasKey('Reform UK') }],
  ['by Reed (two people)', { speakerKey: aliasKey('Reed') }],
  ['about Reed (two people)', { aboutKey: aliasKey('Reed') }],
  ['by Farage', { speakerKey: aliasKey('Farage') }],
  ['by nobody known', { speakerKey: aliasKey('No Such Person') }],
];

const WINDOWS = [
  { offset: 0, limit: 5 },
  { offset: 5, limit: 5 },
  { offset: 30, limit: 12 },
  { offset: 0, limit: 100 },
  { offset: 44, limit: 20 },
  { offset: 500, limit: 10 },
];

describe('quotes by speaker or about an entity: date walk vs full sort', () => {
  let reader: Reader;
  beforeAll(async () => {
    // 40 dated articles (dates repeat, so ties fall to article id) plus 8 undated ones.
    await loadGraph(fixtureBundle(), scaledBundle(40), undatedBundle(8));
    reader = createReader(testDriver());
  });

  for (const [name, filter] of FILTERS) {
    it(`gives the same pages and totals ${name}`, async () => {
      for (const kind of [null, ...KINDS]) {
        const f = { ...filter, kind };
        const all = await findQuotes(reader, f, { offset: 0, limit: 100 }, SORT_ALL);
        expect([...all.items].sort(inOrder).map((q) => q.id)).toEqual(all.items.map((q) => q.id));
        for (const window of WINDOWS) {
          const sorted = await findQuotes(reader, f, window, SORT_ALL);
          const walked = await findQuotes(reader, f, window, ALWAYS_WALK);
          expect(walked, `${name}, kind ${kind}, ${JSON.stringify(window)}`).toEqual(sorted);
          expect(walked.total).toBe(all.total);
          expect(walked.items.map((q) => q.id)).toEqual(
            all.items.slice(window.offset, window.offset + window.limit).map((q) => q.id),
          );
        }
      }
    });
  }

  it('reaches undated articles only after every dated one, and counts shared quotes once', async () => {
    const about = await findQuotes(reader, { aboutKey: aliasKey('Reform UK') }, { offset: 0, limit: 100 }, ALWAYS_WALK);
    // 2 fixture quotes + 40 scaled + 16 undated.
    expect(about.total).toBe(58);
    const firstUndated = about.items.findIndex((q) => q.article.publishedAt === null);
    expect(firstUndated).toBe(42);
    expect(about.items.slice(firstUndated).every((q) => q.article.publishedAt === null)).toBe(true);

    // Quotes about both Reeds are one quote each: 4 undated articles x 2 quotes.
    const aboutReed = await findQuotes(reader, { aboutKey: aliasKey('Reed') }, { offset: 0, limit: 100 }, ALWAYS_WALK);
    expect(aboutReed.total).toBe(8);
    expect(new Set(aboutReed.items.map((q) => q.id)).size).toBe(8);
  });
});
