// Exploration queries for the quotegraph model (schema/README.md).
//
// Each query starts with `// name:` and may give `// params:` as JSON; in Neo4j Browser set
// them first with `:param key => 'reform'`, or run them all with `npm run queries`.
// Names are looked up through (:Alias {key}): the key is aliasKey(name) from
// src/model/names.ts, i.e. lower-case words without titles ("Sir Keir" -> "keir").
// tests/queries/queries.test.ts runs every query here against the seeded graph.

// name: who-said-what-about-whom
// Every attributed statement in text order: speaker, kind, what it was about and the words.
MATCH (q:Quote)-[:SAID_BY]->(speaker:Entity)
MATCH (q)-[:IN_ARTICLE]->(a:Article)
OPTIONAL MATCH (q)-[:ABOUT]->(target:Entity)
WITH a, q, speaker, target ORDER BY target.name
RETURN a.title AS article, q.start AS start, speaker.name AS speaker, q.kind AS kind, q.cue AS cue,
       collect(target.name) AS about, q.text AS text
ORDER BY article, start;

// name: who-talks-about-an-entity
// params: {"key": "reform"}
// Who talks about Reform UK (looked up by any of its names), and how often.
MATCH (:Alias {key: $key})-[:NAMES]->(target:Entity)
MATCH (q:Quote)-[:ABOUT]->(target)
MATCH (q)-[:SAID_BY]->(speaker:Entity)
RETURN target.name AS about, speaker.name AS speaker, labels(speaker)[-1] AS speakerType,
       count(q) AS quotes, collect(q.text) AS texts
ORDER BY quotes DESC, speaker;

// name: roles-of-a-person
// params: {"key": "jonathan ashworth"}
// A person's positions, current and former, with organisation, place and dates.
MATCH (:Alias {key: $key})-[:NAMES]->(p:Person)-[:HOLDS]->(r:Role)
OPTIONAL MATCH (r)-[:IN_ORGANISATION]->(o:Organisation)
OPTIONAL MATCH (r)-[:FOR_PLACE]->(place:Place)
RETURN p.name AS person, r.title AS title, o.name AS organisation, place.name AS place,
       r.current AS current, r.startDate AS startDate, r.endDate AS endDate
ORDER BY current DESC, title;

// name: quotes-through-a-channel
// Statements that went through an outlet or programme ("told the BBC", "on Radio 4's Today programme").
MATCH (q:Quote)-[:VIA]->(channel:Organisation)
MATCH (q)-[:SAID_BY]->(speaker:Entity)
RETURN channel.name AS channel, channel.subtype AS channelKind, q.channelPhrase AS phrase,
       speaker.name AS speaker, q.kind AS kind, q.text AS text
ORDER BY channel, q.start;

// name: topics-that-occur-together
// Pairs of topics raised in the same statement, most frequent first.
MATCH (t1:Topic)<-[:ON_TOPIC]-(q:Quote)-[:ON_TOPIC]->(t2:Topic)
WHERE t1.id < t2.id
RETURN t1.name AS topic1, t2.name AS topic2, count(q) AS quotes
ORDER BY quotes DESC, topic1, topic2;

// name: path-between-two-people
// params: {"fromKey": "jonathan ashworth", "toKey": "thatcher"}
// How two people are connected through parties, roles and who-said-what-about-whom
// (articles and aliases left out: sharing an article is not a connection).
MATCH (:Alias {key: $fromKey})-[:NAMES]->(a:Person), (:Alias {key: $toKey})-[:NAMES]->(b:Person)
MATCH path = shortestPath((a)-[:MEMBER_OF|HOLDS|IN_ORGANISATION|FOR_PLACE|SAID_BY|ABOUT*..8]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.title, n.text)] AS steps,
       [r IN relationships(path) | type(r)] AS via, length(path) AS hops;

// name: members-of-an-organisation
// params: {"key": "red wall group"}
// Who belongs to an organisation, as a member or through a role in it, named or not.
MATCH (:Alias {key: $key})-[:NAMES]->(o:Organisation)
CALL (o) {
  MATCH (m:Entity)-[:MEMBER_OF]->(o) RETURN m, 'member' AS how
  UNION
  MATCH (m:Person)-[:HOLDS]->(r:Role)-[:IN_ORGANISATION]->(o) RETURN m, r.title AS how
}
RETURN o.name AS organisation, m.name AS member, labels(m)[-1] AS memberType, collect(DISTINCT how) AS how
ORDER BY member;

// name: unnamed-sources
// Anonymous speakers, the group each is tied to, and what they said.
MATCH (q:Quote)-[:SAID_BY]->(u:UnnamedSource)
OPTIONAL MATCH (u)-[:MEMBER_OF]->(o:Organisation)
WITH u, q, collect(o.name) AS groups
RETURN u.name AS source, groups, count(q) AS quotes, collect(q.kind) AS kinds
ORDER BY quotes DESC, source;

// name: most-quoted-speakers
// Speakers ranked by number of attributed statements, with the mix of kinds.
MATCH (q:Quote)-[:SAID_BY]->(s:Entity)
RETURN s.name AS speaker, labels(s)[-1] AS speakerType, count(q) AS quotes,
       sum(CASE q.kind WHEN 'DIRECT' THEN 1 ELSE 0 END) AS direct,
       sum(CASE q.kind WHEN 'INDIRECT' THEN 1 ELSE 0 END) AS indirect,
       sum(CASE q.kind WHEN 'MIXED' THEN 1 ELSE 0 END) AS mixed
ORDER BY quotes DESC, speaker;

// name: quotes-on-a-topic
// params: {"topic": "Immigration"}
// What each speaker said on a topic, with the reporting cue.
MATCH (t:Topic {name: $topic})<-[:ON_TOPIC]-(q:Quote)-[:SAID_BY]->(s:Entity)
RETURN s.name AS speaker, q.cue AS cue, q.kind AS kind, q.text AS text
ORDER BY q.start;

// name: mentions-of-an-entity
// params: {"key": "farage"}
// Where an entity is named in each article: the evidence spans for linking.
MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)<-[m:MENTIONS]-(a:Article)
RETURN e.name AS entity, a.id AS article, m.start AS start, m.end AS end, m.text AS text
ORDER BY article, start;

// name: search-quote-text
// params: {"search": "growth"}
// Full-text search over what was said.
CALL db.index.fulltext.queryNodes('quote_text', $search) YIELD node, score
MATCH (node)-[:SAID_BY]->(s:Entity)
RETURN s.name AS speaker, node.text AS text, score
ORDER BY score DESC, node.start;

// name: facts-about-an-entity
// params: {"key": "reform uk"}
// Facts the articles state (polls, election results, requests) that involve an entity.
MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)<-[i:INVOLVES]-(f:Fact)
RETURN f.kind AS kind, i.role AS role, f.text AS text, properties(f) AS properties
ORDER BY f.start;

// name: party-of-speaker-vs-target
// Which parties' people talk about which organisations and people.
MATCH (q:Quote)-[:SAID_BY]->(s:Entity)-[:MEMBER_OF]->(party:Organisation {subtype: 'party'})
MATCH (q)-[:ABOUT]->(target:Entity)
RETURN party.name AS speakerParty, target.name AS about, count(DISTINCT q) AS quotes
ORDER BY quotes DESC, speakerParty, about;
