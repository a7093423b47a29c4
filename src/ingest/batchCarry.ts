// What a batch being written hands to the next batch, prepared while the write runs: the next
// batch's reads cannot see the uncommitted write, so the entities the batch touches (as its
// candidate pool will have them after the write) and its article ids are laid over those reads.
// With this the next batch links exactly as if it had been prepared after the write committed.

import type { Candidate } from '../link/types.js';
import type { CandidatePool } from '../link/candidatePool.js';
import type { GraphBundle } from '../model/bundle.js';

export interface BatchCarry {
  /** Entities the batch's bundles create or change, in their state after the batch's write. */
  candidates: Candidate[];
  /** Articles the batch writes: already there for the next batch. */
  articleIds: Set<string>;
}

/** Every entity id a bundle writes or changes a count of. */
export function touchedEntityIds(bundle: GraphBundle): string[] {
  const ids: string[] = [];
  for (const e of bundle.entities) ids.push(e.id);
  for (const r of bundle.roles) ids.push(r.personId);
  for (const m of bundle.memberships) ids.push(m.memberId);
  for (const m of bundle.mentions) ids.push(m.entityId);
  for (const q of bundle.quotes) {
    if (q.speakerId !== null) ids.push(q.speakerId);
    ids.push(...q.aboutIds, ...q.topicIds);
  }
  return ids;
}

export function carryOf(pool: CandidatePool, bundles: readonly GraphBundle[], articleIds: Iterable<string>): BatchCarry {
  return { candidates: pool.carried(bundles.flatMap(touchedEntityIds)), articleIds: new Set(articleIds) };
}
