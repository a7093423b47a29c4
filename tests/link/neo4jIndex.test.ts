import { beforeAll, describe, expect, it } from 'vitest';
import { articleId, sha256Hex } from '../../src/link/ids.js';
import { Neo4jEntityIndex } from '../../src/link/neo4jIndex.js';
import { emptyBundle, type GraphBundle } from '../../src/model/bundle.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { candidateQuery } from '../support/candidateQuery.js';

const text = 'Budget\nGordon Brown and Tony Blair met. Nick Brown of the Red Wall caucus waited.';
const art = articleId(text);

function graph(): GraphBundle {
  const b = emptyBundle();
  b.entities.push(
    { id: 'per_gordon-brown', type: 'Person', name: 'Gordon Brown', aliases: ['Mr Brown'] },
    { id: 'per_nick-brown', type: 'Person', name: 'Nick Brown', aliases: [] },
    { id: 'per_tony-blair', type: 'Person', name: 'Tony Blair', aliases: ['Mr Blair'] },
    { id: 'per_rachel-reeves', type: 'Person', name: 'Rachel Reeves', aliases: [] },
    { id: 'org_labour-party', type: 'Organisation', name: 'Labour Party', aliases: ['Labour'], subtype: 'party' },
    { id: 'org_red-wall-group', type: 'Organisation', name: 'Red Wall group', aliases: ['Red Wall caucus'], subtype: 'group' },
  );
  b.roles.push(
    { id: 'rol_reeves-chancellor', personId: 'per_rachel-reeves', title: 'Chancellor of the Exchequer', organisationId: null, current: true, startDate: '2024-07-05' },
    { id: 'rol_brown-chancellor', personId: 'per_gordon-brown', title: 'Chancellor of the Exchequer', current: false, startDate: '1997-05-02', endDate: '2007-06-27' },
    { id: 'rol_blair-pm', personId: 'per_tony-blair', title: 'Prime Minister', organisationId: 'org_labour-party', current: false, startDate: '1997-05-02', endDate: '2007-06-27' },
  );
  b.memberships.push({ memberId: 'per_gordon-brown', organisationId: 'org_labour-party' });
  b.articles.push({ id: art, title: 'Budget', text, sha256: sha256Hex(text) });
  const m = (entityId: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return { articleId: art, entityId, start, end: start + phrase.length, text: phrase };
  };
  b.mentions.push(m('per_gordon-brown', 'Gordon Brown'), m('per_tony-blair', 'Tony Blair'), m('per_nick-brown', 'Nick Brown'));
  return b;
}

const query = candidateQuery;

describe('Neo4jEntityIndex', () => {
  const index = new Neo4jEntityIndex(testDriver());

  beforeAll(async () => {
    await resetDatabase();
    await applySchema(testDriver());
    await writeBundle(testDriver(), graph());
  });

  it('finds candidates by alias key with their context', async () => {
    const set = await index.lookup(query({ aliasKeys: ['brown', 'labour'] }));
    const brown = set.byAlias.get('brown') ?? [];
    expect(brown.map((c) => c.id)).toEqual(['per_gordon-brown']);
    const gordon = brown[0]!;
    expect(gordon.type).toBe('Person');
    expect(gordon.memberOf).toContain('org_labour-party');
    expect(gordon.roles.map((r) => r.title)).toEqual(['Chancellor of the Exchequer']);
    expect(gordon.articleCount).toBe(1);
    expect(new Set(gordon.coMentioned)).toEqual(new Set(['per_tony-blair', 'per_nick-brown']));
    expect(gordon.inArticle).toBe(false);
    expect(set.byAlias.get('labour')?.map((c) => c.id)).toEqual(['org_labour-party']);
  });

  it('finds every person of a surname, and only persons', async () => {
    const set = await index.lookup(query({ surnames: ['brown', 'nobody'] }));
    expect(set.bySurname.get('brown')?.map((c) => c.id).sort()).toEqual(['per_gordon-brown', 'per_nick-brown']);
    expect(set.bySurname.has('nobody')).toBe(false);
  });

  it('finds organisations by an alias prefix', async () => {
    const set = await index.lookup(query({ organisationPrefixes: ['red wall', 'wall'] }));
    expect(set.byPrefix.get('red wall')?.map((c) => c.id)).toEqual(['org_red-wall-group']);
    expect(set.byPrefix.has('wall')).toBe(false);
  });

  it('finds the holder of a role at the date, and none without a date', async () => {
    const now = await index.lookup(query({ roleTitles: ['chancellor'], date: '2025-01-01' }));
    expect(now.roleHolders.get('chancellor')?.map((c) => c.id)).toEqual(['per_rachel-reeves']);
    const then = await index.lookup(query({ roleTitles: ['chancellor', 'prime minister'], date: '2005-03-01' }));
    expect(then.roleHolders.get('chancellor')?.map((c) => c.id)).toEqual(['per_gordon-brown']);
    expect(then.roleHolders.get('prime minister')?.map((c) => c.id)).toEqual(['per_tony-blair']);
    const undated = await index.lookup(query({ roleTitles: ['chancellor'] }));
    expect(undated.roleHolders.size).toBe(0);
  });

  it('marks candidates already tied to the article being linked', async () => {
    const set = await index.lookup(query({ articleId: art, aliasKeys: ['tony blair', 'rachel reeves'] }));
    expect(set.byAlias.get('tony blair')?.[0]?.inArticle).toBe(true);
    expect(set.byAlias.get('rachel reeves')?.[0]?.inArticle).toBe(false);
  });
});
