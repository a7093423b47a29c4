/**
 * Database helpers for test files. Every test file that touches Neo4j calls resetDatabase()
 * first (e.g. in beforeEach/beforeAll); files run one at a time against the run's one Neo4j.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver, type Neo4jConnection } from '../../src/db/driver.js';

let driver: Driver | undefined;

/** Where the run's Neo4j is (provided by tests/setup/neo4j.ts). */
export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

/** One driver per test worker, closed after each file by tests/setup/close-driver.ts. */
export function testDriver(): Driver {
  driver ??= createDriver(testConnection());
  return driver;
}

export async function closeTestDriver(): Promise<void> {
  const current = driver;
  driver = undefined;
  await current?.close();
}

export interface ResetOptions {
  /** Also drop every constraint and index (not the built-in lookup indexes). Default false. */
  dropSchema?: boolean;
  /** Nodes deleted per transaction; keeps memory bounded on big graphs. */
  batchSize?: number;
}

/**
 * Deletes all nodes and relationships in batches. Constraints and indexes stay unless
 * dropSchema is set, so schema applied once (e.g. by applySchema) survives between tests.
 */
export async function resetDatabase(options: ResetOptions = {}): Promise<void> {
  const db = testDriver();
  const batchSize = options.batchSize ?? 10_000;
  for (;;) {
    const deleted = await db.executeQuery(
      'MATCH (n) WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted',
      { batchSize: neo4j.int(batchSize) },
      { routing: 'WRITE' },
    );
    if (Number(deleted.records[0]?.get('deleted') ?? 0) === 0) break;
  }
  if (options.dropSchema === true) await dropSchema(db);
}

async function dropSchema(db: Driver): Promise<void> {
  // Names come from the database itself; schema commands cannot take parameters.
  const constraints = await db.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { routing: 'READ' });
  for (const record of constraints.records) {
    await db.executeQuery(`DROP CONSTRAINT ${quoteName(record.get('name') as string)} IF EXISTS`);
  }
  const indexes = await db.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    { routing: 'READ' },
  );
  for (const record of indexes.records) {
    await db.executeQuery(`DROP INDEX ${quoteName(record.get('name') as string)} IF EXISTS`);
  }
}

function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}
