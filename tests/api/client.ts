// Test helpers: a server over the run's Neo4j that counts the queries it sends, and a small
// GraphQL client over yoga.fetch (no port needed).
import type { Driver } from 'neo4j-driver';
import { createServer, type ApiServer, type Limits } from '../../src/api/server.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import type { GraphBundle } from '../../src/model/bundle.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
  path?: (string | number)[];
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  text: string;
}

export interface TestApi extends ApiServer {
  driver: Driver;
  /** Cypher statements sent since the last resetCount(). */
  queries: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
}

export function testApi(options: { driver?: Driver; limits?: Partial<Limits> } = {}): TestApi {
  const driver = options.driver ?? testDriver();
  const queries: string[] = [];
  const server = createServer({
    driver,
    quiet: true,
    onQuery: (cypher) => void queries.push(cypher),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    ...server,
    driver,
    queries,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await server.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
      return { status: res.status, text, ...body };
    },
  };
}

/** Empty graph, schema applied, then the bundles written in order. */
export async function loadGraph(...bundles: GraphBundle[]): Promise<void> {
  await resetDatabase();
  const driver = testDriver();
  await applySchema(driver);
  for (const bundle of bundles) await writeBundle(driver, bundle);
}

/** The contract operations from the issue, verbatim. */
export const CONTRACT = {
  quotesAboutReform: `{ quotes(about: "Reform UK", first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id text kind cue start end speaker { __typename id name } about { __typename id name } topics { name } channel { name } article { id title } } } }`,
  quotesByFarage: `{ quotes(speaker: "Farage") { totalCount nodes { text } } }`,
  reedOnThatcher: `{ quotes(speaker: "Steve Reed", about: "Margaret Thatcher") { nodes { text } } }`,
  immigration: `{ quotes(topic: "immigration") { nodes { text speaker { name } } } }`,
  sirKeir: `{ entity(name: "Sir Keir") { __typename id name aliases } }`,
  joWhite: `{ person(name: "Jo White") { name roles { title current organisation { name } place { name } } said { totalCount } } }`,
  labourTogether: `{ organisation(name: "Labour Together") { name roles { title person { name } } mentionedIn { totalCount } } }`,
  articles: `{ articles { id title quotes { totalCount } } }`,
  search: `{ search(text: "clean energy") { __typename ... on Quote { text } ... on Person { name } } }`,
} as const;
