// No N+1: a nested request costs the same number of Cypher queries whether it returns a few
// results or many.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, testApi, type TestApi } from './client.js';
import { fixtureBundle, scaledBundle } from './fixture.js';
import { writeBundle } from '../../src/write/index.js';
import { testDriver } from '../support/neo4j.js';

// Every kind of nested list the schema has, under a list of quotes and a list of articles.
const NESTED = `{
  quotes(about: "Reform UK", first: 100) {
    totalCount
    nodes {
      text
      speaker {
        __typename name aliases
        ... on Person { roles { title organisation { name } place { name } } memberOf { name } said(first: 5) { totalCount nodes { text } } }
        mentionedIn { totalCount nodes { title } }
        quotedAbout { totalCount }
      }
      about { name ... on Organisation { members { name } roles { title person { name } } said { totalCount } } }
      topics { name quotes(first: 3) { totalCount } }
      channel { name }
      article { title text mentions { name } quotes { totalCount } }
    }
  }
  articles(first: 100) { title quotes(first: 100) { totalCount nodes { speaker { name } } } mentions { name } }
}`;

async function countQueries(api: TestApi): Promise<{ queries: number; quotes: number }> {
  api.queries.length = 0;
  const res = await api.gql<{ quotes: { totalCount: number } }>(NESTED);
  expect(res.errors).toBeUndefined();
  return { queries: api.queries.length, quotes: res.data!.quotes.totalCount };
}

describe('query count', () => {
  let api: TestApi;
  beforeAll(async () => {
    await loadGraph(fixtureBundle(), scaledBundle(3));
    // This test counts round trips; the cost limit (tested elsewhere) would refuse its query.
    api = testApi({ limits: { maxCost: 10_000_000 } });
  });

  it('does not grow with the number of results', async () => {
    const small = await countQueries(api);
    expect(small.quotes).toBe(5);

    await writeBundle(testDriver(), scaledBundle(60));
    const large = await countQueries(api);
    expect(large.quotes).toBe(62);

    expect(large.queries).toBe(small.queries);
    // One per top-level field plus one batch per kind of nested list, not one per result.
    expect(large.queries).toBeLessThanOrEqual(15);
  });

  it('answers the first contract operation in a single query', async () => {
    api.queries.length = 0;
    const res = await api.gql(
      `{ quotes(about: "Reform UK", first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id text kind cue start end speaker { __typename id name } about { __typename id name } topics { name } channel { name } article { id title } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(api.queries).toHaveLength(1);
  });

  it('answers person { roles } in a single query, with the roles the loader gives', async () => {
    const ROLES = 'roles { id title current startDate endDate person { name } organisation { id name } place { id name } }';
    api.queries.length = 0;
    const byName = await api.gql<{ person: { id: string; roles: unknown[] } }>(`{ person(name: "Jo White") { id name ${ROLES} } }`);
    expect(byName.errors).toBeUndefined();
    expect(api.queries).toHaveLength(1);

    api.queries.length = 0;
    const byId = await api.gql<{ person: { roles: unknown[] } }>(
      `query($id: ID!) { person(id: $id) { name ...R } } fragment R on Person { ${ROLES} }`,
      { id: byName.data!.person.id },
    );
    expect(byId.errors).toBeUndefined();
    expect(api.queries).toHaveLength(1);

    // entity(name:) resolves roles through the batched loader: the same list, in the same order.
    const viaLoader = await api.gql<{ entity: { roles: unknown[] } }>(`{ entity(name: "Jo White") { ... on Person { ${ROLES} } } }`);
    expect(viaLoader.errors).toBeUndefined();
    expect(byName.data!.person.roles).toHaveLength(2);
    expect(byName.data!.person.roles).toEqual(viaLoader.data!.entity.roles);
    expect(byId.data!.person.roles).toEqual(viaLoader.data!.entity.roles);

    const orgRoles = `{ organisation(name: "Labour Party") { roles { id title person { name } } } }`;
    api.queries.length = 0;
    const org = await api.gql<{ organisation: { roles: unknown[] } }>(orgRoles);
    expect(org.errors).toBeUndefined();
    expect(api.queries).toHaveLength(1);
    const orgViaLoader = await api.gql<{ entity: { roles: unknown[] } }>(
      `{ entity(name: "Labour Party") { ... on Organisation { roles { id title person { name } } } } }`,
    );
    expect(org.data!.organisation.roles.length).toBeGreaterThan(1);
    expect(org.data!.organisation.roles).toEqual(orgViaLoader.data!.entity.roles);
  });
});
