// The three contract queries, each written three ways that give the same answer:
// (a) our GraphQL API, (b) raw Cypher through the driver (the floor), (c) @neo4j/graphql.
// Quotes come newest article first, then article id, then text order, 20 to a page.

export type QueryName = 'quotesAbout' | 'quotesBy' | 'personRoles';
export const QUERY_NAMES: readonly QueryName[] = ['quotesAbout', 'quotesBy', 'personRoles'];
export const PAGE = 20;

const QUOTE_FIELDS = 'id text kind cue start speaker { id name } article { id title publishedAt }';

export const API_QUERIES: Record<QueryName, string> = {
  quotesAbout: `query($name: String!) { quotes(about: $name, first: ${PAGE}) { nodes { ${QUOTE_FIELDS} } } }`,
  quotesBy: `query($name: String!) { quotes(speaker: $name, first: ${PAGE}) { nodes { ${QUOTE_FIELDS} } } }`,
  personRoles: `query($name: String!) { person(name: $name) { id name roles { id title current organisation { id name } place { id name } } } }`,
};

// The floor uses the same index as the API (schema/005_quote_sort_keys.cypher): per entity the
// alias names, a range seek on the links' sortKey gives its newest quotes in order; the heads are
// merged on the key's rest (the same for a quote whichever entity it is linked to). The page
// comes back as one row holding a list (session 4: p50/p95 1.20/3.24 vs 1.27/3.93 ms for 20
// rows, 1 client, interleaved), so the floor stays the cheapest statement we know.
const CYPHER_QUOTES = (rel: 'ABOUT' | 'SAID_BY'): string => `
MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)
CALL (e) {
  MATCH (q)-[r:${rel}]->() WHERE r.sortKey STARTS WITH e.id + '\\u0001'
  WITH q, r ORDER BY r.sortKey LIMIT ${PAGE}
  RETURN q, substring(r.sortKey, size(e.id) + 1) AS rank
}
WITH DISTINCT q, rank ORDER BY rank LIMIT ${PAGE}
MATCH (q)-[:IN_ARTICLE]->(a:Article)
RETURN collect(q { .id, .text, .kind, .cue, .start,
           speaker: [(q)-[:SAID_BY]->(s:Entity) | s { .id, .name }][0],
           article: a { .id, .title, publishedAt: toString(a.publishedAt) } }) AS quotes`;

export const CYPHER_QUERIES: Record<QueryName, string> = {
  quotesAbout: CYPHER_QUOTES('ABOUT'),
  quotesBy: CYPHER_QUOTES('SAID_BY'),
  personRoles: `
MATCH (:Alias {key: $key})-[:NAMES]->(p:Person)
RETURN p { .id, .name, roles: [(p)-[:HOLDS]->(r:Role) | r { .id, .title, .current,
  organisation: [(r)-[:IN_ORGANISATION]->(o:Organisation) | o { .id, .name }][0],
  place: [(r)-[:FOR_PLACE]->(pl:Place) | pl { .id, .name }][0] }] } AS person`,
};

/**
 * Diagnostic, same answer without the sort key: every quote of the entity expanded and sorted
 * by its article's date (the floor of the previous session's run, before the key existed).
 */
const SORT_QUOTES = (rel: 'ABOUT' | 'SAID_BY'): string => `
MATCH (:Alias {key: $key})-[:NAMES]->(:Entity)<-[:${rel}]-(q:Quote)
WITH DISTINCT q
MATCH (q)-[:IN_ARTICLE]->(a:Article)
WITH q, a ORDER BY coalesce(toString(a.publishedAt), '') DESC, a.id, q.start, q.id LIMIT ${PAGE}
RETURN q { .id, .text, .kind, .cue, .start,
           speaker: [(q)-[:SAID_BY]->(s:Entity) | s { .id, .name }][0],
           article: a { .id, .title, publishedAt: toString(a.publishedAt) } } AS quote`;

export const SORT_QUERIES: Partial<Record<QueryName, string>> = {
  quotesAbout: SORT_QUOTES('ABOUT'),
  quotesBy: SORT_QUOTES('SAID_BY'),
};

const NGQL_SORT = '[{ publishedAt: DESC }, { articleId: ASC }, { start: ASC }, { id: ASC }]';
const NGQL_QUOTE_FIELDS = 'id text kind cue start speaker { id name } article { id title publishedAt }';

export const NEO4J_GRAPHQL_QUERIES: Record<QueryName, string> = {
  quotesAbout: `query($key: String!) { aliases(where: { key: { eq: $key } }) { people {
    quotedAbout(limit: ${PAGE}, sort: ${NGQL_SORT}) { ${NGQL_QUOTE_FIELDS} } } } }`,
  quotesBy: `query($key: String!) { aliases(where: { key: { eq: $key } }) { people {
    said(limit: ${PAGE}, sort: ${NGQL_SORT}) { ${NGQL_QUOTE_FIELDS} } } } }`,
  personRoles: `query($key: String!) { aliases(where: { key: { eq: $key } }) { people {
    id name roles { id title current organisation { id name } place { id name } } } } }`,
};

/** What must agree between the three: quote ids in order, or the person's role ids and titles. */
export type Answer = string[];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function field(value: Json | undefined, key: string): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function ids(items: Json[]): string[] {
  return items.map((x) => String(field(x, 'id')));
}

function roleIds(person: Json | undefined): string[] {
  return list(field(person, 'roles')).map((r) => `${String(field(r, 'id'))}:${String(field(r, 'title'))}`).sort();
}

export function apiAnswer(query: QueryName, data: Json): Answer {
  if (query === 'personRoles') return roleIds(field(data, 'person'));
  return ids(list(field(field(data, 'quotes'), 'nodes')));
}

export function cypherAnswer(query: QueryName, rows: Json[]): Answer {
  if (query === 'personRoles') return roleIds(field(rows[0], 'person'));
  return ids(rows.map((r) => field(r, 'quote') ?? null));
}

export function neo4jGraphqlAnswer(query: QueryName, data: Json): Answer {
  const person = list(field(list(field(data, 'aliases'))[0], 'people'))[0];
  if (query === 'personRoles') return roleIds(person);
  return ids(list(field(person, query === 'quotesAbout' ? 'quotedAbout' : 'said')));
}

export type { Json };
