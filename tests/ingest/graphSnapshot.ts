// The graph as ingest leaves it, for tests that compare two ways of ingesting the same articles.
import { testDriver } from '../support/neo4j.js';

/** The graph as ingest leaves it, minus timestamps: what one-by-one and batch ingest must agree on. */
export async function graphSnapshot(): Promise<Record<string, unknown>> {
  const q = async (cypher: string): Promise<unknown[]> => (await testDriver().executeQuery(cypher, {}, { routing: 'READ' })).records.map((r) => r.toObject());
  return {
    // Alias lists compare as sets: merged rows may list the same names in another order.
    entities: (await q('MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases ORDER BY id')).map((e) => ({
      ...(e as { aliases: string[] }),
      aliases: [...(e as { aliases: string[] }).aliases].sort(),
    })),
    aliases: await q('MATCH (a:Alias)-[:NAMES]->(e) RETURN a.key AS key, e.id AS id ORDER BY key, id'),
    roles: await q('MATCH (p)-[:HOLDS]->(r:Role) RETURN p.id AS person, r.id AS id, r.title AS title, r.current AS current ORDER BY id'),
    quotes: await q('MATCH (q:Quote)-[:IN_ARTICLE]->(a) OPTIONAL MATCH (q)-[s:SAID_BY]->(p) RETURN q.id AS id, a.id AS article, p.id AS speaker, s.score AS score, s.sortKey AS key ORDER BY id'),
    mentions: await q('MATCH (a:Article)-[m:MENTIONS]->(e) RETURN a.id AS article, e.id AS entity, m.start AS start, m.score AS score ORDER BY article, start, entity'),
    rels: await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
  };
}
