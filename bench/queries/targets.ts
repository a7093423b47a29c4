// The three ways of asking each contract query, as functions the load generator calls.

import type { Driver } from 'neo4j-driver';
import { aliasKey } from '../../src/model/names.js';
import { API_QUERIES, CYPHER_QUERIES, NEO4J_GRAPHQL_QUERIES, apiAnswer, cypherAnswer, neo4jGraphqlAnswer } from './contract.js';
import type { Answer, Json, QueryName } from './contract.js';
import { GraphqlClient } from './graphql-client.js';

export type TargetName = 'api' | 'cypher' | 'neo4j-graphql';
export const TARGET_NAMES: readonly TargetName[] = ['api', 'cypher', 'neo4j-graphql'];
export const TARGET_LABELS: Record<TargetName, string> = {
  api: '(a) quotegraph API',
  cypher: '(b) raw Cypher',
  'neo4j-graphql': '(c) @neo4j/graphql',
};

export interface Target {
  name: TargetName;
  ask(query: QueryName, personName: string): Promise<Answer>;
  close(): void;
}

export function apiTarget(url: string, maxSockets: number): Target {
  const client = new GraphqlClient(url, maxSockets);
  return {
    name: 'api',
    ask: async (query, name) => apiAnswer(query, await client.post(API_QUERIES[query], { name })),
    close: () => client.close(),
  };
}

export function neo4jGraphqlTarget(url: string, maxSockets: number): Target {
  const client = new GraphqlClient(url, maxSockets);
  return {
    name: 'neo4j-graphql',
    ask: async (query, name) => neo4jGraphqlAnswer(query, await client.post(NEO4J_GRAPHQL_QUERIES[query], { key: aliasKey(name) })),
    close: () => client.close(),
  };
}

/** The floor: the same answer straight from the driver, in a read transaction, as plain objects. */
export function cypherTarget(driver: Driver): Target {
  return {
    name: 'cypher',
    ask: async (query, name) => {
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.executeRead((tx) => tx.run(CYPHER_QUERIES[query], { key: aliasKey(name) }));
        return cypherAnswer(query, result.records.map((r) => r.toObject() as Json));
      } finally {
        await session.close();
      }
    },
    close: () => {},
  };
}
