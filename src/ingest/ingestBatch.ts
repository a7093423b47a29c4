// Batch ingest: N articles extracted, looked up in one read, linked in order in memory (each
// seeing what the earlier ones of the batch created) and written in ONE transaction. The graph
// ends up as if the articles had been ingested one after another; a batch that cannot be written
// falls back to one transaction per article, so every article is whole or absent.

import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../extract/index.js';
import type { ExtractedArticle } from '../extract/types.js';
import { buildCandidateQuery, linkArticle, linkWithIndex, Neo4jEntityIndex, type ArticleMeta, type LinkStats } from '../link/index.js';
import { CandidatePool } from '../link/candidatePool.js';
import type { EvidenceCache } from '../link/evidenceCache.js';
import type { GraphBundle } from '../model/bundle.js';
import { BundleError, checkBundle, writeBundle } from '../write/index.js';
import { mergeBundles } from '../write/mergeBundles.js';
import { articleMeta, InputError, type ArticleInput } from './articleInput.js';
import { carryOf, type BatchCarry } from './batchCarry.js';
import type { IngestResult } from './ingestArticle.js';
import { addStage, timed } from './stageTimes.js';

export interface BatchItem {
  input: ArticleInput;
  /** Name handed to the extractor and used in error messages (the file's base name). */
  name: string;
}

export type BatchOutcome = { name: string; result: IngestResult } | { name: string; error: Error };

const EMPTY_STATS: LinkStats = { entitiesLinked: 0, entitiesCreated: 0, entitiesUnlinked: 0, quotes: 0, quotesWithSpeaker: 0 };

export interface Pending {
  slot: number;
  name: string;
  meta: ArticleMeta;
  extracted: ExtractedArticle;
  bundle?: GraphBundle;
  stats?: LinkStats;
}

async function existingArticles(driver: Driver, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { records } = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', { ids }, { routing: 'READ' });
  return new Set(records.map((r) => String(r.get('id'))));
}

// Between articles, let the write of the previous batch (pipelined ingest) take its replies and
// send its commit instead of waiting for the whole batch to be linked.
function yieldToWriter(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A fault of this article (its input or its bundle), not of the database: the others go on. */
function isArticleFault(error: unknown): boolean {
  return error instanceof InputError || error instanceof BundleError;
}

/** A batch extracted, looked up and linked, ready to be written. */
export interface PreparedBatch {
  items: readonly BatchItem[];
  outcomes: (BatchOutcome | undefined)[];
  linked: Pending[];
  /** What the next batch needs to see of this one if it is prepared before this one is written. */
  carry: BatchCarry;
}

/**
 * Extracts, looks up and links the items. `after` is the batch being written meanwhile (its
 * write not committed yet): its entities and articles are seen as if it were. `cache` holds
 * evidence read by earlier batches of this process (the caller invalidates what writes touch).
 */
export async function prepareBatch(driver: Driver, items: readonly BatchItem[], after?: BatchCarry, cache?: EvidenceCache): Promise<PreparedBatch> {
  const outcomes: (BatchOutcome | undefined)[] = items.map(() => undefined);
  const metas: (ArticleMeta | null)[] = items.map((item, slot) => {
    try {
      return articleMeta(item.input);
    } catch (error) {
      outcomes[slot] = { name: item.name, error: asError(error) };
      return null;
    }
  });
  const stored = await timed('exists', () => existingArticles(driver, [...new Set(metas.flatMap((m) => (m ? [m.id] : [])))]));
  for (const id of after?.articleIds ?? []) stored.add(id);
  const unchanged = (meta: ArticleMeta): IngestResult => ({ articleId: meta.id, title: meta.title, status: 'unchanged', stats: EMPTY_STATS });

  const pending: Pending[] = [];
  const taken = new Set<string>();
  for (const [slot, meta] of metas.entries()) {
    const name = items[slot]!.name;
    if (meta === null) continue;
    // The same text twice in one batch: the second is "already there", as it would be one by one.
    if (stored.has(meta.id) || taken.has(meta.id)) {
      outcomes[slot] = { name, result: unchanged(meta) };
      continue;
    }
    taken.add(meta.id);
    await yieldToWriter();
    const started = performance.now();
    try {
      pending.push({ slot, name, meta, extracted: extractArticle(name, meta.text) });
    } catch (error) {
      outcomes[slot] = { name, error: asError(error) };
    }
    addStage('extract', performance.now() - started);
  }

  const index = new Neo4jEntityIndex(driver, cache);
  const queries = pending.map((p) => buildCandidateQuery(p.extracted, p.meta));
  // The carried entities come last: their state includes the write the lookup could not see.
  // They are copied: linking mutates the pool's candidates, and the carry must stay the state
  // after its own batch (the evidence cache keeps it once that batch is written, even if this
  // preparation is dropped and made again).
  const found = pending.length > 0 ? await timed('lookup', () => index.candidatesFor(queries)) : [];
  const pool = new CandidatePool([...found, ...(after?.candidates ?? []).map((c) => ({ ...c }))]);
  const linked: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    await yieldToWriter();
    const started = performance.now();
    const { bundle, stats } = linkArticle(p.extracted, p.meta, pool.lookupNow(queries[i]!));
    // An article whose bundle is inconsistent would not be written on its own either: later
    // articles must not see (and link to) what it would have created.
    const problems = checkBundle(bundle).problems;
    if (problems.length > 0) {
      outcomes[p.slot] = { name: p.name, error: new BundleError(problems) };
      continue;
    }
    pool.apply(bundle);
    addStage('link', performance.now() - started);
    linked.push({ ...p, bundle, stats });
  }

  const carry = carryOf(pool, linked.map((p) => p.bundle!), linked.map((p) => p.meta.id));
  return { items, outcomes, linked, carry };
}

/**
 * Writes a prepared batch in one transaction. `merged` is false when it could not be and its
 * articles went one transaction each (relinked): then its carry no longer tells what was written.
 */
export async function writePrepared(driver: Driver, prepared: PreparedBatch): Promise<{ outcomes: BatchOutcome[]; merged: boolean }> {
  const { items, linked } = prepared;
  const outcomes = [...prepared.outcomes];
  const index = new Neo4jEntityIndex(driver);
  let merged = true;
  try {
    // prepareBatch read these articles as absent (or carried from the batch before): created, not merged.
    if (linked.length > 0) await timed('write', () => writeBundle(driver, mergeBundles(linked.map((p) => p.bundle!)), { articles: 'create' }));
    for (const p of linked) outcomes[p.slot] = { name: p.name, result: { articleId: p.meta.id, title: p.meta.title, status: 'ingested', stats: p.stats! } };
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    merged = false;
    // Something only the graph could tell (an id of another type there, say): one article at a
    // time, linked afresh against what the articles before it wrote.
    for (const p of linked) {
      try {
        const { bundle, stats } = await linkWithIndex(p.extracted, p.meta, index);
        await writeBundle(driver, bundle);
        outcomes[p.slot] = { name: p.name, result: { articleId: p.meta.id, title: p.meta.title, status: 'ingested', stats } };
      } catch (single) {
        if (!isArticleFault(single)) throw single;
        outcomes[p.slot] = { name: p.name, error: asError(single) };
      }
    }
  }
  return { outcomes: outcomes.map((o, slot) => o ?? { name: items[slot]!.name, error: new Error('not ingested') }), merged };
}

/**
 * Ingests the items as one batch; outcomes come back in item order. Bad input or a bundle that
 * cannot be written fails only that article; database faults are thrown (the whole batch can be
 * retried: articles already written are found and left alone).
 */
export async function ingestBatch(driver: Driver, items: readonly BatchItem[]): Promise<BatchOutcome[]> {
  return (await writePrepared(driver, await prepareBatch(driver, items))).outcomes;
}
