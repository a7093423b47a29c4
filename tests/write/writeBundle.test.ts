// writeBundle against a real Neo4j: one transaction, MERGE on ids, alias union, nothing
// partial on failure, and stale quote edges dropped when a quote is re-linked.
import neo4j from 'neo4j-driver';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/seed/graphCounts.js';
import { BundleError, applySchema, writeBundle } from '../../src/write/index.js';
import { readSchemaStatements } from '../../src/write/schema.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { ARTICLE_ID, smallBundle } from './fixture.js';

const db = () => testDriver();

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const res = await db().executeQuery(cypher, params, { routing: 'READ' });
  return res.records.map((r) => r.toObject());
}

beforeAll(async () => {
  await resetDatabase({ dropSchema: true });
  await applySchema(db());
});
beforeEach(async () => {
  await resetDatabase();
});

describe('applySchema', () => {
  it('creates every constraint and index in schema/ and is a no-op the second time', async () => {
    const names = async () =>
      (await rows("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name")).map((r) => r.name as string);
    const before = await names();
    const statements = await readSchemaStatements();
    const declared = statements.map((s) => /(?:CONSTRAINT|INDEX)\s+(\w+)/.exec(s)?.[1]);
    expect(before).toEqual(expect.arrayContaining(declared));
    await applySchema(db());
    expect(await names()).toEqual(before);
    const constraints = (await rows('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(constraints).toEqual(expect.arrayContaining(['entity_id', 'alias_key', 'article_sha256', 'quote_id']));
  });
});

describe('writeBundle', () => {
  it('writes the model and changes nothing when the same bundle is written again', async () => {
    await writeBundle(db(), smallBundle());
    const first = await graphCounts(db());
    expect(first.nodes).toMatchObject({ Entity: 5, Person: 2, Organisation: 2, Topic: 1, Article: 1, Quote: 1, Role: 1, Fact: 1 });
    expect(first.relationships).toMatchObject({ SAID_BY: 1, ABOUT: 1, ON_TOPIC: 1, VIA: 1, IN_ARTICLE: 2, MENTIONS: 3, HOLDS: 1, IN_ORGANISATION: 1, MEMBER_OF: 1, INVOLVES: 1 });
    const [article] = await rows('MATCH (a:Article) RETURN a.ingestedAt AS at');
    await writeBundle(db(), smallBundle());
    expect(await graphCounts(db())).toEqual(first);
    const [again] = await rows('MATCH (a:Article) RETURN a.ingestedAt AS at');
    expect(String(again?.at)).toBe(String(article?.at));
  });

  it('stores alias keys for the name and every alias, and finds the quote through them', async () => {
    await writeBundle(db(), smallBundle());
    const found = await rows(
      'MATCH (:Alias {key: $key})-[:NAMES]->(p:Person)<-[s:SAID_BY]-(q:Quote)-[:VIA]->(c) RETURN p.id AS id, s.score AS score, c.name AS channel, q.start AS start, q.cue AS cue',
      { key: 'ann lee' },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'per_ann-lee', score: 0.9, channel: 'BBC', cue: 'told the BBC' });
    // offsets are integers in the graph, not floats
    expect(neo4j.isInt(found[0]?.start)).toBe(true);
    const keys = (await rows('MATCH (a:Alias)-[:NAMES]->(:Entity {id: "per_ann-lee"}) RETURN a.key AS key ORDER BY key')).map((r) => r.key);
    expect(keys).toEqual(['ann lee', 'lee']);
  });

  it('unions aliases on a re-write and keeps a replaced name as an alias', async () => {
    await writeBundle(db(), smallBundle());
    const renamed = smallBundle();
    renamed.entities[0] = { id: 'per_ann-lee', type: 'Person', name: 'Ann Mary Lee', aliases: ['Annie'] };
    await writeBundle(db(), renamed);
    const [ann] = await rows('MATCH (e:Entity {id: "per_ann-lee"}) RETURN e.name AS name, e.aliases AS aliases');
    expect(ann?.name).toBe('Ann Mary Lee');
    expect(new Set(ann?.aliases as string[])).toEqual(new Set(['Sir Ann Lee', 'Lee', 'Ann Lee', 'Annie']));
    const keys = (await rows('MATCH (a:Alias)-[:NAMES]->(:Entity {id: "per_ann-lee"}) RETURN a.key AS key')).map((r) => r.key);
    expect(new Set(keys)).toEqual(new Set(['ann lee', 'lee', 'ann mary lee', 'annie']));
    const before = await graphCounts(db());
    await writeBundle(db(), renamed);
    expect(await graphCounts(db())).toEqual(before);
  });

  it('re-links a quote: the old speaker, targets and channel edges go', async () => {
    await writeBundle(db(), smallBundle());
    const relinked = smallBundle();
    const quote = relinked.quotes[0]!;
    relinked.quotes[0] = { ...quote, speakerId: 'per_bob-roe', aboutIds: ['per_ann-lee'], topicIds: [], channel: null };
    await writeBundle(db(), relinked);
    const links = await rows('MATCH (q:Quote)-[r]->(x) WHERE type(r) <> "IN_ARTICLE" RETURN type(r) AS type, x.id AS id ORDER BY type');
    expect(links).toEqual([
      { type: 'ABOUT', id: 'per_ann-lee' },
      { type: 'SAID_BY', id: 'per_bob-roe' },
    ]);
  });

  it('adds a second bundle that refers to entities already in the graph', async () => {
    await writeBundle(db(), smallBundle());
    const text = 'Roe said taxes were fine.';
    const { sha256Hex, articleIdOf } = await import('../../src/seed/articleText.js');
    const id = articleIdOf(text);
    await writeBundle(db(), {
      articles: [{ id, title: 'Roe on tax', text, sha256: sha256Hex(text) }],
      entities: [],
      roles: [],
      memberships: [],
      quotes: [{ id: 'quo_test-2', articleId: id, kind: 'INDIRECT', content: { start: 9, end: 24, text: 'taxes were fine' }, cue: { start: 4, end: 8, text: 'said' }, source: { start: 0, end: 3, text: 'Roe' }, speakerId: 'per_bob-roe', aboutIds: [], topicIds: ['top_tax'], channel: null }],
      mentions: [{ articleId: id, entityId: 'per_bob-roe', start: 0, end: 3, text: 'Roe' }],
      facts: [],
    });
    const onTax = await rows('MATCH (:Topic {id: "top_tax"})<-[:ON_TOPIC]-(q)-[:SAID_BY]->(s) RETURN s.id AS s ORDER BY s');
    expect(onTax).toEqual([{ s: 'per_ann-lee' }, { s: 'per_bob-roe' }]);
    expect((await graphCounts(db())).nodes.Article).toBe(2);
  });

  it('refuses a reference to an entity that exists nowhere and writes nothing', async () => {
    const bad = smallBundle();
    bad.quotes[0] = { ...bad.quotes[0]!, aboutIds: ['per_bob-roe', 'per_ghost'] };
    await expect(writeBundle(db(), bad)).rejects.toThrow(/quotes\[0\]\.aboutIds\[1\]: no entity per_ghost/);
    expect(await graphCounts(db())).toEqual({ nodes: {}, relationships: {} });
  });

  it('names a missing entity referred to many times once, with its first reference', async () => {
    const bad = smallBundle();
    bad.quotes[0] = { ...bad.quotes[0]!, aboutIds: ['per_ghost', 'per_ghost', 'per_ghost'] };
    const error = await writeBundle(db(), bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    const problems = (error as BundleError).problems.filter((p) => p.includes('per_ghost'));
    expect(problems).toEqual(['quotes[0].aboutIds[0] (and 2 more references): no entity per_ghost in the bundle or the graph']);
    expect(await graphCounts(db())).toEqual({ nodes: {}, relationships: {} });
  });

  it('refuses a reference to a graph entity of the wrong type', async () => {
    await writeBundle(db(), smallBundle());
    const before = await graphCounts(db());
    const bad = smallBundle();
    bad.entities = bad.entities.filter((e) => e.id !== 'top_tax');
    bad.roles[0] = { ...bad.roles[0]!, id: 'rol_other', organisationId: 'top_tax' };
    const error = await writeBundle(db(), bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect(String(error)).toMatch(/roles\[0\]\.organisationId: top_tax is a Topic in the graph/);
    expect(await graphCounts(db())).toEqual(before);
  });

  it('refuses to change the type of an entity already in the graph', async () => {
    await writeBundle(db(), smallBundle());
    const before = await graphCounts(db());
    const bad = smallBundle();
    bad.entities[4] = { id: 'top_tax', type: 'Organisation', name: 'Tax', aliases: [] };
    bad.quotes[0] = { ...bad.quotes[0]!, topicIds: [] };
    await expect(writeBundle(db(), bad)).rejects.toThrow(/entity top_tax is a Topic in the graph, not a Organisation/);
    expect(await graphCounts(db())).toEqual(before);
  });

  it('rolls back everything when Neo4j rejects a statement late in the transaction', async () => {
    const bad = smallBundle();
    // Maps are not valid property values: the fact write fails after entities, quotes and
    // mentions have been written in the same transaction.
    bad.facts[0] = { ...bad.facts[0]!, properties: { nested: { deep: 1 } as unknown as string } };
    await expect(writeBundle(db(), bad)).rejects.toThrow(/Property values can only be of primitive types/);
    expect(await graphCounts(db())).toEqual({ nodes: {}, relationships: {} });
  });

  it('rejects spans that do not match the article text before touching the database', async () => {
    const bad = smallBundle();
    bad.mentions[0] = { ...bad.mentions[0]!, start: bad.mentions[0]!.start + 1 };
    await expect(writeBundle(db(), bad)).rejects.toThrow(/mentions\[0\]: text "Sir Ann Lee" does not match/);
    const wrongId = smallBundle();
    wrongId.articles[0] = { ...wrongId.articles[0]!, id: 'art_0000000000000000' };
    await expect(writeBundle(db(), wrongId)).rejects.toThrow(new RegExp(`articles\\[0\\]\\.id: art_0000000000000000 should be ${ARTICLE_ID}`));
    expect(await graphCounts(db())).toEqual({ nodes: {}, relationships: {} });
  });
});
