// Aliases written before Alias.types existed (src/write/statements.ts MERGE_ALIASES) get their
// list of named entity types, in batches of their own transactions, once per graph
// (./migrationMarker.ts). Readers expand an alias without it, so this only makes an older
// graph's lookups as cheap as a new one's; it never changes an answer.
import neo4j, { type Driver } from 'neo4j-driver';
import { runOnce } from './migrationMarker.js';
import { NAMED_TYPES } from './statements.js';

export const ALIAS_TYPES_MARKER = 'migration_alias_types_backfilled';
export const ALIAS_BATCH = 10_000;

const BACKFILL = `MATCH (a:Alias)
WHERE a.types IS NULL
CALL (a) {
  SET a.types = ${NAMED_TYPES}
} IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS typed`;

/** Types every alias that lacks its list; returns how many, or null when a finished run marked the graph. */
export async function ensureAliasTypes(driver: Driver, batch = ALIAS_BATCH): Promise<number | null> {
  return runOnce(driver, ALIAS_TYPES_MARKER, 'aliasTypesBackfilled', async () => {
    // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const res = await session.run(BACKFILL, { batch: neo4j.int(batch) });
      return neo4j.integer.toNumber(res.records[0]?.get('typed') ?? 0);
    } finally {
      await session.close();
    }
  });
}
