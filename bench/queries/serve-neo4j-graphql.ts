// Child process of the query benchmark: the Neo4j GraphQL Library (@neo4j/graphql) serving
// the same graph through graphql-yoga on loopback.

import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { serveChild } from './child-server.js';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-typedefs.js';

serveChild('serve-neo4j-graphql', async (driver) => {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
  return createServer(yoga);
}).catch((error: unknown) => {
  process.stderr.write(`serve-neo4j-graphql: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
