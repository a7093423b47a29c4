// The three ways of asking each contract query, as functions the load generator calls.

import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { quotesStatement } from '../../src/api/queries/quotes.js';
import type { CardShape } from '../../src/api/queries/projections.js';
import { quoteCardShape, wantsTotal } from '../../src/api/selection.js';
import { aliasKey } from '../../src/model/names.js';
import { API_QUERIES, CYPHER_QUERIES, SORT_QUERIES, PAGE, NEO4J_GRAPHQL_QUERIES, apiAnswer, cypherAnswer, neo4jGraphqlAnswer } from './contract.js';
import type { Answer, Json, QueryName } from './contract.js';
import { GraphqlClient } from './graphql-client.js';

export type TargetName = 'api' | 'api-cypher' | 'cypher' | 'cypher-sort' | 'neo4j-graphql';
export const TARGET_NAMES: readonly TargetName[] = ['api', 'api-cypher', 'cypher', 'cypher-sort', 'neo4j-graphql'];
export const TARGET_LABELS: Record<TargetName, string> = {
  api: '(a) quotegraph API',
  'api-cypher': "(a') API's Cypher, driver",
  cypher: '(b) raw Cypher',
  'cypher-sort': "(b') Cypher, full sort",
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

/**
 * The statement the API sends for a contract query's selection, as its resolver computes it:
 * the card fields selected, and a total only when totalCount or pageInfo is selected.
 * Computed once per query, so the diagnostic pays no parsing per request.
 */
function apiStatement(query: 'quotesAbout' | 'quotesBy'): string {
  const op = parse(API_QUERIES[query]).definitions[0] as OperationDefinitionNode;
  const info = { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments: {} };
  const filter = query === 'quotesAbout' ? { aboutKey: '' } : { speakerKey: '' };
  const shape: CardShape = quoteCardShape(info);
  return quotesStatement(filter, false, 'keyed', shape, wantsTotal(info));
}

/**
 * Diagnostic: the statement our API sends for quotes(about:|speaker:) (src/api/queries/quotes.ts),
 * run straight through the driver, to split the API's time into query shape and GraphQL layer.
 */
export function apiCypherTarget(driver: Driver): Target {
  const statements = { quotesAbout: apiStatement('quotesAbout'), quotesBy: apiStatement('quotesBy') };
  return {
    name: 'api-cypher',
    ask: async (query, name) => {
      if (query === 'personRoles') throw new Error('api-cypher covers the quote queries only');
      const key = aliasKey(name);
      const filter = query === 'quotesAbout' ? { aboutKey: key } : { speakerKey: key };
      // The API's session settings and auto-commit read too (src/api/reader.ts).
      const session = driver.session({ defaultAccessMode: 'READ', notificationFilter: { minimumSeverityLevel: 'OFF' } });
      try {
        const result = await session.run(statements[query], {
          speakerKey: null, aboutKey: null, topicKey: null, articleId: null, kind: null, ...filter,
          offset: neo4j.int(0), limit: neo4j.int(PAGE),
        });
        const items = (result.records[0]?.get('items') ?? []) as Json[];
        return cypherAnswer(query, items.map((q) => ({ quote: q })));
      } finally {
        await session.close();
      }
    },
    close: () => {},
  };
}

/** Diagnostic: SORT_QUERIES (contract.ts), the same answer by sorting every quote of the entity. */
export function cypherSortTarget(driver: Driver): Target {
  return {
    name: 'cypher-sort',
    ask: async (query, name) => {
      const statement = SORT_QUERIES[query];
      if (!statement) throw new Error('cypher-sort covers the quote queries only');
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(statement, { key: aliasKey(name) });
        return cypherAnswer(query, result.records.map((r) => r.toObject() as Json));
      } finally {
        await session.close();
      }
    },
    close: () => {},
  };
}

/**
 * The floor: the same answer straight from the driver, as plain objects, in an auto-commit
 * transaction of a READ session (one socket write per query, as the API's reader does since
 * session 3; src/api/reader.ts).
 */
export function cypherTarget(driver: Driver): Target {
  return {
    name: 'cypher',
    ask: async (query, name) => {
      // The API's session settings (src/api/reader.ts): no notifications to decode.
      const session = driver.session({ defaultAccessMode: 'READ', notificationFilter: { minimumSeverityLevel: 'OFF' } });
      try {
        const result = await session.run(CYPHER_QUERIES[query], { key: aliasKey(name) });
        if (query === 'personRoles') return cypherAnswer(query, result.records.map((r) => r.toObject() as Json));
        const quotes = (result.records[0]?.get('quotes') ?? []) as Json[];
        return cypherAnswer(query, quotes.map((quote) => ({ quote })));
      } finally {
        await session.close();
      }
    },
    close: () => {},
  };
}
