// Quote queries. Each returns quote cards and the total count in one round trip.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { EntityRecord, Page, QuoteRecord } from '../records.js';
import type { Window } from '../pagination.js';
import { FULL_CARD, QUOTE_ORDER, quoteCard, type CardShape } from './projections.js';
import { pagesByWindow, type OwnerWindow } from './windows.js';
import type { KeyedRelationship } from '../../write/sortKey.js';

// The sort key's separator as a Cypher string escape (src/write/sortKey.ts, SORT_KEY_SEP).
const SORT_KEY_SEP_CYPHER = '\\u0001';

export type { OwnerWindow };

const byName = (a: EntityRecord, b: EntityRecord): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Pattern comprehensions have no order: sort a card's lists so answers are stable. */
export function stableCard(q: QuoteRecord): QuoteRecord {
  // An unselected part is absent from the card (projections.ts, quoteCard).
  const about = q.about ?? [];
  const topics = q.topics ?? [];
  if (about.length < 2 && topics.length < 2) return q;
  return { ...q, about: [...about].sort(byName), topics: [...topics].sort(byName) };
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
 * How a page of an entity's quotes is found. 'keyed': range seek on the links' sortKey
 * (src/write/sortKey.ts), k index entries per page. 'sort': collect every match and sort
 * (the reference the tests compare against; also the plan for combined filters).
 */
export type QuotePlan = 'keyed' | 'sort';

/**
 * The statement text depends only on which filters are present (each a fixed fragment) and
 * the plan; every value goes in as a parameter. With the 'sort' plan (and whenever more than
 * one filter is given) the matching quotes are collected once (node references only); the page
 * is then a top-k sort over them, and cards are built for the page only. A speaker, about or
 * topic filter on its own takes the keyed plan (keyedQuotesStatement).
 */
export function quotesStatement(
  filter: QuoteFilter,
  countOnly = false,
  plan: QuotePlan = 'keyed',
  shape: CardShape = FULL_CARD,
  withTotal = true,
): string {
  const cacheKey = `${Object.keys(ANCHORS).map((k) => (filter[k as keyof typeof ANCHORS] != null ? 1 : 0)).join('')}|${filter.kind == null ? '' : 'k'}|${countOnly}|${plan}|${withTotal}|${shape.scalars.join(',')}|${shape.parts.join(',')}|${shape.entityExtras?.join(',') ?? '*'}|${shape.articleExtras?.join(',') ?? '*'}`;
  let statement = STATEMENTS.get(cacheKey);
  if (statement === undefined) {
    statement = buildQuotesStatement(filter, countOnly, plan, shape, withTotal);
    // Selections are the client's to vary: bound the cache rather than trust them.
    if (STATEMENTS.size >= MAX_CACHED_STATEMENTS) STATEMENTS.clear();
    STATEMENTS.set(cacheKey, statement);
  }
  return statement;
}

// Statement texts by shape (which filters, plan, card fields).
const STATEMENTS = new Map<string, string>();
const MAX_CACHED_STATEMENTS = 500;

function buildQuotesStatement(filter: QuoteFilter, countOnly: boolean, plan: QuotePlan, shape: CardShape, withTotal: boolean): string {
  const anchors = (Object.keys(ANCHORS) as (keyof typeof ANCHORS)[])
    .filter((k) => filter[k] != null)
    .map((k) => ANCHORS[k]);
  if (anchors.length === 0) return allQuotesStatement(filter.kind != null, shape);
  const keyed = KEYED_ANCHORS.filter((a) => filter[a.filter] != null);
  if (plan === 'keyed' && keyed.length === anchors.length) {
    const single = keyed.length === 1 ? keyed[0] : undefined;
    if (single && !withTotal && !countOnly) return keyedPageStatement(single.filter, single.rel, single.label, shape);
    if (single) return keyedQuotesStatement(single.filter, single.rel, single.label, shape);
    return combinedKeyedStatement(keyed, countOnly, shape);
  }
  if (countOnly) {
    return `${anchors.join('\n')}
WITH DISTINCT q
WHERE $kind IS NULL OR q.kind = $kind
RETURN count(q) AS total, [] AS items`;
  }
  return `${anchors.join('\n')}
WITH DISTINCT q
WHERE $kind IS NULL OR q.kind = $kind
WITH collect(q) AS matched
CALL (matched) {
  UNWIND matched AS q
  MATCH (q)-[:IN_ARTICLE]->(a:Article)
  WITH q, a ORDER BY ${QUOTE_ORDER}
  SKIP $offset LIMIT $limit
  RETURN collect(${quoteCard('q', shape)}) AS items
}
RETURN size(matched) AS total, items`;
}

const KEYED_ANCHORS = [
  { filter: 'speakerKey', rel: 'SAID_BY', label: 'Entity' },
  { filter: 'aboutKey', rel: 'ABOUT', label: 'Entity' },
  { filter: 'topicKey', rel: 'ON_TOPIC', label: 'Topic' },
] as const;

// Sorting every quote of a popular entity by its article's date was the whole cost at scale
// (bench/RESULTS.md: 1.6 s p95 at 1M quotes). Each link carries a sort key that starts with the
// entity id and then sorts in QUOTE_ORDER, so per entity the first offset + limit entries of a
// range seek are its newest quotes, already in order (no sort, no article walk). An alias that
// names several entities merges their heads: a quote's key after the entity id is the same
// whichever entity it is linked to, so ordering by that rest and dropping duplicates gives the
// page. A kind filter is applied to the seek's rows as they stream, still in index order.
// The total is the entity's degree (O(1)) for one entity and no kind; otherwise a distinct count.
function keyedQuotesStatement(
  filter: 'speakerKey' | 'aboutKey' | 'topicKey',
  rel: KeyedRelationship,
  label: string,
  shape: CardShape,
): string {
  return `MATCH (:Alias {key: $${filter}})-[:NAMES]->(e:${label})
WITH collect(DISTINCT e) AS es
WITH es, reduce(d = 0, x IN es | d + COUNT { (x)<-[:${rel}]-() }) AS degree
CALL (es) {
  UNWIND CASE WHEN size(es) = 1 AND $kind IS NULL THEN [] ELSE es END AS x
  MATCH (x)<-[:${rel}]-(q:Quote)
  WHERE $kind IS NULL OR q.kind = $kind
  RETURN count(DISTINCT q) AS counted
}
CALL (es) {
  UNWIND es AS x
  CALL (x) {
    ${entityHead(rel, 'x')}
  }
  WITH DISTINCT q, rank
  ORDER BY rank
  SKIP $offset LIMIT $limit
  RETURN collect(q) AS page
}
RETURN CASE WHEN size(es) = 1 AND $kind IS NULL THEN degree ELSE counted END AS total,
  [q IN page | ${quoteCard('q', shape)}] AS items`;
}

// The same page when the request wants no total (neither totalCount nor pageInfo): the shape of
// the benchmark's raw-Cypher floor, one range seek per entity the alias names, merged on the
// key's rest, with no entity list, degree or count subqueries around it. At 1M quotes, one
// client, interleaved through the driver: p50/p95 1.36/2.59 ms with the total, 1.26/2.11 ms
// without, 1.20/1.99 ms the floor (which leaves out the speaker's labels the API needs for
// __typename).
function keyedPageStatement(
  filter: 'speakerKey' | 'aboutKey' | 'topicKey',
  rel: KeyedRelationship,
  label: string,
  shape: CardShape,
): string {
  return `MATCH (:Alias {key: $${filter}})-[:NAMES]->(e:${label})
CALL (e) {
  ${entityHead(rel, 'e')}
}
WITH DISTINCT q, rank
ORDER BY rank
SKIP $offset LIMIT $limit
RETURN null AS total, collect(${quoteCard('q', shape)}) AS items`;
}

type KeyedAnchor = (typeof KEYED_ANCHORS)[number];

// Several of speaker/about/topic at once: collecting every match and sorting it was the plan,
// O(matches) with an article walk per match. Instead the side whose entities have the fewest
// links (chosen per request from their degrees, O(1) each) is range-sought in key order, the
// other filters are checked per row (an EXISTS on the quote's few links), and the seek stops at
// offset + limit hits. Only that side's statement branch does work: the others unwind []. The
// total counts the chosen side's quotes that pass the filters, O(its degree) rather than the
// intersection's collect-and-sort.
function combinedKeyedStatement(anchors: readonly KeyedAnchor[], countOnly: boolean, shape: CardShape): string {
  const es = anchors.map((_, i) => `es${i}`);
  const all = es.join(', ');
  const lists = anchors
    .map((a, i) => `CALL () { MATCH (:Alias {key: $${a.filter}})-[:NAMES]->(e:${a.label}) RETURN collect(DISTINCT e) AS es${i} }`)
    .join('\n');
  const degrees = anchors.map((a, i) => `reduce(d = 0, x IN es${i} | d + COUNT { (x)<-[:${a.rel}]-() })`).join(', ');
  const others = (i: number): string =>
    anchors
      .map((a, j) => (j === i ? '' : ` AND EXISTS { (q)-[:${a.rel}]->(y) WHERE y IN es${j} }`))
      .join('');
  const chosenSide = (i: number): string => `UNWIND CASE WHEN chosen = ${i} THEN es${i} ELSE [] END AS x`;
  const counts = anchors
    .map(
      (a, i) => `CALL (${all}, chosen) {
  ${chosenSide(i)}
  MATCH (x)<-[:${a.rel}]-(q:Quote)
  WHERE ($kind IS NULL OR q.kind = $kind)${others(i)}
  RETURN count(DISTINCT q) AS total${i}
}`,
    )
    .join('\n');
  const total = anchors.map((_, i) => `total${i}`).join(' + ');
  const head = (a: KeyedAnchor, i: number): string => `CALL (${all}, chosen) {
  ${chosenSide(i)}
  CALL (x, ${all}) {
    MATCH (q)-[r:${a.rel}]->()
    WHERE r.sortKey STARTS WITH x.id + '${SORT_KEY_SEP_CYPHER}' AND ($kind IS NULL OR q.kind = $kind)${others(i)}
    WITH q, r ORDER BY r.sortKey
    LIMIT $offset + $limit
    RETURN q, substring(r.sortKey, size(x.id) + 1) AS rank
  }
  RETURN collect({q: q, rank: rank}) AS head${i}
}`;
  const page = countOnly
    ? 'RETURN total, [] AS items'
    : `${anchors.map(head).join('\n')}
CALL (${anchors.map((_, i) => `head${i}`).join(', ')}) {
  UNWIND ${anchors.map((_, i) => `head${i}`).join(' + ')} AS h
  WITH DISTINCT h.q AS q, h.rank AS rank
  ORDER BY rank
  SKIP $offset LIMIT $limit
  RETURN collect(q) AS page
}
RETURN total, [q IN page | ${quoteCard('q', shape)}] AS items`;
  return `${lists}
WITH ${all}, [${degrees}] AS degrees
WITH ${all}, reduce(m = 0, i IN range(0, size(degrees) - 1) | CASE WHEN degrees[i] < degrees[m] THEN i ELSE m END) AS chosen
${counts}
WITH ${all}, chosen, ${total} AS total
${page}`;
}

/**
 * The newest offset + limit quotes linked to entity e by rel, as q with rank (the sort key
 * after the entity id), from a range seek in index order. e must be bound.
 */
function entityHead(rel: KeyedRelationship, e: string): string {
  return `MATCH (q)-[r:${rel}]->()
    WHERE r.sortKey STARTS WITH ${e}.id + '${SORT_KEY_SEP_CYPHER}' AND ($kind IS NULL OR q.kind = $kind)
    WITH q, r ORDER BY r.sortKey
    LIMIT $offset + $limit
    RETURN q, substring(r.sortKey, size(${e}.id) + 1) AS rank`;
}

// Without filters the whole graph's quotes are in play (a million in the benchmark): the count
// comes from the count store (or the kind index), and the page walks articles newest first
// through the publishedAt index, stopping after offset + limit quotes. Undated articles come
// last and are scanned only when the page reaches them (UNWIND of an empty list skips the scan).
function allQuotesStatement(byKind: boolean, shape: CardShape): string {
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
RETURN total, [q IN (dated + undated)[$offset..($offset + $limit)] | ${quoteCard('q', shape)}] AS items`;
}


/**
 * A page of quotes and, when withTotal, the number of all matching quotes (else total is
 * null: the caller's selection reads neither totalCount nor pageInfo).
 */
export async function findQuotes(
  reader: Reader,
  filter: QuoteFilter,
  window: Window,
  plan: QuotePlan = 'keyed',
  shape: CardShape = FULL_CARD,
  withTotal = true,
): Promise<Page<QuoteRecord>> {
  const rows = await reader.read(quotesStatement(filter, window.limit === 0, plan, shape, withTotal), {
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

const RELATION_TYPES: Record<Exclude<QuoteRelation, 'article'>, KeyedRelationship> = {
  said: 'SAID_BY',
  about: 'ABOUT',
  topic: 'ON_TOPIC',
};

// An entity's list (said, quotedAbout, a topic's quotes) is a range seek on the links' sort
// key per owner: the page in QUOTE_ORDER without sorting the owner's quotes, the total from the
// degree. SKIP and LIMIT cannot depend on a row, so one statement serves one window for many owners.
function keyedRelationStatement(rel: KeyedRelationship, countOnly: boolean): string {
  const page = countOnly
    ? 'RETURN [] AS items'
    : `MATCH (q)-[r:${rel}]->() WHERE r.sortKey STARTS WITH id + '${SORT_KEY_SEP_CYPHER}'
  WITH q, r ORDER BY r.sortKey
  SKIP $offset LIMIT $limit
  RETURN collect(${quoteCard('q')}) AS items`;
  return `UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (e:Entity {id: id})
  RETURN CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)<-[:${rel}]-() } END AS total
}
CALL (id) {
  ${page}
}
RETURN id, total, items`;
}

// An article's quotes are few: collect them and sort in text order.
const ARTICLE_QUOTES = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})<-[:IN_ARTICLE]-(q:Quote)
  WITH DISTINCT q
  WITH collect(q) AS matched
  CALL (matched) {
    UNWIND matched AS q
    WITH q ORDER BY q.start, q.id
    SKIP $offset LIMIT $limit
    RETURN collect(${quoteCard('q')}) AS items
  }
  RETURN size(matched) AS total, items
}
RETURN id, total, items`;

const ARTICLE_QUOTE_COUNTS = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})<-[:IN_ARTICLE]-(q:Quote)
  RETURN count(DISTINCT q) AS total
}
RETURN id, total, [] AS items`;

function relationStatement(relation: QuoteRelation, countOnly: boolean): string {
  if (relation === 'article') return countOnly ? ARTICLE_QUOTE_COUNTS : ARTICLE_QUOTES;
  return keyedRelationStatement(RELATION_TYPES[relation], countOnly);
}

const RELATIONS: QuoteRelation[] = ['said', 'about', 'topic', 'article'];
const RELATION_STATEMENTS = Object.fromEntries(RELATIONS.map((r) => [r, relationStatement(r, false)])) as Record<QuoteRelation, string>;
// An empty window (only totalCount asked for): count, and touch no quotes.
const RELATION_COUNTS = Object.fromEntries(RELATIONS.map((r) => [r, relationStatement(r, true)])) as Record<QuoteRelation, string>;

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
