// Substring search over entity names/aliases and quote texts, in one round trip.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { EntityRecord, QuoteRecord } from '../records.js';
import { QUOTE_ORDER, entityMap, quoteCard } from './projections.js';
import { stableCard } from './quotes.js';

// Entities whose name fits best (shortest name containing the text) come first.
const SEARCH = `CALL () {
  MATCH (al:Alias)-[:NAMES]->(e:Entity)
  WHERE $key <> '' AND al.key CONTAINS $key
  WITH DISTINCT e
  ORDER BY size(e.name), e.name, e.id
  LIMIT $limit
  RETURN collect(${entityMap('e')}) AS entities
}
CALL () {
  MATCH (q:Quote)-[:IN_ARTICLE]->(a:Article)
  WHERE toLower(q.text) CONTAINS $text
  WITH q, a ORDER BY ${QUOTE_ORDER}
  LIMIT $limit
  RETURN collect(${quoteCard('q')}) AS quotes
}
RETURN entities, quotes`;

export interface SearchHits {
  entities: EntityRecord[];
  quotes: QuoteRecord[];
}

export async function search(reader: Reader, key: string, text: string, limit: number): Promise<SearchHits> {
  const rows = await reader.read(SEARCH, { key, text, limit: neo4j.int(limit) });
  const row = rows[0];
  return {
    entities: (row?.['entities'] as EntityRecord[] | undefined) ?? [],
    quotes: ((row?.['quotes'] as QuoteRecord[] | undefined) ?? []).map(stableCard),
  };
}
