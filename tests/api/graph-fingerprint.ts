// A digest of everything in the graph, to prove a request changed nothing.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export async function graphFingerprint(driver: Driver): Promise<{ nodes: number; relationships: number; digest: string }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    {},
    { routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    {},
    { routing: 'READ' },
  );
  const lines = [
    ...nodes.records.map((r) => JSON.stringify([r.get('id'), [...(r.get('labels') as string[])].sort(), sorted(r.get('props'))])),
    ...rels.records.map((r) => JSON.stringify([r.get('a'), r.get('type'), sorted(r.get('props')), r.get('b')])),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: rels.records.length,
    digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

function sorted(props: unknown): [string, string][] {
  return Object.entries(props as Record<string, unknown>)
    .map(([k, v]): [string, string] => [k, String(v)])
    .sort(([a], [b]) => a.localeCompare(b));
}
