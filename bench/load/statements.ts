// The bare batched-UNWIND Cypher of the bulk loader: the same graph model as src/write, but
// CREATE instead of MERGE for everything that is new by construction (the loader refuses a
// non-empty graph), no stale-edge cleanup and no reference checks. This is the write ceiling.
// SAID_BY, ABOUT and ON_TOPIC carry the read API's sort key, as src/write sets it.
import { sortKeyExpression } from '../../src/write/sortKey.js';
import { ALIAS_TYPES_SET } from '../../src/write/statements.js';

export type EntityLabel = 'Person' | 'Organisation' | 'Place' | 'Topic' | 'UnnamedSource';

export function createEntities(label: EntityLabel): string {
  return `
UNWIND $rows AS row
CREATE (e:Entity:${label} {id: row.id, name: row.name, aliases: row.aliases, subtype: row.subtype,
                          description: row.description})`;
}

export const CREATE_ALIASES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (a:Alias {key: row.key})
CREATE (a)-[:NAMES]->(e)
SET a.types = ${ALIAS_TYPES_SET}`;

export const CREATE_ROLES = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[:HOLDS]->(r:Role {id: row.id, title: row.title, current: row.current})
WITH r, row
OPTIONAL MATCH (o:Organisation {id: row.organisationId})
OPTIONAL MATCH (pl:Place {id: row.placeId})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (r)-[:IN_ORGANISATION]->(o))
FOREACH (_ IN CASE WHEN pl IS NULL THEN [] ELSE [1] END | CREATE (r)-[:FOR_PLACE]->(pl))`;

export const CREATE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (m:Entity {id: row.memberId}), (o:Organisation {id: row.organisationId})
CREATE (m)-[:MEMBER_OF]->(o)`;

export const CREATE_ARTICLES = `
UNWIND $rows AS row
CREATE (:Article {id: row.id, title: row.title, outlet: row.outlet, url: row.url, publishedAt: row.publishedAt,
                  text: row.text, sha256: row.sha256, ingestedAt: datetime()})`;

export const CREATE_QUOTES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (q:Quote {id: row.id, text: row.text, kind: row.kind, start: row.start, end: row.end,
                 cue: row.cue, cueStart: row.cueStart, cueEnd: row.cueEnd,
                 sourceText: row.sourceText, sourceStart: row.sourceStart, sourceEnd: row.sourceEnd,
                 channelPhrase: row.channelPhrase})-[:IN_ARTICLE]->(a)`;

export const CREATE_SAID_BY = `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})-[:IN_ARTICLE]->(a:Article), (e:Entity {id: row.entityId})
CREATE (q)-[:SAID_BY {score: row.score, sortKey: ${sortKeyExpression('e', 'a', 'q')}}]->(e)`;

export function createQuoteLinks(type: 'ABOUT' | 'ON_TOPIC' | 'VIA'): string {
  if (type !== 'VIA') {
    return `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId})-[:IN_ARTICLE]->(a:Article), (e:Entity {id: row.entityId})
CREATE (q)-[:${type} {sortKey: ${sortKeyExpression('e', 'a', 'q')}}]->(e)`;
  }
  return `
UNWIND $rows AS row
MATCH (q:Quote {id: row.quoteId}), (e:Entity {id: row.entityId})
CREATE (q)-[:${type}]->(e)`;
}

export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {start: row.start, end: row.end, text: row.text, score: row.score}]->(e)`;
