// Candidates' evidence (names, roles, memberships, counts, co-mentions) kept across the batches
// of one ingest process, so each batch's lookup reads from the graph only the entities it has
// not seen yet. The archive-wide part of a lookup is the evidence of every person sharing a
// surname with somebody in the batch; most of them are in no new article, so their evidence
// does not change from one batch to the next.
//
// Evidence changes only when a write touches the entity (a mention, a quote, a new name, role or
// membership: src/ingest/batchCarry.ts touchedEntityIds). Once a write is over, the ingest hands
// the cache what the writing batch's pool made of those entities (`carry`): the state the next
// batch already linked against, names, roles, memberships and counts as the write stored them.
// Co-mentions are the part the pool can only follow exactly while they are all in view: the
// graph ranks a person's 40 most co-mentioned entities over the newest 100 articles, the pool
// adds each new article's. So a person is kept only while it has fewer than 40 co-mentions and at
// most 100 mentions and quotes (then the graph's list is every entity co-mentioned, which is the
// pool's); a more prominent one is read afresh, as is an entity carried MAX_CARRIES times in a
// row (a bound on what another process may have changed meanwhile). With this the result equals
// re-reading every batch. A read that overlaps a carry or an invalidation does not store what it
// read for those ids (it may predate the write). Writes by another process are not seen until
// this one re-reads the entity: at worst scores from slightly older evidence; ids are
// deterministic from canonical names (./ids.ts), so this can never create a duplicate entity.

import { CO_MENTIONED_MAX } from './candidatePool.js';
import { CO_MENTION_ARTICLES } from './neo4jIndex.js';
import type { Candidate } from './types.js';

/** Batches in a row whose carried state may stand in for a read of the graph. */
export const MAX_CARRIES = 10;

/**
 * Writes after which an invalidation is forgotten: a read begun longer ago than this is not
 * stored (its ids may have been written meanwhile), so the cache does not grow with every id an
 * archive ever touched. A read spans one write in the pipeline (./batchPipeline.ts).
 */
export const INVALIDATION_HORIZON = 4;

/** Whether the pool's view of the candidate is what reading it from the graph would give. */
export function carriedExactly(c: Candidate): boolean {
  return c.type !== 'Person' || (c.coMentioned.length < CO_MENTIONED_MAX && c.articleCount <= CO_MENTION_ARTICLES);
}

export class EvidenceCache {
  private readonly entries = new Map<string, Candidate>();
  /** How many writes in a row each entry's state came from a carry, not from the graph. */
  private readonly carries = new Map<string, number>();
  /** The epoch at which each id was last invalidated, for the last INVALIDATION_HORIZON epochs. */
  private readonly invalidatedAt = new Map<string, number>();
  /** The ids invalidated at each of those epochs, oldest first, to forget them in turn. */
  private readonly recent: { epoch: number; ids: Set<string> }[] = [];
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
    if (begun < this.epoch - INVALIDATION_HORIZON) return;
    if (this.clearedAt > begun || (this.invalidatedAt.get(c.id) ?? -1) > begun) return;
    this.entries.set(c.id, { ...c });
    this.carries.delete(c.id);
  }

  /**
   * A write is over that touched `touched`; `carried` is its batch's view of them after the
   * write. Each carried entity that view holds exactly (carriedExactly) is kept in that state (a
   * read under way does not overwrite it), unless it has been carried MAX_CARRIES times in a
   * row; every other touched entity is read afresh next time. Unnamed sources are not kept: each
   * belongs to one article, no later lookup asks for it, and an archive makes one or two an article.
   */
  carry(carried: readonly Candidate[], touched: Iterable<string>): void {
    this.epoch += 1;
    const states = new Map(carried.map((c) => [c.id, c]));
    const ids = new Set(touched);
    this.remember(ids);
    for (const id of ids) {
      const state = states.get(id);
      const times = (this.carries.get(id) ?? 0) + 1;
      if (state && state.type !== 'UnnamedSource' && times <= MAX_CARRIES && carriedExactly(state)) {
        this.entries.set(id, { ...state });
        this.carries.set(id, times);
      } else {
        this.entries.delete(id);
        this.carries.delete(id);
      }
    }
  }

  private remember(ids: Set<string>): void {
    for (const id of ids) this.invalidatedAt.set(id, this.epoch);
    this.recent.push({ epoch: this.epoch, ids });
    while (this.recent.length > 0 && this.recent[0]!.epoch <= this.epoch - INVALIDATION_HORIZON) {
      const old = this.recent.shift()!;
      for (const id of old.ids) if (this.invalidatedAt.get(id) === old.epoch) this.invalidatedAt.delete(id);
    }
  }

  /** How many entities and invalidations the cache holds (for the ingest's stage report). */
  get size(): { entries: number; invalidations: number } {
    return { entries: this.entries.size, invalidations: this.invalidatedAt.size };
  }

  /** These entities were written (or may have been): read them afresh next time. */
  invalidate(ids: Iterable<string>): void {
    this.carry([], ids);
  }

  /** Forget everything (after a write whose changes are not known entity by entity). */
  clear(): void {
    this.epoch += 1;
    this.clearedAt = this.epoch;
    this.entries.clear();
    this.carries.clear();
    this.invalidatedAt.clear();
    this.recent.length = 0;
  }
}
