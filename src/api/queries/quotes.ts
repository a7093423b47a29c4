// Quote queries. Each returns quote cards and the total count in one round trip.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { EntityRecord, Page, QuoteRecord } from '../records.js';
import type { Window } from '../pagination.js';
import { QUOTE_ORDER, quoteCard } from './projections.js';
import { pagesByWindow, type OwnerWindow } from './windows.js';

export type { OwnerWindow };

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

/** Above this many quotes by (or about) an entity, a page walks articles newest first instead of sorting them all. */
export const WALK_ABOVE = 2000;

/**
 * The statement text depends only on which filters are present (each a fixed fragment);
 * every value goes in as a parameter. The matching quotes are collected once (node
 * references only); the page is then a top-k sort over them, and cards are built for the page only.
 * A speaker or about filter on its own takes the degree-switched plan (entityQuotesStatement);
 * walkAbove is that switch, a whole number fixed by the caller (tests lower it), never user text.
 */
export function quotesStatement(filter: QuoteFilter, countOnly = false, walkAbove = WALK_ABOVE): string {
  const anchors = (Object.keys(ANCHORS) as (keyof typeof ANCHORS)[])
    .filter((k) => filter[k] != null)
    .map((k) => ANCHORS[k]);
  if (anchors.length === 0) return filter.kind == null ? ALL_QUOTES : ALL_QUOTES_OF_KIND;
  if (countOnly) {
    return `${anchors.join('\n')}
WITH DISTINCT q
WHERE $kind IS NULL OR q.kind = $kind
RETURN count(q) AS total, [] AS items`;
  }
  const single = anchors.length === 1 ? ENTITY_ANCHORS.find((a) => filter[a.filter] != null) : undefined;
  if (single) return entityQuotesStatement(single.filter, single.rel, walkAbove);
  return `${anchors.join('\n')}
WITH DISTINCT q
WHERE $kind IS NULL OR q.kind = $kind
WITH collect(q) AS matched
CALL (matched) {
  UNWIND matched AS q
  MATCH (q)-[:IN_ARTICLE]->(a:Article)
  WITH q, a ORDER BY ${QUOTE_ORDER}
  SKIP $offset LIMIT $limit
  RETURN collect(${quoteCard('q')}) AS items
}
RETURN size(matched) AS total, items`;
}

const ENTITY_ANCHORS = [
  { filter: 'speakerKey', rel: 'SAID_BY' },
  { filter: 'aboutKey', rel: 'ABOUT' },
] as const;

// Sorting every quote of a popular entity by its article's date is the whole cost at scale
// (bench/RESULTS.md: 1.6 s p95 at 1M quotes). Above walkAbove quotes (the entities' degree,
// from the count store) the page walks articles newest first through the publishedAt index and
// stops after offset + limit quotes, undated articles scanned only if the page reaches them;
// the total is then the degree (one entity, no kind) or a count without touching articles.
// Below it, collecting and sorting is cheaper than the walk. Same order and answers either way.
function entityQuotesStatement(filter: 'speakerKey' | 'aboutKey', rel: 'SAID_BY' | 'ABOUT', walkAbove: number): string {
  if (!Number.isSafeInteger(walkAbove) || walkAbove < 0) throw new Error(`walkAbove must be a whole number >= 0, got ${walkAbove}`);
  return `MATCH (:Alias {key: $${filter}})-[:NAMES]->(e:Entity)
WITH collect(DISTINCT e) AS es
WITH es, reduce(d = 0, x IN es | d + COUNT { (x)<-[:${rel}]-() }) AS degree
CALL (es, degree) {
  WITH es, degree WHERE degree <= ${walkAbove}
  // Aggregating inside CALL keeps this branch rowless when its guard fails.
  CALL (es) {
    UNWIND es AS x
    MATCH (x)<-[:${rel}]-(q:Quote)
    WITH DISTINCT q
    WHERE $kind IS NULL OR q.kind = $kind
    RETURN collect(q) AS matched
  }
  CALL (matched) {
    UNWIND matched AS q
    MATCH (q)-[:IN_ARTICLE]->(a:Article)
    WITH q, a ORDER BY ${QUOTE_ORDER}
    SKIP $offset LIMIT $limit
    RETURN collect(q) AS page
  }
  RETURN size(matched) AS total, page
UNION ALL
  WITH es, degree WHERE degree > ${walkAbove}
  CALL (es, degree) {
    UNWIND CASE WHEN size(es) = 1 AND $kind IS NULL THEN [] ELSE es END AS x
    MATCH (x)<-[:${rel}]-(q:Quote)
    WHERE $kind IS NULL OR q.kind = $kind
    RETURN count(DISTINCT q) AS counted
  }
  CALL (es) {
    MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
    WITH es, a ORDER BY a.publishedAt DESC
    MATCH (a)<-[:IN_ARTICLE]-(q:Quote)-[:${rel}]->(x)
    WHERE x IN es AND ($kind IS NULL OR q.kind = $kind)
    WITH DISTINCT q, a
    WITH q, a ORDER BY a.publishedAt DESC, a.id, q.start, q.id
    LIMIT $offset + $limit
    RETURN collect(q) AS dated
  }
  CALL (es, dated) {
    UNWIND CASE WHEN size(dated) < $offset + $limit THEN [true] ELSE [] END AS needed
    MATCH (a:Article) WHERE a.publishedAt IS NULL
    MATCH (a)<-[:IN_ARTICLE]-(q:Quote)-[:${rel}]->(x)
    WHERE x IN es AND ($kind IS NULL OR q.kind = $kind)
    WITH DISTINCT q, a
    WITH q, a ORDER BY a.id, q.start, q.id
    LIMIT $offset + $limit
    RETURN collect(q) AS undated
  }
  RETURN CASE WHEN size(es) = 1 AND $kind IS NULL THEN degree ELSE counted END AS total,
    (dated + undated)[$offset..($offset + $limit)] AS page
}
RETURN total, [q IN page | ${quoteCard('q')}] AS items`;
}

// Without filters the whole graph's quotes are in play (a million in the benchmark): the count
// comes from the count store (or the kind index), and the page walks articles newest first
// through the publishedAt index, stopping after offset + limit quotes. Undated articles come
// last and are scanned only when the page reaches them (UNWIND of an empty list skips the scan).
function allQuotesStatement(byKind: boolean): string {
  const count = byKind ? 'MATCH (q:Quote {kind: $kind}) RETURN count(q) AS total' : 'MATCH (q:Quote) RETURN count(q) AS total';
  return `CALL () { ${count} }
CALL () {
  MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
  MATCH (a)<-[:IN_ARTICLE]-(q:Quote)
  WHERE $kind IS NULL OR q.kind = $kind
  WITH q, a ORDER BY a.publishedAt DESC, a.id, q.start, q.id
  LIMIT $offset + $limit
  RETURN collect(q) AS dated
}
CALL (dated) {
  UNWIND CASE WHEN size(dated) < $offset + $limit THEN [true] ELSE [] END AS needed
  MATCH (a:Article) WHERE a.publishedAt IS NULL
  MATCH (a)<-[:IN_ARTICLE]-(q:Quote)
  WHERE $kind IS NULL OR q.kind = $kind
  WITH q, a ORDER BY a.id, q.start, q.id
  LIMIT $offset + $limit
  RETURN collect(q) AS undated
}
RETURN total, [q IN (dated + undated)[$offset..($offset + $limit)] | ${quoteCard('q')}] AS items`;
}

const ALL_QUOTES = allQuotesStatement(false);
const ALL_QUOTES_OF_KIND = allQuotesStatement(true);

export async function findQuotes(
  reader: Reader,
  filter: QuoteFilter,
  window: Window,
  walkAbove = WALK_ABOVE,
): Promise<Page<QuoteRecord>> {
  const rows = await reader.read(quotesStatement(filter, window.limit === 0, walkAbove), {
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
  said: 'MATCH (:Entity {id: id})<-[:SAID_BY]-(q:Quote)',
  about: 'MATCH (:Entity {id: id})<-[:ABOUT]-(q:Quote)',
  topic: 'MATCH (:Topic {id: id})<-[:ON_TOPIC]-(q:Quote)',
  article: 'MATCH (:Article {id: id})<-[:IN_ARTICLE]-(q:Quote)',
};

// SKIP and LIMIT cannot depend on a row, so one statement serves one window for many owners;
// per owner, the total comes from the collected matches and the page from a top-k sort.
function relationStatement(relation: QuoteRelation): string {
  const order = relation === 'article' ? 'q.start, q.id' : QUOTE_ORDER;
  return `UNWIND $ids AS id
CALL (id) {
  ${RELATION_MATCH[relation]}
  WITH DISTINCT q
  WITH collect(q) AS matched
  CALL (matched) {
    UNWIND matched AS q
    MATCH (q)-[:IN_ARTICLE]->(a:Article)
    WITH q, a ORDER BY ${order}
    SKIP $offset LIMIT $limit
    RETURN collect(${quoteCard('q')}) AS items
  }
  RETURN size(matched) AS total, items
}
RETURN id, total, items`;
}

const RELATION_STATEMENTS = Object.fromEntries(
  (Object.keys(RELATION_MATCH) as QuoteRelation[]).map((r) => [r, relationStatement(r)]),
) as Record<QuoteRelation, string>;

// An empty window (only totalCount asked for): count, and touch no articles.
const RELATION_COUNTS = Object.fromEntries(
  (Object.keys(RELATION_MATCH) as QuoteRelation[]).map((r) => [
    r,
    `UNWIND $ids AS id
CALL (id) {
  ${RELATION_MATCH[r]}
  RETURN count(DISTINCT q) AS total
}
RETURN id, total, [] AS items`,
  ]),
) as Record<QuoteRelation, string>;

/**
 * One page of quotes for each (owner, window): one query per distinct window (a request
 * asks for few), each covering every owner with that window. Results in key order.
 */
export async function quotesOf(
  reader: Reader,
  relation: QuoteRelation,
  keys: readonly OwnerWindow[],
): Promise<Page<QuoteRecord>[]> {
  const pages = await pagesByWindow(keys, async (ids, window) => {
    const statement = window.limit === 0 ? RELATION_COUNTS[relation] : RELATION_STATEMENTS[relation];
    const rows = await reader.read(statement, {
      ids,
      offset: neo4j.int(window.offset),
      limit: neo4j.int(window.limit),
    });
    return rows.map((r) => ({
      id: r['id'] as string,
      total: r['total'] as number,
      items: (r['items'] as QuoteRecord[]).map(stableCard),
    }));
  });
  return pages;
}
