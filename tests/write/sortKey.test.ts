// The relationship sort key (src/write/sortKey.ts): Cypher and TypeScript compute the same key,
// ascending key order is exactly the read API's QUOTE_ORDER (dates descending, prefixes of dates,
// undated last, ties by article id, start, quote id), and the writer keeps keys current.
import neo4j from 'neo4j-driver';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUOTE_ORDER } from '../../src/api/queries/projections.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { sortKeyExpression, sortKeyOf } from '../../src/write/sortKey.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { ARTICLE_ID, smallBundle } from './fixture.js';

const db = () => testDriver();

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const res = await db().executeQuery(cypher, params, { routing: 'READ' });
  return res.records.map((r) => r.toObject());
}

const DATES = [null, '2025-06-01', '2025-06-01T10:00Z', '2025-06-01T10:00:00Z', '2025-06-01T09:59:59.5+01:00', '2025-06-01T10:00:00-05:00',
  '2025-05-31', '2024-12-31T23:59:59Z', '', '2025-06-1', '1999-01-01'];
const ARTICLES = ['art_1', 'art_12', 'art_2', 'art_a0', 'art_a'];
const STARTS = [0, 7, 10, 123456, 99];

/** Deterministic tuples covering ties on every level of the order. */
function tuples() {
  const out: { a: { id: string; publishedAt: string | null }; q: { id: string; start: number } }[] = [];
  let n = 0;
  for (const publishedAt of DATES) {
    for (const id of ARTICLES) {
      for (const start of STARTS) {
        n += 1;
        if (n % 3 === 0) continue;
        out.push({ a: { id, publishedAt }, q: { id: `quo_${(n * 7919) % 97}`, start } });
        if (n % 5 === 0) out.push({ a: { id, publishedAt }, q: { id: `quo_${n}x`, start } });
      }
    }
  }
  return out;
}

beforeAll(async () => {
  await applySchema(db());
});

describe('sort key', () => {
  it('Cypher and TypeScript agree, and key order is QUOTE_ORDER', async () => {
    const input = tuples().map((t) => ({ ...t, q: { ...t.q, start: neo4j.int(t.q.start) } }));
    const byOrder = await rows(
      `UNWIND $input AS t
WITH t.a AS a, t.q AS q
RETURN q.id AS qid, a.id AS aid, ${sortKeyExpression('{id: $entity}', 'a', 'q')} AS key
ORDER BY ${QUOTE_ORDER}`,
      { input, entity: 'per_x' },
    );
    const expected = tuples().map((t) => sortKeyOf('per_x', t.a.publishedAt, t.a.id, t.q.start, t.q.id));
    expect(new Set(byOrder.map((r) => r.key as string))).toEqual(new Set(expected));
    const keys = byOrder.map((r) => r.key as string);
    const sorted = [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect(keys.length).toBeGreaterThan(200);
    expect(sorted).toEqual(keys);
    // Neo4j's own string order of the keys agrees too (the index uses it).
    const neoSorted = await rows('UNWIND $keys AS k RETURN k ORDER BY k', { keys });
    expect(neoSorted.map((r) => r.k as string)).toEqual(keys);
  });
});

describe('writer keeps keys current', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  const keysInGraph = async () =>
    rows(
      `MATCH (q:Quote)-[r:SAID_BY|ABOUT|ON_TOPIC]->(e)
MATCH (q)-[:IN_ARTICLE]->(a:Article)
RETURN type(r) AS type, e.id AS entity, r.sortKey AS key, a.publishedAt AS publishedAt, a.id AS article, q.start AS start, q.id AS quote
ORDER BY type, entity, quote`,
    );

  it('sets the key on SAID_BY, ABOUT and ON_TOPIC, and recomputes it when the article date changes', async () => {
    const bundle = smallBundle();
    await writeBundle(db(), bundle);
    const first = await keysInGraph();
    expect(new Set(first.map((r) => r.type))).toEqual(new Set(['SAID_BY', 'ABOUT', 'ON_TOPIC']));
    for (const r of first) {
      expect(r.key).toBe(sortKeyOf(r.entity as string, r.publishedAt as string | null, r.article as string, Number(r.start), r.quote as string));
    }
    const redated = smallBundle();
    redated.articles[0] = { ...redated.articles[0]!, publishedAt: null };
    redated.quotes = [];
    redated.mentions = [];
    redated.facts = [];
    await writeBundle(db(), redated);
    const second = await keysInGraph();
    expect(second.length).toBe(first.length);
    for (const r of second) {
      expect(r.article).toBe(ARTICLE_ID);
      expect(r.key).toBe(sortKeyOf(r.entity as string, null, r.article as string, Number(r.start), r.quote as string));
    }
  });
});
