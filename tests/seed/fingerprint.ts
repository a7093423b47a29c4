// A full content dump of the graph (every node's labels and properties, every relationship's
// type, properties and end-point keys), sorted: equal dumps mean an unchanged graph.
import type { Driver } from 'neo4j-driver';

export async function graphFingerprint(driver: Driver): Promise<string[]> {
  const res = await driver.executeQuery(
    `MATCH (n)
     WITH n, coalesce(n.id, n.key) AS key
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, key, collect([type(r), properties(r), coalesce(m.id, m.key)]) AS out
     RETURN key, labels(n) AS labels, properties(n) AS props, out`,
    {},
    { routing: 'READ' },
  );
  const stable = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(stable)
      : value !== null && typeof value === 'object' && value.constructor === Object
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]))
        : String(value);
  return res.records
    .map((r) =>
      JSON.stringify([
        r.get('key'),
        (r.get('labels') as string[]).sort(),
        stable(r.get('props')),
        (r.get('out') as unknown[]).map((o) => JSON.stringify(stable(o))).sort(),
      ]),
    )
    .sort();
}
