// writeBundle's CREATE path for articles read as new: the very graph the MERGE path writes,
// a fallback to MERGE when the article is there after all, and nothing written on a bad bundle.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../src/model/bundle.js';
import { BundleError, applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { ARTICLE_ID, smallBundle } from './fixture.js';

const db = () => testDriver();

/** Every node and relationship with its properties (ingestedAt aside), keyed by id or key. */
async function dump(): Promise<{ nodes: string[]; rels: string[] }> {
  const read = async (cypher: string): Promise<string[]> => {
    const { records } = await db().executeQuery(cypher, {}, { routing: 'READ' });
    return records.map((r) => {
      const { props, ...rest } = r.toObject() as { props: Record<string, unknown> };
      const sorted = Object.keys(props).sort().filter((k) => k !== 'ingestedAt').map((k) => [k, String(props[k])]);
      return JSON.stringify({ ...rest, props: sorted });
    }).sort();
  };
  return {
    nodes: await read('MATCH (n) RETURN labels(n) AS labels, coalesce(n.id, n.key) AS id, properties(n) AS props'),
    rels: await read('MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props'),
  };
}

/** The fixture with rows MERGE would collapse: a repeated mention, a quote's target listed twice. */
function bundleWithRepeats(): GraphBundle {
  const bundle = smallBundle();
  bundle.mentions.push({ ...bundle.mentions[1]!, score: 0.5 });
  bundle.quotes[0]!.aboutIds.push('per_bob-roe');
  bundle.quotes[0]!.topicIds.push('top_tax');
  return bundle;
}

beforeAll(async () => {
  await resetDatabase({ dropSchema: true });
  await applySchema(db());
});
beforeEach(async () => {
  await resetDatabase();
});

describe("writeBundle with articles: 'create'", () => {
  it('writes the same graph as the MERGE path, repeated rows collapsed the same way', async () => {
    await writeBundle(db(), bundleWithRepeats());
    const merged = await dump();
    await resetDatabase();
    await writeBundle(db(), bundleWithRepeats(), { articles: 'create' });
    expect(await dump()).toEqual(merged);
    expect(merged.rels.filter((r) => r.includes('"MENTIONS"'))).toHaveLength(3);
  });

  it('falls back to MERGE when the article is already stored, changing nothing', async () => {
    await writeBundle(db(), smallBundle());
    const before = await dump();
    await writeBundle(db(), smallBundle(), { articles: 'create' });
    expect(await dump()).toEqual(before);
  });

  it('refuses a reference to an entity that exists nowhere and writes nothing', async () => {
    const bundle = smallBundle();
    bundle.quotes[0]!.aboutIds = ['per_nobody'];
    await expect(writeBundle(db(), bundle, { articles: 'create' })).rejects.toThrow(BundleError);
    await expect(writeBundle(db(), bundle, { articles: 'create' })).rejects.toThrow(/per_nobody/);
    const { records } = await db().executeQuery('MATCH (n) RETURN count(n) AS n', {}, { routing: 'READ' });
    expect(Number(records[0]?.get('n'))).toBe(0);
    expect(ARTICLE_ID).toMatch(/^art_/);
  });
});
