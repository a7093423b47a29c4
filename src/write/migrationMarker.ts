// A one-time data migration run by applySchema finds its work by scanning (every quote link,
// every alias), which costs seconds on a big graph even when there is nothing to do. Once it has
// finished, a marker says so and later starts skip the scan in O(1). The marker is a schema
// object, not a node: a node would show up in every count of the graph's nodes (the seed's "is
// the database empty?" among them). It is created only after the work has committed; a run
// interrupted before that scans again next time, and a graph written by an older version has no
// marker, so it is scanned and migrated.
import neo4j, { type Driver } from 'neo4j-driver';

/** The marker: an index on a label no data uses, so it costs nothing to keep. */
function createMarker(name: string, property: string): string {
  return `CREATE INDEX ${name} IF NOT EXISTS FOR (m:QuotegraphMigration) ON (m.${property})`;
}

export async function markerExists(driver: Driver, name: string): Promise<boolean> {
  const { records } = await driver.executeQuery('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n', { name }, { routing: 'READ' });
  return neo4j.integer.toNumber(records[0]?.get('n') ?? 0) > 0;
}

/** Runs `work` unless the marker `name` exists, then sets the marker; null when skipped. */
export async function runOnce<T>(driver: Driver, name: string, property: string, work: () => Promise<T>): Promise<T | null> {
  if (await markerExists(driver, name)) return null;
  const result = await work();
  await driver.executeQuery(createMarker(name, property));
  return result;
}
