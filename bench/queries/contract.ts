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

const CYPHER_QUOTES = (rel: 'ABOUT' | 'SAID_BY'): string => `
MATCH (:Alias {key: $key})-[:NAMES]->(:Entity)<-[:${rel}]-(q:Quote)
WITH DISTINCT q
MATCH (q)-[:IN_ARTICLE]->(a:Article)
WITH q, a ORDER BY coalesce(toString(a.publishedAt), '') DESC, a.id, q.start, q.id LIMIT ${PAGE}
RETURN q { .id, .text, .kind, .cue, .start,
           speaker: [(q)-[:SAID_BY]->(s:Entity) | s { .id, .name }][0],
           article: a { .id, .title, publishedAt: toString(a.publishedAt) } } AS quote`;

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
 * Diagnostic alternative to the floor, same answer: for a popular entity (more than $walk
 * quotes) walk articles newest first through the publishedAt index and stop after a page,
 * instead of sorting every quote of the entity; for the others, expand and sort as before.
 */
const HYBRID_QUOTES = (rel: 'ABOUT' | 'SAID_BY'): string => `
MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)
WITH collect(DISTINCT e) AS es
WITH es, reduce(d = 0, x IN es | d + COUNT { (x)<-[:${rel}]-() }) AS degree
CALL (es, degree) {
  WITH es, degree WHERE degree > $walk
  MATCH (a:Article) WHERE a.publishedAt IS NOT NULL
  WITH es, a ORDER BY a.publishedAt DESC
  MATCH (a)<-[:IN_ARTICLE]-(q:Quote)-[:${rel}]->(x) WHERE x IN es
  WITH DISTINCT q, a
  WITH q, a ORDER BY a.publishedAt DESC, a.id, q.start, q.id LIMIT ${PAGE}
  RETURN q, a
UNION
  WITH es, degree WHERE degree <= $walk
  UNWIND es AS x
  MATCH (x)<-[:${rel}]-(q:Quote)
  WITH DISTINCT q
  MATCH (q)-[:IN_ARTICLE]->(a:Article)
  WITH q, a ORDER BY coalesce(toString(a.publishedAt), '') DESC, a.id, q.start, q.id LIMIT ${PAGE}
  RETURN q, a
}
WITH q, a ORDER BY coalesce(toString(a.publishedAt), '') DESC, a.id, q.start, q.id LIMIT ${PAGE}
RETURN q { .id, .text, .kind, .cue, .start,
           speaker: [(q)-[:SAID_BY]->(s:Entity) | s { .id, .name }][0],
           article: a { .id, .title, publishedAt: toString(a.publishedAt) } } AS quote`;

export const HYBRID_QUERIES: Partial<Record<QueryName, string>> = {
  quotesAbout: HYBRID_QUOTES('ABOUT'),
  quotesBy: HYBRID_QUOTES('SAID_BY'),
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
