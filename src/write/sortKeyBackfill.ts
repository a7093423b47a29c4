// Graphs written before the sort key existed (the seed of an older checkout, the 1M-quote bench
// graph, users' data) have SAID_BY/ABOUT/ON_TOPIC links without it, and the read API's index
// seek would silently miss those quotes. applySchema runs this after creating the indexes:
// every link without a key gets one, in batches of their own transactions (so a huge graph
// never needs one huge transaction, and an interrupted run resumes where it stopped).
// Finding the links without a key is a scan of every quote link (1.3 s at 1M quotes even when
// there is nothing to do), so it runs once per graph (./migrationMarker.ts).
// Every writer of this version keys its links (src/write/statements.ts), so after the marker
// no link can lack a key unless an older version writes to the graph again.
import neo4j, { type Driver } from 'neo4j-driver';
import { runOnce } from './migrationMarker.js';
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

export const SORT_KEYS_MARKER = 'migration_sort_keys_backfilled';

/**
 * Keys every link that lacks one unless a finished backfill already marked the graph; returns
 * the counts keyed, or null when the marker made the scan unnecessary.
 */
export async function ensureSortKeys(driver: Driver, batch = BACKFILL_BATCH): Promise<Record<KeyedRelationship, number> | null> {
  return runOnce(driver, SORT_KEYS_MARKER, 'sortKeysBackfilled', () => backfillSortKeys(driver, batch));
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
