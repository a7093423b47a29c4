// The ingest use-case: one article's text in; extracted, linked to the graph and written in
// its own transaction. The same text is the same article, so ingesting it again changes nothing.

import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../extract/index.js';
import { linkWithIndex, Neo4jEntityIndex, type LinkStats } from '../link/index.js';
import { writeBundle } from '../write/index.js';
import { articleMeta, type ArticleInput } from './articleInput.js';

export interface IngestResult {
  articleId: string;
  title: string;
  /** "unchanged": the graph already holds this text, nothing was written. */
  status: 'ingested' | 'unchanged';
  stats: LinkStats;
}

export interface IngestOptions {
  /** Re-link and re-write an article already in the graph (MERGE: same ids, no duplicates). */
  relink?: boolean;
  /** Name handed to the extractor (the file's base name); defaults to the article id. */
  name?: string;
}

const EMPTY_STATS: LinkStats = { entitiesLinked: 0, entitiesCreated: 0, entitiesUnlinked: 0, quotes: 0, quotesWithSpeaker: 0 };

async function articleExists(driver: Driver, id: string): Promise<boolean> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const res = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS found', { id });
      return res.records[0]?.get('found') === true;
    });
  } finally {
    await session.close();
  }
}

/** Throws InputError for bad input and BundleError if the bundle cannot be written; writes all or nothing. */
export async function ingestArticle(driver: Driver, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const meta = articleMeta(input);
  if (!options.relink && (await articleExists(driver, meta.id))) {
    return { articleId: meta.id, title: meta.title, status: 'unchanged', stats: EMPTY_STATS };
  }
  const extracted = extractArticle(options.name ?? meta.id, meta.text);
  const { bundle, stats } = await linkWithIndex(extracted, meta, new Neo4jEntityIndex(driver));
  await writeBundle(driver, bundle);
  return { articleId: meta.id, title: meta.title, status: 'ingested', stats };
}
