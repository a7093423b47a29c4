// The Cypher that persists a bundle. Each statement takes one batch of rows as $rows and
// MERGEs on ids, so running it twice leaves the graph as it was. Labels are never taken
// from data: entity types are matched against a fixed list before a statement is picked.
import type { EntityType } from '../model/bundle.js';
import { sortKeyExpression } from './sortKey.js';

export const ENTITY_LABELS: Record<EntityType, string> = {
  Person: 'Person',
  Organisation: 'Organisation',
  Place: 'Place',
  Topic: 'Topic',
  UnnamedSource: 'UnnamedSource',
};

// Aliases are a union: an earlier name that differs from the new canonical one is kept as an
// alias, and the list is ordered so that a repeat write produces the very same list.
export function mergeEntities(label: string): string {
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${label}
WITH e, row, [x IN coalesce(e.aliases, []) + CASE WHEN e.name IS NULL OR e.name = row.name THEN [] ELSE [e.name] END + row.aliases WHERE x <> row.name] AS names
SET e.name = row.name,
    e.aliases = reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.subtype = coalesce(row.subtype, e.subtype),
    e.description = coalesce(row.description, e.description),
    e.wikidataId = coalesce(row.wikidataId, e.wikidataId)`;
}

// An alias keeps the types of the entities it names (a.types), so the linker's lookup can pass
// over an alias that names only unnamed sources ("a spokesman" names one in nearly every
// article) without expanding to each of them. An alias written before a.types existed gets its
// list from its NAMES the first time it is written again; until then readers expand it (NULL).
/** The type labels of every entity the alias `a` names, read from its NAMES relationships. */
export const NAMED_TYPES = "COLLECT { MATCH (a)-[:NAMES]->(x) UNWIND labels(x) AS l WITH DISTINCT l WHERE l <> 'Entity' RETURN l ORDER BY l }";

export const ALIAS_TYPES_SET = `CASE
  WHEN a.types IS NULL THEN ${NAMED_TYPES}
  WHEN row.type IN a.types THEN a.types
  ELSE a.types + row.type
END`;

export const MERGE_ALIASES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (a:Alias {key: row.key})
MERGE (a)-[:NAMES]->(e)
SET a.types = ${ALIAS_TYPES_SET}`;

// A changed publishedAt moves the article's quotes in every entity's order: their links'
// sort keys (./sortKey.ts) are recomputed.
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = datetime()
WITH a, row, a.publishedAt AS before
SET a.title = row.title, a.outlet = row.outlet, a.url = row.url, a.publishedAt = row.publishedAt,
    a.text = row.text, a.sha256 = row.sha256
WITH a WHERE coalesce(before <> a.publishedAt, (before IS NULL) <> (a.publishedAt IS NULL))
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(q:Quote)-[r:SAID_BY|ABOUT|ON_TOPIC]->(e)
  SET r.sortKey = ${sortKeyExpression('e', 'a', 'q')}
}`;

// titleKey is the title as nameWords (src/model/names.ts) reads it, for the linker's indexed
// role lookup. Cypher has no accent folding, so only titles of ASCII letters, digits, spaces and
// plain punctuation get a key; any other title gets '~', which the linker always fetches and
// compares in TypeScript, so no role is missed.
export const ROLE_TITLE_KEY = `CASE WHEN TITLE =~ '[A-Za-z0-9 .,()/&:-]*'
  THEN reduce(acc = '', w IN [w IN split(toLower(replace(replace(replace(replace(replace(replace(replace(replace(replace(TITLE, '-', ' '), '.', ' '), ',', ' '), '(', ' '), ')', ' '), '/', ' '), '&', ' '), ':', ' '), '  ', ' ')), ' ') WHERE w <> ''] | CASE WHEN acc = '' THEN w ELSE acc + ' ' + w END)
  ELSE '~' END`;

export const MERGE_ROLES = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (r:Role {id: row.id})
SET r.title = row.title, r.current = row.current, r.startDate = row.startDate, r.endDate = row.endDate,
    r.titleKey = ${ROLE_TITLE_KEY.replaceAll('TITLE', 'row.title')}
MERGE (p)-[:HOLDS]->(r)
WITH r, row
OPTIONAL MATCH (r)-[stale:IN_ORGANISATION|FOR_PLACE]->(x)
WHERE (type(stale) = 'IN_ORGANISATION' AND x.id <> coalesce(row.organisationId, ''))
   OR (type(stale) = 'FOR_PLACE' AND x.id <> coalesce(row.placeId, ''))
DELETE stale`;

export const MERGE_ROLE_ORGANISATIONS = `
UNWIND $rows AS row
MATCH (r:Role {id: row.id}), (o:Organisation {id: row.organisationId})
MERGE (r)-[:IN_ORGANISATION]->(o)`;

export const MERGE_ROLE_PLACES = `
UNWIND $rows AS row
MATCH (r:Role {id: row.id}), (p:Place {id: row.placeId})
MERGE (r)-[:FOR_PLACE]->(p)`;

export const MERGE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (m:Entity {id: row.memberId}), (o:Organisation {id: row.organisationId})
MERGE (m)-[:MEMBER_OF]->(o)`;

// A re-linked quote may have lost a speaker, target, topic or channel: those edges go, so the
// quote's edges always say what its latest bundle said.
export const MERGE_QUOTES = `
UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.kind = row.kind, q.start = row.start, q.end = row.end,
    q.cue = row.cue, q.cueStart = row.cueStart, q.cueEnd = row.cueEnd,
    q.sourceText = row.sourceText, q.sourceStart = row.sourceStart, q.sourceEnd = row.sourceEnd,
    q.channelPhrase = row.channelPhrase
MERGE (q)-[:IN_ARTICLE]->(art)
WITH q, row
OPTIONAL MATCH (q)-[stale:SAID_BY|ABOUT|ON_TOPIC|VIA]->(x)
WHERE (type(stale) = 'SAID_BY' AND x.id <> coalesce(row.speakerId, ''))
   OR (type(stale) = 'ABOUT' AND NOT x.id IN row.aboutIds)
   OR (type(stale) = 'ON_TOPIC' AND NOT x.id IN row.topicIds)
   OR (type(stale) = 'VIA' AND x.id <> coalesce(row.channelId, ''))
DELETE stale`;

// SAID_BY, ABOUT and ON_TOPIC carry the sort key of the read API's per-entity order; it is set
// on every write, so a re-linked quote (new start, new article date) gets its current key.
export const MERGE_QUOTE_SPEAKERS = `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})-[:IN_ARTICLE]->(a:Article), (e:Entity {id: row.entityId})
MERGE (q)-[s:SAID_BY]->(e)
SET s.score = row.score, s.sortKey = ${sortKeyExpression('e', 'a', 'q')}`;

export function mergeQuoteLinks(type: 'ABOUT' | 'ON_TOPIC' | 'VIA'): string {
  if (type === 'VIA') {
    return `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId}), (e:Entity {id: row.entityId})
MERGE (q)-[:${type}]->(e)`;
  }
  return `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})-[:IN_ARTICLE]->(a:Article), (e:Entity {id: row.entityId})
MERGE (q)-[r:${type}]->(e)
SET r.sortKey = ${sortKeyExpression('e', 'a', 'q')}`;
}

export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text, m.score = row.score`;

export const MERGE_FACTS = `
UNWIND $rows AS row
MATCH (art:Article {id: row.articleId})
MERGE (f:Fact {id: row.id})
SET f += row.properties
SET f.kind = row.kind, f.text = row.text, f.start = row.start, f.end = row.end
MERGE (f)-[:IN_ARTICLE]->(art)`;

export const MERGE_FACT_INVOLVES = `
UNWIND $rows AS row
MATCH (f:Fact {id: row.factId}), (e:Entity {id: row.entityId})
MERGE (f)-[i:INVOLVES {role: row.role}]->(e)`;

export const FIND_MISSING_ENTITIES = `
UNWIND $rows AS row
OPTIONAL MATCH (e:Entity {id: row.id})
WITH row, e
WHERE e IS NULL OR NOT any(l IN labels(e) WHERE l IN row.types)
RETURN row.id AS id, row.path AS path, CASE WHEN e IS NULL THEN null ELSE [l IN labels(e) WHERE l <> 'Entity'] END AS labels`;

export const FIND_MISSING_ARTICLES = `
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, a WHERE a IS NULL
RETURN id`;

export const FIND_TYPE_CONFLICTS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH row, [l IN labels(e) WHERE l <> 'Entity'] AS types
WHERE NOT row.type IN types
RETURN row.id AS id, row.type AS type, types`;
