import { beforeAll, describe, expect, it } from 'vitest';
import { Neo4jEntityIndex, wordPrefixes } from '../../src/link/neo4jIndex.js';
import type { CandidateQuery } from '../../src/link/types.js';
import { emptyBundle, type GraphBundle } from '../../src/model/bundle.js';
import { nameWords } from '../../src/model/names.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';

// Role hits are looked up through Role.titleKey; these titles exercise every way a graph title
// can fit an article's title (equal, longer, shorter) and the titles Cypher cannot normalise.
const TITLES: Record<string, string> = {
  'per_a': 'Chancellor of the Exchequer',
  'per_b': 'Vice-President',
  'per_c': 'Secretary',
  'per_d': 'Président du Conseil',
  'per_e': "People's Champion",
  'per_f': 'Home Secretary',
};

function graph(): GraphBundle {
  const b = emptyBundle();
  for (const [id, title] of Object.entries(TITLES)) {
    b.entities.push({ id, type: 'Person', name: `Person ${id}`, aliases: [] });
    b.roles.push({ id: `rol_${id}`, personId: id, title, organisationId: null, current: true, startDate: '2020-01-01' });
  }
  return b;
}

const query = (roleTitles: string[]): CandidateQuery => ({
  articleId: 'art_0000000000000000', aliasKeys: [], surnames: [], organisationPrefixes: [], roleTitles, date: '2024-01-01',
});

describe('role lookup by title key', () => {
  const index = new Neo4jEntityIndex(testDriver());

  beforeAll(async () => {
    await resetDatabase();
    await applySchema(testDriver());
    await writeBundle(testDriver(), graph());
  });

  it('stores the title as nameWords reads it, or ~ when Cypher cannot', async () => {
    const { records } = await testDriver().executeQuery('MATCH (r:Role) RETURN r.title AS title, r.titleKey AS key');
    const keys = new Map(records.map((r) => [r.get('title') as string, r.get('key') as string]));
    for (const title of ['Chancellor of the Exchequer', 'Vice-President', 'Secretary', 'Home Secretary']) {
      expect(keys.get(title)).toBe(nameWords(title).join(' '));
    }
    expect(keys.get('Président du Conseil')).toBe('~');
    expect(keys.get("People's Champion")).toBe('~');
  });

  it('finds a holder whose title is longer, equal or shorter than the article title', async () => {
    const set = await index.lookup(query(['chancellor', 'vice president', 'secretary of state', 'home secretary']));
    expect(set.roleHolders.get('chancellor')?.map((c) => c.id)).toEqual(['per_a']);
    expect(set.roleHolders.get('vice president')?.map((c) => c.id)).toEqual(['per_b']);
    expect(set.roleHolders.get('secretary of state')?.map((c) => c.id)).toEqual(['per_c']);
    expect(set.roleHolders.get('home secretary')?.map((c) => c.id)).toEqual(['per_f']);
  });

  it('still finds holders of titles with accents or apostrophes', async () => {
    const set = await index.lookup(query(['president', 'people champion']));
    expect(set.roleHolders.get('president')?.map((c) => c.id)).toEqual(['per_d']);
    expect(set.roleHolders.get('people champion')?.map((c) => c.id)).toEqual(['per_e']);
  });
});

describe('wordPrefixes', () => {
  it('gives every word prefix of every title once', () => {
    expect(wordPrefixes(['home secretary', 'home office minister'])).toEqual(['home', 'home office', 'home office minister', 'home secretary']);
  });
});
