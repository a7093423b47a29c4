// Batches ingested back to back with the next one prepared (extracted, looked up, linked) while
// the current one is written: Node is otherwise idle during a write and Neo4j idle during
// linking. One write at a time, in order; the next batch sees the current one through its carry
// (./batchCarry.ts), so the graph is the one batch-after-batch ingest gives.

import type { Driver } from 'neo4j-driver';
import { prepareBatch, writePrepared, type BatchItem, type BatchOutcome, type PreparedBatch } from './ingestBatch.js';
import { addStage } from './stageTimes.js';
import { EvidenceCache } from '../link/evidenceCache.js';
import { touchedEntityIds } from './batchCarry.js';

type Settled<T> = { value: T } | { error: unknown };

// A prepared-ahead batch can fail while the current write is awaited: holding the outcome (not
// a bare promise) keeps that from being an unhandled rejection.
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

export class BatchPipeline {
  private ahead: { items: readonly BatchItem[]; prepared: Promise<Settled<PreparedBatch>>; readyAt?: number } | null = null;

  /** Candidates' evidence across this pipeline's batches; every write hands it what it touched. */
  readonly cache = new EvidenceCache();

  constructor(private readonly driver: Driver) {}

  /**
   * Ingests `items` as ingestBatch does and, while they are written, prepares `following`, the
   * batch the next call will be given. If this write fails or falls back to one article per
   * transaction, the prepared-ahead batch is dropped and prepared afresh by the next call; a
   * retry of a failed call starts from the graph as it is.
   */
  async ingest(items: readonly BatchItem[], following?: readonly BatchItem[]): Promise<BatchOutcome[]> {
    const prepared = await this.take(items);
    const writing = writePrepared(this.driver, prepared);
    if (following && following.length > 0) {
      const ahead: NonNullable<BatchPipeline['ahead']> = { items: following, prepared: settle(prepareBatch(this.driver, following, prepared.carry, this.cache)) };
      void ahead.prepared.then(() => {
        ahead.readyAt = performance.now();
      });
      this.ahead = ahead;
    }
    try {
      let written;
      try {
        written = await writing;
      } finally {
        // Written as prepared: what it touched is known as the batch's pool has it. Failed, or a
        // fallback relinked article by article: its touches are unknown, so everything is read afresh.
        if (written?.merged === true) this.cache.carry(prepared.carry.candidates, prepared.linked.flatMap((p) => touchedEntityIds(p.bundle!)));
        else this.cache.clear();
      }
      const { outcomes, merged } = written;
      // Time the next batch sat prepared while this write still ran: the write holds the pipeline up.
      const readyAt = this.ahead?.readyAt;
      if (readyAt !== undefined) addStage('waitWrite', performance.now() - readyAt);
      if (!merged) await this.drop();
      return outcomes;
    } catch (error) {
      await this.drop();
      throw error;
    }
  }

  /** Waits for a batch still being prepared ahead (call before closing the driver). */
  async close(): Promise<void> {
    await this.drop();
  }

  private async take(items: readonly BatchItem[]): Promise<PreparedBatch> {
    const ahead = this.ahead;
    this.ahead = null;
    if (ahead !== null) {
      const started = performance.now();
      const settled = await ahead.prepared;
      addStage('waitPrepare', performance.now() - started);
      if (ahead.items === items) {
        if ('error' in settled) throw settled.error;
        return settled.value;
      }
    }
    return prepareBatch(this.driver, items, undefined, this.cache);
  }

  private async drop(): Promise<void> {
    const ahead = this.ahead;
    this.ahead = null;
    if (ahead !== null) await ahead.prepared;
  }
}
