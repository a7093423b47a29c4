// applySchema keys links of graphs written before the sort key existed, then marks the graph so
// later starts skip the scan; ids that would break the key are refused before anything is written.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/seed/graphCounts.js';
import { BundleError, applySchema, writeBundle } from '../../src/write/index.js';
import { SORT_KEYS_MARKER, ensureSortKeys } from '../../src/write/sortKeyBackfill.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { smallBundle } from './fixture.js';

const db = () => testDriver();

async function unkeyedLinks(): Promise<number> {
  const { records } = await db().executeQuery('MATCH ()-[r:SAID_BY|ABOUT|ON_TOPIC]->() WHERE r.sortKey IS NULL RETURN count(r) AS n');
  return Number(records[0]?.get('n'));
}

async function markerPresent(): Promise<boolean> {
  const { records } = await db().executeQuery('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n', { name: SORT_KEYS_MARKER });
  return Number(records[0]?.get('n')) > 0;
}

/** What a graph written by a version without sort keys looks like: links without keys, no marker. */
async function asWrittenByOlderVersion(): Promise<void> {
  await db().executeQuery('MATCH ()-[r:SAID_BY|ABOUT|ON_TOPIC]->() REMOVE r.sortKey');
  await db().executeQuery(`DROP INDEX ${SORT_KEYS_MARKER} IF EXISTS`);
}

beforeAll(async () => {
  await applySchema(db());
});

describe('sort key backfill', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('keys an older graph and marks it; later runs skip the scan', async () => {
    await writeBundle(db(), smallBundle());
    await asWrittenByOlderVersion();
    expect(await unkeyedLinks()).toBe(3);
    expect(await markerPresent()).toBe(false);

    await applySchema(db());
    expect(await unkeyedLinks()).toBe(0);
    expect(await markerPresent()).toBe(true);

    // With the marker the scan is skipped: a key removed behind its back stays missing
    // (only an older version writing to the graph could do that).
    await db().executeQuery('MATCH ()-[r:ABOUT]->() REMOVE r.sortKey');
    expect(await ensureSortKeys(db())).toBeNull();
    expect(await unkeyedLinks()).toBe(1);
  });

  it('leaves the graph itself alone: the marker is no node', async () => {
    await writeBundle(db(), smallBundle());
    const before = await graphCounts(db());
    await asWrittenByOlderVersion();
    expect(await ensureSortKeys(db())).toEqual({ SAID_BY: 1, ABOUT: 1, ON_TOPIC: 1 });
    expect(await graphCounts(db())).toEqual(before);
  });
});

describe('ids that would break the sort key', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  const cases: [string, (b: ReturnType<typeof smallBundle>) => void, RegExp][] = [
    ['an entity id holding the separator', (b) => {
      b.entities[1] = { ...b.entities[1]!, id: 'per_bob\u0001roe' };
      b.quotes[0] = { ...b.quotes[0]!, aboutIds: ['per_bob\u0001roe'] };
      b.mentions = b.mentions.map((m) => (m.entityId === 'per_bob-roe' ? { ...m, entityId: 'per_bob\u0001roe' } : m));
      b.facts = [];
    }, /entities\[1\]\.id: "per_bob\\u0001roe" contains U\+0000 or U\+0001/],
    ['a quote id holding U+0000', (b) => {
      b.quotes[0] = { ...b.quotes[0]!, id: 'quo_test\u00001' };
    }, /quotes\[0\]\.id: "quo_test\\u00001" contains U\+0000 or U\+0001/],
  ];

  for (const [name, mutate, message] of cases) {
    it(`refuses ${name} with a clear error and writes nothing`, async () => {
      await writeBundle(db(), smallBundle());
      const before = await graphCounts(db());
      const bad = smallBundle();
      mutate(bad);
      const error = await writeBundle(db(), bad).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(BundleError);
      expect((error as Error).message).toMatch(message);
      expect(await graphCounts(db())).toEqual(before);
    });
  }
});
