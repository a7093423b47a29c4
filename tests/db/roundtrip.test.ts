import neo4j from 'neo4j-driver';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDriver } from '../support/neo4j.js';

describe('Neo4j round trip through neo4j-driver', () => {
  beforeEach(async () => {
    await resetDatabase({ dropSchema: true });
  });

  it('answers RETURN 1', async () => {
    const result = await testDriver().executeQuery('RETURN 1 AS one');
    expect(neo4j.integer.toNumber(result.records[0]?.get('one'))).toBe(1);
  });

  it('reads back in a read transaction what a write transaction stored', async () => {
    const rows = [
      { id: 'per_a', name: 'Ada Lovelace', aliases: ['Ada', 'Countess of Lovelace'] },
      { id: 'per_b', name: 'Charles Babbage', aliases: [] },
    ];
    const session = testDriver().session();
    try {
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MERGE (p:Entity:Person {id: row.id})
           SET p.name = row.name, p.aliases = row.aliases
           WITH p
           MATCH (a:Person {id: 'per_a'}), (b:Person {id: 'per_b'})
           MERGE (a)-[:KNOWS {since: 1833}]->(b)`,
          { rows },
        ),
      );
      const read = await session.executeRead((tx) =>
        tx.run(
          `MATCH (p:Person) OPTIONAL MATCH (p)-[k:KNOWS]->(q)
           RETURN p.id AS id, p.name AS name, p.aliases AS aliases, q.id AS knows, k.since AS since
           ORDER BY id`,
        ),
      );
      expect(read.records.map((r) => r.toObject())).toEqual([
        { id: 'per_a', name: 'Ada Lovelace', aliases: ['Ada', 'Countess of Lovelace'], knows: 'per_b', since: neo4j.int(1833) },
        { id: 'per_b', name: 'Charles Babbage', aliases: [], knows: null, since: null },
      ]);
    } finally {
      await session.close();
    }
  });

  it('rolls back a failed write transaction', async () => {
    const session = testDriver().session();
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await tx.run('CREATE (:Probe {id: $id})', { id: 'rolled-back' });
          throw new Error('abort on purpose');
        }),
      ).rejects.toThrow('abort on purpose');
      const count = await session.executeRead((tx) => tx.run('MATCH (p:Probe) RETURN count(p) AS n'));
      expect(neo4j.integer.toNumber(count.records[0]?.get('n'))).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('resetDatabase', () => {
  it('deletes every node in batches and keeps the schema unless asked', async () => {
    const db = testDriver();
    await resetDatabase({ dropSchema: true });
    await db.executeQuery('CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE');
    await db.executeQuery('UNWIND range(1, 2500) AS i CREATE (:Probe {id: i})-[:NEXT]->(:Other {i: i})');

    await resetDatabase({ batchSize: 1000 });
    const left = await db.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { routing: 'READ' });
    expect(neo4j.integer.toNumber(left.records[0]?.get('n'))).toBe(0);
    const kept = await db.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'probe_id' RETURN name");
    expect(kept.records).toHaveLength(1);

    await resetDatabase({ dropSchema: true });
    const dropped = await db.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'probe_id' RETURN name");
    expect(dropped.records).toHaveLength(0);
  });
});
