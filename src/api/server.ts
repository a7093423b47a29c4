// The GraphQL server: yoga over the merged schema, with query limits, masked errors,
// /health (liveness) and /ready (503 until Neo4j answers).
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createSchema } from './schema.js';
import { createReader, type ReaderOptions } from './reader.js';
import { createContext, type ApiContext } from './loaders.js';
import type { ResolverMap } from './resolvers/index.js';

export const LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  maxDirectives: 20,
} as const;

export interface ServerOptions extends ReaderOptions {
  driver: Driver;
  /** Serve GraphiQL at the endpoint (default true). */
  graphiql?: boolean;
  /** Extra resolver maps, for SDL files whose resolvers are not in the registry (tests). */
  extraResolvers?: ResolverMap[];
  /** Silence yoga's own logging (tests). */
  quiet?: boolean;
  /** How long /ready waits for Neo4j before answering 503 (ms, default 2000). */
  readyTimeoutMs?: number;
}

export type ApiYoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

export interface ApiServer {
  yoga: ApiYoga;
  /** A node http server serving the yoga instance; the caller listens and closes it. */
  createHttpServer(): Server;
}

async function neo4jAnswers(driver: Driver, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = driver.verifyConnectivity().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createServer(options: ServerOptions): ApiServer {
  const { driver } = options;
  const reader = createReader(driver, options);
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema({ extraResolvers: options.extraResolvers ?? [] }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.graphiql ?? true,
    // Never show stack traces, Cypher or driver messages, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    logging: options.quiet ? false : 'info',
    context: () => createContext(reader),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
        blockFieldSuggestion: { enabled: true },
      }),
      useReadinessCheck({
        endpoint: '/ready',
        check: () => neo4jAnswers(driver, options.readyTimeoutMs ?? 2000),
      }),
    ],
  });
  return {
    yoga,
    createHttpServer: () => createHttpServer(yoga),
  };
}
