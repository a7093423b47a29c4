// Search in one round trip: entities whose name or alias key contains the text (shortest
// name first), and quotes containing its words as a phrase through the quote_text full-text
// index (schema/003_fulltext.cypher), best match first.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { EntityRecord, QuoteRecord } from '../records.js';
import { entityMap, quoteCard } from './projections.js';
import { stableCard } from './quotes.js';

const SEARCH = `CALL () {
  MATCH (al:Alias)-[:NAMES]->(e:Entity)
  WHERE al.key CONTAINS $key
  WITH DISTINCT e
  ORDER BY size(e.name), e.name, e.id
  LIMIT $limit
  RETURN collect(${entityMap('e')}) AS entities
}
CALL () {
  CALL db.index.fulltext.queryNodes('quote_text', $phrase, {limit: $limit}) YIELD node AS q, score
  WITH q ORDER BY score DESC, q.id
  RETURN collect(${quoteCard('q')}) AS quotes
}
RETURN entities, quotes`;

export interface SearchHits {
  entities: EntityRecord[];
  quotes: QuoteRecord[];
}

/** A Lucene phrase query matching the text's words in order; nothing in it is syntax. */
export function phraseQuery(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** key: the aliasKey of the text, which must not be empty (no letters or digits: no search). */
export async function search(reader: Reader, key: string, text: string, limit: number): Promise<SearchHits> {
  const rows = await reader.read(SEARCH, { key, phrase: phraseQuery(text), limit: neo4j.int(limit) });
  const row = rows[0];
  return {
    entities: (row?.['entities'] as EntityRecord[] | undefined) ?? [],
    quotes: ((row?.['quotes'] as QuoteRecord[] | undefined) ?? []).map(stableCard),
  };
}
