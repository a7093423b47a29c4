// Quote queries. Each returns quote cards and the total count in one round trip.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { EntityRecord, Page, QuoteRecord } from '../records.js';
import type { Window } from '../pagination.js';
import { QUOTE_ORDER, quoteCard } from './projections.js';

const byName = (a: EntityRecord, b: EntityRecord): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Pattern comprehensions have no order: sort a card's lists so answers are stable. */
export function stableCard(q: QuoteRecord): QuoteRecord {
  return { ...q, about: [...q.about].sort(byName), topics: [...q.topics].sort(byName) };
}

export interface QuoteFilter {
  speakerKey?: string | null;
  aboutKey?: string | null;
  topicKey?: string | null;
  articleId?: string | null;
  kind?: string | null;
}

const ANCHORS = {
  speakerKey: 'MATCH (:Alias {key: $speakerKey})-[:NAMES]->(:Entity)<-[:SAID_BY]-(q:Quote)',
  aboutKey: 'MATCH (:Alias {key: $aboutKey})-[:NAMES]->(:Entity)<-[:ABOUT]-(q:Quote)',
  topicKey: 'MATCH (:Alias {key: $topicKey})-[:NAMES]->(:Topic)<-[:ON_TOPIC]-(q:Quote)',
  articleId: 'MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(q:Quote)',
} as const;

/**
 * The statement text depends only on which filters are present (each a fixed fragment);
 * every value goes in as a parameter.
 */
export function quotesStatement(filter: QuoteFilter): string {
  const anchors = (Object.keys(ANCHORS) as (keyof typeof ANCHORS)[])
    .filter((k) => filter[k] != null)
    .map((k) => ANCHORS[k]);
  return `${anchors.length > 0 ? anchors.join('\n') : 'MATCH (q:Quote)'}
WITH DISTINCT q
MATCH (q)-[:IN_ARTICLE]->(a:Article)
WHERE $kind IS NULL OR q.kind = $kind
WITH q, a ORDER BY ${QUOTE_ORDER}
WITH collect(q) AS matched
RETURN size(matched) AS total, [q IN matched[$offset..($offset + $limit)] | ${quoteCard('q')}] AS items`;
}

export async function findQuotes(reader: Reader, filter: QuoteFilter, window: Window): Promise<Page<QuoteRecord>> {
  const rows = await reader.read(quotesStatement(filter), {
    speakerKey: filter.speakerKey ?? null,
    aboutKey: filter.aboutKey ?? null,
    topicKey: filter.topicKey ?? null,
    articleId: filter.articleId ?? null,
    kind: filter.kind ?? null,
    offset: neo4j.int(window.offset),
    limit: neo4j.int(window.limit),
  });
  const row = rows[0];
  return {
    total: (row?.['total'] as number | undefined) ?? 0,
    offset: window.offset,
    items: ((row?.['items'] as QuoteRecord[] | undefined) ?? []).map(stableCard),
  };
}

const QUOTES_BY_IDS = `UNWIND $ids AS id
MATCH (q:Quote {id: id})
RETURN ${quoteCard('q')} AS quote`;

export async function quotesByIds(reader: Reader, ids: readonly string[]): Promise<Map<string, QuoteRecord>> {
  const rows = await reader.read(QUOTES_BY_IDS, { ids });
  return new Map(rows.map((r) => {
    const q = stableCard(r['quote'] as QuoteRecord);
    return [q.id, q];
  }));
}

/** The ways a node owns a list of quotes. */
export type QuoteRelation = 'said' | 'about' | 'topic' | 'article';

const RELATION_MATCH: Record<QuoteRelation, string> = {
  said: 'MATCH (:Entity {id: k.id})<-[:SAID_BY]-(q:Quote)-[:IN_ARTICLE]->(a:Article)',
  about: 'MATCH (:Entity {id: k.id})<-[:ABOUT]-(q:Quote)-[:IN_ARTICLE]->(a:Article)',
  topic: 'MATCH (:Topic {id: k.id})<-[:ON_TOPIC]-(q:Quote)-[:IN_ARTICLE]->(a:Article)',
  article: 'MATCH (a:Article {id: k.id})<-[:IN_ARTICLE]-(q:Quote)',
};

function relationStatement(relation: QuoteRelation): string {
  const order = relation === 'article' ? 'q.start, q.id' : QUOTE_ORDER;
  return `UNWIND $keys AS k
CALL (k) {
  ${RELATION_MATCH[relation]}
  WITH DISTINCT q, a ORDER BY ${order}
  WITH collect(q) AS matched
  RETURN size(matched) AS total, [q IN matched[k.offset..(k.offset + k.limit)] | ${quoteCard('q')}] AS items
}
RETURN k.n AS n, total, items`;
}

const RELATION_STATEMENTS = Object.fromEntries(
  (Object.keys(RELATION_MATCH) as QuoteRelation[]).map((r) => [r, relationStatement(r)]),
) as Record<QuoteRelation, string>;

export interface OwnerWindow extends Window {
  id: string;
}

/** One page of quotes for each (owner, window), all in one query; results in key order. */
export async function quotesOf(
  reader: Reader,
  relation: QuoteRelation,
  keys: readonly OwnerWindow[],
): Promise<Page<QuoteRecord>[]> {
  const rows = await reader.read(RELATION_STATEMENTS[relation], {
    keys: keys.map((k, n) => ({ n: neo4j.int(n), id: k.id, offset: neo4j.int(k.offset), limit: neo4j.int(k.limit) })),
  });
  const byN = new Map(rows.map((r) => [r['n'] as number, r]));
  return keys.map((k, n) => {
    const row = byN.get(n);
    return {
      total: (row?.['total'] as number | undefined) ?? 0,
      offset: k.offset,
      items: ((row?.['items'] as QuoteRecord[] | undefined) ?? []).map(stableCard),
    };
  });
}
