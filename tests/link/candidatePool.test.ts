import { beforeAll, describe, expect, it } from 'vitest';
import { CandidatePool } from '../../src/link/candidatePool.js';
import { Neo4jEntityIndex } from '../../src/link/neo4jIndex.js';
import type { CandidateSet } from '../../src/link/types.js';
import { emptyBundle, type GraphBundle } from '../../src/model/bundle.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { candidateQuery } from '../support/candidateQuery.js';

function graph(): GraphBundle {
  const b = emptyBundle();
  b.entities.push(
    { id: 'per_gordon-brown', type: 'Person', name: 'Gordon Brown', aliases: ['Mr Brown'] },
    { id: 'per_nick-brown', type: 'Person', name: 'Nick Brown', aliases: [] },
    { id: 'per_rachel-reeves', type: 'Person', name: 'Rachel Reeves', aliases: [] },
    { id: 'org_labour-party', type: 'Organisation', name: 'Labour Party', aliases: ['Labour'], subtype: 'party' },
    { id: 'org_red-wall-group', type: 'Organisation', name: 'Red Wall group', aliases: ['Red Wall caucus'], subtype: 'group' },
    { id: 'plc_brown-hills', type: 'Place', name: 'Brown Hills', aliases: [] },
  );
  b.roles.push(
    { id: 'rol_reeves-chancellor', personId: 'per_rachel-reeves', title: 'Chancellor of the Exchequer', current: true, startDate: '2024-07-05' },
    { id: 'rol_brown-chancellor', personId: 'per_gordon-brown', title: 'Chancellor of the Exchequer', current: false, startDate: '1997-05-02', endDate: '2007-06-27' },
  );
  return b;
}

const query = candidateQuery;

const ids = (set: CandidateSet): Record<string, Record<string, string[]>> => {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [name, map] of Object.entries(set)) {
    out[name] = Object.fromEntries([...(map as Map<string, { id: string }[]>)].map(([k, cs]) => [k, cs.map((c) => c.id).sort()]));
  }
  return out;
};

const QUERIES = [
  query({ aliasKeys: ['brown', 'mr brown', 'labour', 'brown hills', 'nobody'] }),
  query({ surnames: ['brown', 'reeves', 'hills'] }),
  query({ organisationPrefixes: ['red wall', 'red', 'wall', 'labour'] }),
  query({ roleTitles: ['chancellor', 'chancellor of the exchequer'], date: '2005-03-01' }),
  query({ roleTitles: ['chancellor'], date: '2025-01-01' }),
  query({ roleTitles: ['chancellor'] }),
];

describe('CandidatePool', () => {
  const index = new Neo4jEntityIndex(testDriver());

  beforeAll(async () => {
    await resetDatabase();
    await applySchema(testDriver());
    await writeBundle(testDriver(), graph());
  });

  it('answers each article of a batch as the Neo4j lookup answers that article alone', async () => {
    const pool = new CandidatePool(await index.candidatesFor(QUERIES));
    for (const q of QUERIES) expect(ids(await pool.lookup(q))).toEqual(ids(await index.lookup(q)));
  });

  it('sees what an earlier article of the batch created or renamed, before anything is written', async () => {
    const pool = new CandidatePool(await index.candidatesFor(QUERIES));
    const earlier = emptyBundle();
    earlier.entities.push(
      { id: 'per_jo-bloggs', type: 'Person', name: 'Jo Bloggs', aliases: ['Ms Bloggs'] },
      { id: 'per_nick-brown', type: 'Person', name: 'Nick Brown', aliases: ['Nicholas Brown'] },
    );
    earlier.roles.push({ id: 'rol_bloggs-chancellor', personId: 'per_jo-bloggs', title: 'Shadow Chancellor', current: true });
    pool.apply(earlier);
    const set = await pool.lookup(query({ aliasKeys: ['bloggs', 'nicholas brown'], surnames: ['bloggs'], roleTitles: ['shadow chancellor'], date: '2025-01-01' }));
    expect(ids(set)).toEqual({
      byAlias: { bloggs: ['per_jo-bloggs'], 'nicholas brown': ['per_nick-brown'] },
      bySurname: { bloggs: ['per_jo-bloggs'] },
      byPrefix: {},
      roleHolders: { 'shadow chancellor': ['per_jo-bloggs'] },
    });
  });
});
