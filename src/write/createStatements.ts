// The Cypher that writes articles known to be new (their ids were just read as absent): the
// article, its mentions, its quotes and every quote edge are CREATEd, fewer and bigger
// statements than the MERGE path (./statements.ts), with no stale-edge cleanup since nothing of
// a new article exists. Entities, aliases and roles still go through MERGE (they are shared).
// If another ingest stored the same article meanwhile, the Article id constraint fails the
// transaction and the writer falls back to the MERGE path: the same graph either way.
import { sortKeyExpression } from './sortKey.js';

// Mentions are created article by article in row order, as MERGE_MENTIONS would: the lookup's
// co-mention bound reads relationship chains newest first.
export const CREATE_ARTICLES_WITH_MENTIONS = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, outlet: row.outlet, url: row.url, publishedAt: row.publishedAt,
                   text: row.text, sha256: row.sha256, ingestedAt: datetime()})
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.entityId})
  CREATE (a)-[:MENTIONS {start: m.start, end: m.end, text: m.text, score: m.score}]->(e)
}`;

// One statement per chunk of quotes: each quote is created with its IN_ARTICLE edge and its
// SAID_BY, ABOUT, ON_TOPIC and VIA edges (sort keys as ./statements.ts sets them).
export const CREATE_QUOTES_WITH_LINKS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (q:Quote {id: row.id, text: row.text, kind: row.kind, start: row.start, end: row.end,
                 cue: row.cue, cueStart: row.cueStart, cueEnd: row.cueEnd,
                 sourceText: row.sourceText, sourceStart: row.sourceStart, sourceEnd: row.sourceEnd,
                 channelPhrase: row.channelPhrase})-[:IN_ARTICLE]->(a)
WITH q, a, row
CALL (q, a, row) {
  MATCH (e:Entity {id: row.speakerId})
  CREATE (q)-[:SAID_BY {score: row.speakerScore, sortKey: ${sortKeyExpression('e', 'a', 'q')}}]->(e)
}
CALL (q, a, row) {
  UNWIND row.aboutIds AS id
  MATCH (e:Entity {id: id})
  CREATE (q)-[:ABOUT {sortKey: ${sortKeyExpression('e', 'a', 'q')}}]->(e)
}
CALL (q, a, row) {
  UNWIND row.topicIds AS id
  MATCH (e:Entity {id: id})
  CREATE (q)-[:ON_TOPIC {sortKey: ${sortKeyExpression('e', 'a', 'q')}}]->(e)
}
CALL (q, row) {
  MATCH (e:Entity {id: row.channelId})
  CREATE (q)-[:VIA]->(e)
}`;
