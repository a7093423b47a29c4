// Candidates' evidence (names, roles, memberships, counts, co-mentions) kept across the batches
// of one ingest process, so each batch's lookup reads from the graph only the entities it has
// not seen yet or that a write touched since. The archive-wide part of a lookup is the evidence
// of every person sharing a surname with somebody in the batch; most of them are in no new
// article, so their evidence does not change from one batch to the next.
//
// Evidence changes only when a write touches the entity (a mention, a quote, a new name, role or
// membership: src/ingest/batchCarry.ts touchedEntityIds). The ingest invalidates those ids once
// the write is over, so for one ingest process the result equals re-reading every batch. A read
// that overlaps an invalidation does not store what it read for those ids (it may predate the
// write). Writes by another process are not seen until this one touches the entity: at worst
// scores from slightly older evidence; ids are deterministic from canonical names
// (./ids.ts), so this can never create a duplicate entity.

import type { Candidate } from './types.js';

export class EvidenceCache {
  private readonly entries = new Map<string, Candidate>();
  /** The epoch at which each id was last invalidated. */
  private readonly invalidatedAt = new Map<string, number>();
  private epoch = 0;
  private clearedAt = 0;
  hits = 0;
  misses = 0;

  /** Call before reading from the graph; hand the value to put() with what was read. */
  begin(): number {
    return this.epoch;
  }

  /** A copy (callers mutate candidates as they link), or undefined when not cached. */
  get(id: string): Candidate | undefined {
    const c = this.entries.get(id);
    if (c) this.hits += 1;
    else this.misses += 1;
    return c ? { ...c } : undefined;
  }

  /** Stores a candidate read since `begin`, unless it was invalidated after the read began. */
  put(c: Candidate, begun: number): void {
    if (this.clearedAt > begun || (this.invalidatedAt.get(c.id) ?? -1) > begun) return;
    this.entries.set(c.id, { ...c });
  }

  /** These entities were written (or may have been): read them afresh next time. */
  invalidate(ids: Iterable<string>): void {
    this.epoch += 1;
    for (const id of ids) {
      this.entries.delete(id);
      this.invalidatedAt.set(id, this.epoch);
    }
  }

  /** Forget everything (after a write whose changes are not known entity by entity). */
  clear(): void {
    this.epoch += 1;
    this.clearedAt = this.epoch;
    this.entries.clear();
    this.invalidatedAt.clear();
  }
}
