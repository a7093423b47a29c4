// Alias.types: every alias knows the types of the entities it names, so the linker's lookup can
// pass over aliases that name only unnamed sources; older graphs get the list by a one-time
// backfill or when an alias is written again, and the lookup still expands aliases without it.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Neo4jEntityIndex } from '../../src/link/neo4jIndex.js';
import { emptyBundle, type GraphBundle } from '../../src/model/bundle.js';
import { ALIAS_TYPES_MARKER, ensureAliasTypes } from '../../src/write/aliasTypesBackfill.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { candidateQuery } from '../support/candidateQuery.js';

const db = () => testDriver();

function bundle(): GraphBundle {
  const b = emptyBundle();
  b.entities.push(
    { id: 'per_sam-spokesman', type: 'Person', name: 'Sam Spokesman', aliases: ['Spokesman'] },
    { id: 'src_a1-1', type: 'UnnamedSource', name: 'a spokesman', aliases: ['spokesman'] },
    { id: 'src_a2-1', type: 'UnnamedSource', name: 'a Labour spokesman', aliases: [] },
    { id: 'org_labour-party', type: 'Organisation', name: 'Labour Party', aliases: ['Labour'] },
  );
  return b;
}

async function typesOf(key: string): Promise<string[] | null> {
  const { records } = await db().executeQuery('MATCH (a:Alias {key: $key}) RETURN a.types AS types', { key });
  return (records[0]?.get('types') as string[] | null) ?? null;
}

beforeAll(async () => {
  await applySchema(db());
});

describe('Alias.types', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('lists the types of every entity an alias names', async () => {
    await writeBundle(db(), bundle());
    expect([...((await typesOf('spokesman')) ?? [])].sort()).toEqual(['Person', 'UnnamedSource']);
    expect(await typesOf('a labour spokesman')).toEqual(['UnnamedSource']);
    expect(await typesOf('labour')).toEqual(['Organisation']);
  });

  it('gives an alias written by an older version the types of all it names when it is written again', async () => {
    await writeBundle(db(), bundle());
    await db().executeQuery('MATCH (a:Alias) REMOVE a.types');
    const again = emptyBundle();
    again.entities.push({ id: 'per_sam-spokesman', type: 'Person', name: 'Sam Spokesman', aliases: ['Spokesman'] });
    await writeBundle(db(), again);
    expect([...((await typesOf('spokesman')) ?? [])].sort()).toEqual(['Person', 'UnnamedSource']);
  });

  it('backfills an older graph once and marks it', async () => {
    await writeBundle(db(), bundle());
    await db().executeQuery('MATCH (a:Alias) REMOVE a.types');
    await db().executeQuery(`DROP INDEX ${ALIAS_TYPES_MARKER} IF EXISTS`);
    expect(await ensureAliasTypes(db(), 2)).toBe(6);
    expect(await typesOf('a labour spokesman')).toEqual(['UnnamedSource']);
    expect(await ensureAliasTypes(db())).toBeNull();
  });

  it('finds the same candidates whether or not the aliases carry their types', async () => {
    await writeBundle(db(), bundle());
    const query = [candidateQuery({ aliasKeys: ['spokesman', 'a labour spokesman', 'labour'], surnames: ['spokesman'], organisationPrefixes: ['labour'] })];
    const ids = async (): Promise<string[]> => (await new Neo4jEntityIndex(db()).candidatesFor(query)).map((c) => c.id).sort();
    const typed = await ids();
    expect(typed).toEqual(['org_labour-party', 'per_sam-spokesman']);
    await db().executeQuery('MATCH (a:Alias) REMOVE a.types');
    expect(await ids()).toEqual(typed);
  });
});
