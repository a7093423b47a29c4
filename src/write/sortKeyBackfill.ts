// Graphs written before the sort key existed (the seed of an older checkout, the 1M-quote bench
// graph, users' data) have SAID_BY/ABOUT/ON_TOPIC links without it, and the read API's index
// seek would silently miss those quotes. applySchema runs this after creating the indexes:
// every link without a key gets one, in batches of their own transactions (so a huge graph
// never needs one huge transaction, and an interrupted run resumes where it stopped).
import neo4j, { type Driver } from 'neo4j-driver';
import { KEYED_RELATIONSHIPS, sortKeyExpression, type KeyedRelationship } from './sortKey.js';

export const BACKFILL_BATCH = 10_000;

function backfillStatement(rel: KeyedRelationship): string {
  return `MATCH (q:Quote)-[r:${rel}]->(e)
WHERE r.sortKey IS NULL
CALL (q, r, e) {
  MATCH (q)-[:IN_ARTICLE]->(a:Article)
  SET r.sortKey = ${sortKeyExpression('e', 'a', 'q')}
} IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS keyed`;
}

/** Keys every link that lacks one; returns how many were keyed per relationship type. */
export async function backfillSortKeys(driver: Driver, batch = BACKFILL_BATCH): Promise<Record<KeyedRelationship, number>> {
  const keyed = { SAID_BY: 0, ABOUT: 0, ON_TOPIC: 0 };
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const rel of KEYED_RELATIONSHIPS) {
      const res = await session.run(backfillStatement(rel), { batch: neo4j.int(batch) });
      keyed[rel] = neo4j.integer.toNumber(res.records[0]?.get('keyed') ?? 0);
    }
  } finally {
    await session.close();
  }
  return keyed;
}
