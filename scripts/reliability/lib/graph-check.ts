// What the crash and concurrency checks compare: each article's quotes and mentions, the
// counts of every label and relationship type, duplicate entities, and a digest of the whole
// graph keyed by ids (not elementIds, which differ between databases).
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { aliasKey } from '../../../src/model/names.js';

export interface ArticleShape {
  quotes: number;
  mentions: number;
  /** Quote ids in order: the same text always yields the same ids. */
  quoteIds: string[];
}

export interface GraphSnapshot {
  articles: Map<string, ArticleShape>;
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** "Person:keir starmer" for every type+name held by more than one entity node. */
  duplicateEntities: string[];
  /** Ids held by more than one node of a kind (constraints should make this impossible). */
  duplicateIds: string[];
  /** "per_x Name" for every entity, sorted. */
  entities: string[];
  digest: string;
}

async function read<T>(driver: Driver, cypher: string, map: (get: (key: string) => unknown) => T): Promise<T[]> {
  const res = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  return res.records.map((r) => map((key) => r.get(key)));
}

export async function snapshotGraph(driver: Driver): Promise<GraphSnapshot> {
  const articleRows = await read(
    driver,
    `MATCH (a:Article)
     CALL (a) { OPTIONAL MATCH (q:Quote)-[:IN_ARTICLE]->(a) WITH q ORDER BY q.id RETURN collect(q.id) AS quoteIds }
     CALL (a) { OPTIONAL MATCH (a)-[m:MENTIONS]->() RETURN count(m) AS mentions }
     RETURN a.id AS id, quoteIds, mentions`,
    (get) => ({ id: String(get('id')), quoteIds: get('quoteIds') as string[], mentions: Number(get('mentions')) }),
  );
  const articles = new Map<string, ArticleShape>();
  for (const row of articleRows) articles.set(row.id, { quotes: row.quoteIds.length, mentions: row.mentions, quoteIds: row.quoteIds });

  const labels: Record<string, number> = {};
  for (const row of await read(driver, 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n', (get) => [get('label'), get('n')])) {
    labels[String(row[0])] = Number(row[1]);
  }
  const relationships: Record<string, number> = {};
  for (const row of await read(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n', (get) => [get('type'), get('n')])) {
    relationships[String(row[0])] = Number(row[1]);
  }

  const entities = await read(
    driver,
    'MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> "Entity"][0] AS type, e.name AS name',
    (get) => ({ id: String(get('id')), type: String(get('type')), name: String(get('name')) }),
  );
  const seen = new Map<string, number>();
  for (const e of entities) {
    const key = `${e.type}:${aliasKey(e.name)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const duplicateEntities = [...seen].filter(([, n]) => n > 1).map(([key]) => key).sort();
  const duplicateIds = await read(
    driver,
    `MATCH (n) WITH coalesce(n.id, n.key) AS id, labels(n) AS labels, count(*) AS n WHERE id IS NOT NULL AND n > 1
     RETURN id + ' x' + toString(n) AS dup`,
    (get) => String(get('dup')),
  );

  const entityList = entities.map((e) => `${e.id} ${e.name}`).sort();
  return { articles, labels, relationships, duplicateEntities, duplicateIds, entities: entityList, digest: await graphDigest(driver) };
}

/** sha256 over every node (labels, key, properties) and relationship (ends by key, type, properties); ingestedAt left out. */
async function graphDigest(driver: Driver): Promise<string> {
  const nodes = await read(
    driver,
    'MATCH (n) RETURN labels(n) AS labels, coalesce(n.id, n.key) AS key, properties(n) AS props',
    (get) => JSON.stringify([[...(get('labels') as string[])].sort(), get('key'), plainProps(get('props'))]),
  );
  const rels = await read(
    driver,
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS type, properties(r) AS props, coalesce(b.id, b.key) AS b',
    (get) => JSON.stringify([get('a'), get('type'), plainProps(get('props')), get('b')]),
  );
  return createHash('sha256').update([...nodes, ...rels].sort().join('\n')).digest('hex');
}

function plainProps(props: unknown): [string, string][] {
  return Object.entries(props as Record<string, unknown>)
    .filter(([key]) => key !== 'ingestedAt')
    .map(([key, value]): [string, string] => [key, Array.isArray(value) ? JSON.stringify(value.map(String)) : String(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

export interface Comparison {
  /** Articles present whose quotes or mentions differ from the reference: partly written. */
  partial: string[];
  /** Reference articles not in the graph. */
  missing: string[];
  /** Articles in the graph the reference does not have. */
  unexpected: string[];
}

export function compareArticles(actual: GraphSnapshot, reference: GraphSnapshot): Comparison {
  const partial: string[] = [];
  const unexpected: string[] = [];
  for (const [id, shape] of actual.articles) {
    const want = reference.articles.get(id);
    if (want === undefined) unexpected.push(id);
    else if (shape.mentions !== want.mentions || shape.quoteIds.join() !== want.quoteIds.join()) {
      partial.push(`${id}: ${shape.quotes} quotes/${shape.mentions} mentions, reference ${want.quotes}/${want.mentions}`);
    }
  }
  const missing = [...reference.articles.keys()].filter((id) => !actual.articles.has(id));
  return { partial, missing, unexpected };
}
