// The evidence cache of batch ingest's lookup: the same candidates as reading every time, stale
// evidence until a write's ids are invalidated, and no storing of a read that overlapped one.
import { beforeEach, describe, expect, it } from 'vitest';
import { EvidenceCache, INVALIDATION_HORIZON, MAX_CARRIES } from '../../src/link/evidenceCache.js';
import { Neo4jEntityIndex } from '../../src/link/neo4jIndex.js';
import { emptyBundle, type GraphBundle } from '../../src/model/bundle.js';
import type { Candidate } from '../../src/link/types.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { candidateQuery } from '../support/candidateQuery.js';

function people(aliases: string[]): GraphBundle {
  const b = emptyBundle();
  b.entities.push(
    { id: 'per_gordon-brown', type: 'Person', name: 'Gordon Brown', aliases },
    { id: 'per_nick-brown', type: 'Person', name: 'Nick Brown', aliases: [] },
  );
  return b;
}

const byId = (cs: Candidate[]) => Object.fromEntries(cs.map((c) => [c.id, c]));
const brownQuery = () => [candidateQuery({ surnames: ['brown'] })];

describe('EvidenceCache', () => {
  it('does not store what a read returned for an id invalidated while it ran', () => {
    const cache = new EvidenceCache();
    const c: Candidate = { id: 'per_x', type: 'Person', name: 'X', aliases: [], subtype: null, roles: [], memberOf: [], articleCount: 1, coMentioned: [], inArticle: false };
    const begun = cache.begin();
    cache.invalidate(['per_x']);
    cache.put(c, begun);
    expect(cache.get('per_x')).toBeUndefined();
    cache.put(c, cache.begin());
    expect(cache.get('per_x')).toEqual(c);
    const copy = cache.get('per_x')!;
    copy.articleCount = 99;
    expect(cache.get('per_x')?.articleCount).toBe(1);
  });
});

describe('EvidenceCache.carry', () => {
  const person = (articleCount: number): Candidate => ({ id: 'per_x', type: 'Person', name: 'X', aliases: [], subtype: null, roles: [], memberOf: [], articleCount, coMentioned: [], inArticle: false });

  it("keeps a written entity in the writing batch's state instead of reading it again", () => {
    const cache = new EvidenceCache();
    cache.put(person(1), cache.begin());
    const begun = cache.begin();
    cache.carry([person(2)], ['per_x']);
    // A read that began before the write cannot overwrite the carried state.
    cache.put(person(1), begun);
    expect(cache.get('per_x')?.articleCount).toBe(2);
  });

  it('forgets a touched entity the batch did not carry', () => {
    const cache = new EvidenceCache();
    cache.put(person(1), cache.begin());
    cache.carry([], ['per_x']);
    expect(cache.get('per_x')).toBeUndefined();
  });

  it(`reads an entity afresh after ${MAX_CARRIES} carries in a row, and counts again from a read`, () => {
    const cache = new EvidenceCache();
    for (let i = 1; i <= MAX_CARRIES; i += 1) {
      cache.carry([person(i)], ['per_x']);
      expect(cache.get('per_x')?.articleCount).toBe(i);
    }
    cache.carry([person(MAX_CARRIES + 1)], ['per_x']);
    expect(cache.get('per_x')).toBeUndefined();
    cache.put(person(50), cache.begin());
    cache.carry([person(51)], ['per_x']);
    expect(cache.get('per_x')?.articleCount).toBe(51);
  });
});

describe('EvidenceCache over a long ingest', () => {
  const entity = (id: string, type: Candidate['type'] = 'Person'): Candidate => ({ id, type, name: id, aliases: [], subtype: null, roles: [], memberOf: [], articleCount: 1, coMentioned: [], inArticle: false });

  it(`forgets invalidations after ${INVALIDATION_HORIZON} writes, and then stores no read begun before them`, () => {
    const cache = new EvidenceCache();
    const begun = cache.begin();
    for (let w = 0; w < 50; w += 1) cache.carry([], [`per_w${w}`]);
    expect(cache.size.invalidations).toBe(INVALIDATION_HORIZON);
    // per_w0 was written after this read began: its forgotten invalidation must not let it in.
    cache.put(entity('per_w0'), begun);
    expect(cache.get('per_w0')).toBeUndefined();
    cache.put(entity('per_w0'), cache.begin());
    expect(cache.get('per_w0')).toBeDefined();
  });

  it('still refuses a read that overlapped a recent write', () => {
    const cache = new EvidenceCache();
    const begun = cache.begin();
    for (let w = 0; w < INVALIDATION_HORIZON; w += 1) cache.carry([], [w === 0 ? 'per_x' : `per_w${w}`]);
    cache.put(entity('per_x'), begun);
    expect(cache.get('per_x')).toBeUndefined();
    cache.put(entity('per_y'), begun);
    expect(cache.get('per_y')).toBeDefined();
  });

  it("does not keep an article's unnamed sources, which no later lookup asks for", () => {
    const cache = new EvidenceCache();
    cache.carry([entity('src_abc-a-spokesman', 'UnnamedSource'), entity('per_x')], ['src_abc-a-spokesman', 'per_x']);
    expect(cache.size.entries).toBe(1);
    expect(cache.get('per_x')).toBeDefined();
  });
});

describe('Neo4jEntityIndex with an EvidenceCache', () => {
  beforeEach(async () => {
    await resetDatabase();
    await applySchema(testDriver());
    await writeBundle(testDriver(), people([]));
  });

  it('answers as the uncached lookup, and reads a written entity afresh once invalidated', async () => {
    const cache = new EvidenceCache();
    const cached = new Neo4jEntityIndex(testDriver(), cache);
    const plain = new Neo4jEntityIndex(testDriver());
    expect(byId(await cached.candidatesFor(brownQuery()))).toEqual(byId(await plain.candidatesFor(brownQuery())));
    expect(cache.misses).toBe(2);

    await writeBundle(testDriver(), people(['Mr Brown']));
    // Not invalidated: the cache still answers with the evidence read before the write.
    expect(byId(await cached.candidatesFor(brownQuery()))['per_gordon-brown']?.aliases).toEqual([]);
    cache.invalidate(['per_gordon-brown']);
    const fresh = byId(await cached.candidatesFor(brownQuery()));
    expect(fresh['per_gordon-brown']?.aliases).toEqual(['Mr Brown']);
    expect(fresh).toEqual(byId(await plain.candidatesFor(brownQuery())));
    expect(cache.hits).toBe(3);
  });
});
