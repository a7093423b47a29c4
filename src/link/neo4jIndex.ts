// The graph side of the linker: one read transaction and one batched query per article that
// returns every candidate by alias key, surname and role, with the context it is scored by.

import { int as neo4jInt, type Driver } from 'neo4j-driver';
import type { EntityType } from '../model/bundle.js';
import { titleMatches } from './roleText.js';
import { SORT_KEY_SEP } from '../write/sortKey.js';
import type { Candidate, CandidateQuery, CandidateRole, CandidateSet, EntityIndex } from './types.js';
import type { EvidenceCache } from './evidenceCache.js';

// Which entities an article's names, surnames, organisation prefixes and role titles hit.
const HITS = `// An unnamed source belongs to one article ("a spokesman" of each article is somebody else) and
// the linker only reuses the article's own (a re-link), so other articles' never come back:
// every article adds some, and returning them all made the lookup grow with the archive.
// a.types (src/write/statements.ts) lets an alias that names only other articles' unnamed
// sources, or no person or organisation, be passed over without expanding its NAMES: "a
// spokesman" names thousands. NULL (written before a.types existed) is expanded.
CALL () {
  UNWIND $aliasKeys AS key
  MATCH (a:Alias {key: key})
  WHERE a.types IS NULL OR any(t IN a.types WHERE t <> 'UnnamedSource')
  MATCH (a)-[:NAMES]->(e:Entity)
  WHERE NOT e:UnnamedSource
  RETURN key, e
  UNION
  MATCH (e:Entity) WHERE $sourcePrefix IS NOT NULL AND e.id STARTS WITH $sourcePrefix AND e:UnnamedSource
  MATCH (a:Alias)-[:NAMES]->(e) WHERE a.key IN $aliasKeys
  RETURN a.key AS key, e
}
WITH collect({kind: 'alias', key: key, id: e.id}) AS aliasHits
// What the article being re-linked is already tied to (none for a new article).
CALL () {
  OPTIONAL MATCH (art:Article {id: $articleId})
  RETURN [(art)-[:MENTIONS]->(x) | x.id] + [(art)<-[:IN_ARTICLE]-(:Quote)-[:SAID_BY|ON_TOPIC]->(x) | x.id] AS inArticleIds
}
// Each lookup below starts from an index seek, so its cost follows the answer, not the archive:
// surnames through the text index on Alias.key (ENDS WITH), roles through Role.titleKey
// (schema/004_link_indexes.cypher), prefixes through the range index on Alias.key.
CALL () {
  UNWIND $surnames AS s
  CALL (s) {
    MATCH (a:Alias {key: s}) RETURN a
    UNION
    MATCH (a:Alias) USING TEXT INDEX a:Alias(key) WHERE a.key ENDS WITH ' ' + s RETURN a
  }
  WITH s, a WHERE a.types IS NULL OR 'Person' IN a.types
  MATCH (a)-[:NAMES]->(e:Person)
  RETURN collect(DISTINCT {kind: 'surname', key: s, id: e.id}) AS surnameHits
}
CALL () {
  // A graph title fits an article's title when one is a word prefix of the other (titleMatches):
  // the graph title is one of $roleKeys (the word prefixes of each title) or starts with a title.
  // '~' marks titles Cypher could not normalise; TypeScript compares those.
  CALL () {
    UNWIND $roleKeys AS k
    MATCH (r:Role {titleKey: k}) RETURN r
    UNION
    UNWIND $roleTitles AS t
    MATCH (r:Role) USING INDEX r:Role(titleKey) WHERE r.titleKey STARTS WITH t + ' ' RETURN r
    UNION
    MATCH (r:Role {titleKey: '~'}) WHERE size($roleTitles) > 0 RETURN r
  }
  // A batch of articles asks with each article's date; TypeScript picks the holders per article.
  WITH r
  WHERE size($dates) > 0 AND size($roleTitles) > 0
    AND (r.current = true OR r.startDate IS NOT NULL OR r.endDate IS NOT NULL)
    AND any(d IN $dates WHERE (r.startDate IS NULL OR r.startDate <= d) AND (r.endDate IS NULL OR r.endDate >= d))
  // A comprehension expands from r; a MATCH here let the planner scan every HOLDS relationship.
  UNWIND [(r)<-[:HOLDS]-(e:Person) | e.id] AS id
  RETURN collect({kind: 'role', key: r.title, id: id}) AS roleHits
}
CALL () {
  UNWIND $prefixes AS p
  MATCH (a:Alias) USING INDEX a:Alias(key)
  WHERE a.key STARTS WITH p + ' ' AND (a.types IS NULL OR 'Organisation' IN a.types)
  MATCH (a)-[:NAMES]->(e:Organisation)
  RETURN collect(DISTINCT {kind: 'prefix', key: p, id: e.id}) AS prefixHits
}
WITH aliasHits + surnameHits + prefixHits + roleHits AS hits, inArticleIds`;

// What the linker scores a candidate by (every row of $ids / hits is an entity id; the
// MENTIONS and IN_ARTICLE edges of the model always join an Article to an Entity).
const EVIDENCE = `  MATCH (e:Entity {id: id})
  // A degree read (O(1) on a dense node) counts mentions and quotes: the prior for ambiguous
  // names. Collecting each candidate's articles to count them made ingest slow down as the
  // archive grew (a prominent person is in thousands).
  WITH e, COUNT { (e)<-[:MENTIONS]-() } + COUNT { (e)<-[:SAID_BY|ON_TOPIC]-() } AS articleCount
  // Co-mentions only score competing persons (scoring.ts): counted over at most
  // $coMentionArticles of their articles, the newest quoted ones by the SAID_BY sort-key index
  // (src/write/sortKey.ts: newest first per entity) and the last written mentioning ones
  // (relationship chains hold the newest first), so the cost is bounded, not the archive.
  CALL (e) {
    WITH e WHERE e:Person
    CALL (e) {
      MATCH (e)<-[:MENTIONS]-(a)
      WITH DISTINCT a LIMIT $coMentionArticles
      RETURN a
      UNION
      MATCH (q:Quote)-[s:SAID_BY]->() USING INDEX s:SAID_BY(sortKey)
      WHERE s.sortKey STARTS WITH e.id + $sortKeySep
      WITH q, s ORDER BY s.sortKey LIMIT $coMentionQuotes
      MATCH (q)-[:IN_ARTICLE]->(a:Article)
      WITH DISTINCT a LIMIT $coMentionArticles
      RETURN a
    }
    WITH e, a
    ORDER BY a.publishedAt DESC, a.id
    LIMIT $coMentionArticles
    MATCH (a)-[:MENTIONS]->(o)
    WHERE o <> e
    WITH o, count(DISTINCT a) AS n
    WITH o.id AS other, n
    ORDER BY n DESC, other
    LIMIT 40
    RETURN collect(other) AS coMentioned
    UNION
    WITH e WHERE NOT e:Person
    RETURN [] AS coMentioned
  }
  RETURN collect({
    id: e.id,
    labels: labels(e),
    name: e.name,
    aliases: coalesce(e.aliases, []),
    subtype: e.subtype,
    articleCount: articleCount,
    inArticle: e.id IN inArticleIds,
    coMentioned: coMentioned,
    memberOf: [(e)-[:MEMBER_OF]->(o:Organisation) | o.id] + [(e)-[:HOLDS]->(:Role)-[:IN_ORGANISATION]->(o:Organisation) | o.id],
    roles: [(e)-[:HOLDS]->(r:Role) | {
      id: r.id, title: r.title, current: coalesce(r.current, false), startDate: r.startDate, endDate: r.endDate,
      organisationId: head([(r)-[:IN_ORGANISATION]->(o) | o.id]), placeId: head([(r)-[:FOR_PLACE]->(p) | p.id])
    }]
  }) AS entities
`;

export const LOOKUP = `CYPHER replan=skip
${HITS}
CALL (hits, inArticleIds) {
  UNWIND hits AS hit
  WITH DISTINCT hit.id AS id
${EVIDENCE}
}
RETURN hits, entities`;

/**
 * The entity ids hit, once each in first-hit order, for a batch's lookup that takes some
 * candidates' evidence from a cache. Not the hits: the batch's pool indexes the candidates' names
 * itself, and a batch has about twice as many hits as ids, each a map that costs unpacking.
 */
export const LOOKUP_HIT_IDS = `CYPHER replan=skip
${HITS}
UNWIND hits AS hit
WITH DISTINCT hit.id AS id
RETURN collect(id) AS ids`;

/** The evidence of the entities $ids, none tied to the article being linked. */
export const LOOKUP_EVIDENCE = `CYPHER replan=skip
WITH [] AS inArticleIds
CALL (inArticleIds) {
  UNWIND $ids AS id
${EVIDENCE}
}
RETURN entities`;


/** How many of a candidate's articles (newest first) its co-mentions are counted over. */
export const CO_MENTION_ARTICLES = 100;
/** Newest quotes said by a candidate read to find its newest quoted articles (several per article). */
export const CO_MENTION_QUOTES = 400;

/** Every word prefix of every title: "chancellor of the exchequer" gives "chancellor", "chancellor of", ... */
export function wordPrefixes(titles: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const title of titles) {
    const words = title.split(' ');
    for (let n = 1; n <= words.length; n += 1) keys.add(words.slice(0, n).join(' '));
  }
  return [...keys].sort();
}

/** The lookup's fixed parameters: how far back co-mentions look, and the sort key's separator. */
export function lookupBounds(): { coMentionArticles: ReturnType<typeof neo4jInt>; coMentionQuotes: ReturnType<typeof neo4jInt>; sortKeySep: string } {
  return { coMentionArticles: neo4jInt(CO_MENTION_ARTICLES), coMentionQuotes: neo4jInt(CO_MENTION_QUOTES), sortKeySep: SORT_KEY_SEP };
}

const TYPES: EntityType[] = ['Person', 'Organisation', 'Place', 'Topic', 'UnnamedSource'];

interface Hit {
  kind: 'alias' | 'surname' | 'prefix' | 'role';
  key: string;
  id: string;
}

interface EntityRecord {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  subtype: string | null;
  articleCount: number | bigint | { toNumber(): number };
  inArticle: boolean;
  coMentioned: string[];
  memberOf: string[];
  roles: CandidateRole[];
}

function toNumber(value: EntityRecord['articleCount']): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return value.toNumber();
}

function dateString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function toCandidate(r: EntityRecord): Candidate {
  return {
    id: r.id,
    type: TYPES.find((t) => r.labels.includes(t)) ?? 'Organisation',
    name: r.name,
    aliases: r.aliases,
    subtype: r.subtype ?? null,
    roles: r.roles.map((role) => ({ ...role, startDate: dateString(role.startDate), endDate: dateString(role.endDate), organisationId: role.organisationId ?? null, placeId: role.placeId ?? null })),
    memberOf: [...new Set(r.memberOf)],
    articleCount: toNumber(r.articleCount),
    coMentioned: r.coMentioned,
    inArticle: r.inArticle,
  };
}

function push(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.some((x) => x.id === c.id)) list.push(c);
}

/** Everything several articles ask for, as one query: names, surnames, prefixes, titles and dates united. */
export function unionQuery(queries: readonly CandidateQuery[]): { query: Omit<CandidateQuery, 'date' | 'articleId'>; dates: string[] } {
  const union = (pick: (q: CandidateQuery) => string[]): string[] => [...new Set(queries.flatMap(pick))].sort();
  return {
    query: { aliasKeys: union((q) => q.aliasKeys), surnames: union((q) => q.surnames), organisationPrefixes: union((q) => q.organisationPrefixes), roleTitles: union((q) => q.roleTitles) },
    dates: union((q) => (q.date !== null && q.roleTitles.length > 0 ? [q.date] : [])),
  };
}

function lookupParams(query: Omit<CandidateQuery, 'date' | 'articleId'>, dates: string[], articleId: string | null) {
  return {
    aliasKeys: query.aliasKeys,
    surnames: query.surnames,
    roleTitles: query.roleTitles,
    roleKeys: wordPrefixes(query.roleTitles),
    ...lookupBounds(),
    prefixes: query.organisationPrefixes,
    dates,
    articleId,
    sourcePrefix: articleId === null ? null : `src_${articleId.replace(/^art_/, '')}-`,
  };
}

export class Neo4jEntityIndex implements EntityIndex {
  /** `cache`: evidence kept across this process's batches (candidatesFor only; see ./evidenceCache.ts). */
  constructor(private readonly driver: Driver, private readonly cache?: EvidenceCache) {}

  private async run(query: Omit<CandidateQuery, 'date' | 'articleId'>, dates: string[], articleId: string | null): Promise<{ hits: Hit[]; entities: Candidate[] }> {
    const session = this.driver.session({ defaultAccessMode: 'READ' });
    try {
      const record = await session.executeRead(async (tx) => (await tx.run(LOOKUP, lookupParams(query, dates, articleId))).records[0]);
      if (!record) return { hits: [], entities: [] };
      return { hits: record.get('hits') as Hit[], entities: (record.get('entities') as EntityRecord[]).map(toCandidate) };
    } finally {
      await session.close();
    }
  }

  /**
   * Every candidate any of these articles' lookups would return, in one read: for linking a batch
   * of articles that are not in the graph yet (so no candidate is already tied to one of them).
   * Role holders come back for any of the articles' dates; CandidatePool filters per article.
   */
  async candidatesFor(queries: readonly CandidateQuery[]): Promise<Candidate[]> {
    const { query, dates } = unionQuery(queries);
    if (!this.cache) return (await this.run(query, dates, null)).entities;
    const cache = this.cache;
    const begun = cache.begin();
    const session = this.driver.session({ defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => {
        const ids = ((await tx.run(LOOKUP_HIT_IDS, lookupParams(query, dates, null))).records[0]?.get('ids') ?? []) as string[];
        const found = new Map<string, Candidate>();
        for (const id of ids) {
          const c = cache.get(id);
          if (c) found.set(id, c);
        }
        const missing = ids.filter((id) => !found.has(id));
        if (missing.length > 0) {
          const res = await tx.run(LOOKUP_EVIDENCE, { ids: missing, ...lookupBounds() });
          for (const r of (res.records[0]?.get('entities') ?? []) as EntityRecord[]) {
            const c = toCandidate(r);
            cache.put(c, begun);
            found.set(c.id, c);
          }
        }
        return ids.flatMap((id) => found.get(id) ?? []);
      });
    } finally {
      await session.close();
    }
  }

  async lookup(query: CandidateQuery): Promise<CandidateSet> {
    const { hits, entities } = await this.run(query, query.date === null ? [] : [query.date], query.articleId);
    const set: CandidateSet = { byAlias: new Map(), bySurname: new Map(), byPrefix: new Map(), roleHolders: new Map() };
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const hit of hits) {
      const c = byId.get(hit.id);
      if (!c) continue;
      if (hit.kind === 'alias') push(set.byAlias, hit.key, c);
      else if (hit.kind === 'surname') push(set.bySurname, hit.key, c);
      else if (hit.kind === 'prefix') push(set.byPrefix, hit.key, c);
      else for (const t of query.roleTitles) if (titleMatches(hit.key, t)) push(set.roleHolders, t, c);
    }
    return set;
  }
}
