// Article queries: the newest-first list, single articles, texts, mentions.
import neo4j from 'neo4j-driver';
import type { Reader } from '../reader.js';
import type { ArticleRecord, EntityRecord, Page } from '../records.js';
import type { Window } from '../pagination.js';
import { pagesByWindow, type OwnerWindow } from './windows.js';
import { articleMap, articleOrder, entityMap } from './projections.js';

const LIST = `MATCH (a:Article)
WITH a ORDER BY ${articleOrder('a')}
WITH collect(a) AS matched
RETURN size(matched) AS total, [a IN matched[$offset..($offset + $limit)] | ${articleMap('a')}] AS items`;

export async function listArticles(reader: Reader, window: Window): Promise<Page<ArticleRecord>> {
  const rows = await reader.read(LIST, { offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) });
  const row = rows[0];
  return {
    total: (row?.['total'] as number | undefined) ?? 0,
    offset: window.offset,
    items: (row?.['items'] as ArticleRecord[] | undefined) ?? [],
  };
}

const BY_IDS = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${articleMap('a')} AS article`;

export async function articlesByIds(reader: Reader, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const rows = await reader.read(BY_IDS, { ids });
  return new Map(rows.map((r) => {
    const a = r['article'] as ArticleRecord;
    return [a.id, a];
  }));
}

const TEXTS = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text`;

/** Article texts are fetched only when asked for: they are the bulk of an article's bytes. */
export async function articleTexts(reader: Reader, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await reader.read(TEXTS, { ids });
  const byId = new Map(rows.map((r) => [r['id'] as string, r['text'] as string | null]));
  return ids.map((id) => byId.get(id) ?? null);
}

const MENTIONS = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH id, e, min(m.start) AS first ORDER BY first, e.id
RETURN id, collect(${entityMap('e')}) AS entities`;

/** Entities each article mentions, in order of first mention. */
export async function mentionsOf(reader: Reader, ids: readonly string[]): Promise<EntityRecord[][]> {
  const rows = await reader.read(MENTIONS, { ids });
  const byId = new Map(rows.map((r) => [r['id'] as string, r['entities'] as EntityRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

const MENTIONED_IN = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  WITH DISTINCT a
  WITH collect(a) AS matched
  CALL (matched) {
    UNWIND matched AS a
    WITH a ORDER BY ${articleOrder('a')}
    SKIP $offset LIMIT $limit
    RETURN collect(${articleMap('a')}) AS items
  }
  RETURN size(matched) AS total, items
}
RETURN id, total, items`;

const MENTIONED_IN_COUNT = `UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  RETURN count(DISTINCT a) AS total
}
RETURN id, total, [] AS items`;

/** One page of mentioning articles per (entity, window); one query per distinct window. */
export async function mentionedIn(reader: Reader, keys: readonly OwnerWindow[]): Promise<Page<ArticleRecord>[]> {
  return pagesByWindow(keys, async (ids, window) => {
    const rows = await reader.read(window.limit === 0 ? MENTIONED_IN_COUNT : MENTIONED_IN, { ids, offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) });
    return rows.map((r) => ({ id: r['id'] as string, total: r['total'] as number, items: r['items'] as ArticleRecord[] }));
  });
}
