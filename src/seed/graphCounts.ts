// Node counts by label and relationship counts by type: the fingerprint the idempotency test
// compares before and after a repeated write, and what the seed report prints.
import type { Driver } from 'neo4j-driver';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const nodes = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    {},
    { routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
    {},
    { routing: 'READ' },
  );
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, Number(r.get('n'))])),
    relationships: Object.fromEntries(rels.records.map((r) => [r.get('type') as string, Number(r.get('n'))])),
  };
}
