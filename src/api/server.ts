// The GraphQL server: yoga over the merged schema, with query limits, masked errors,
// /health (liveness) and /ready (503 until Neo4j answers).
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createSchema } from './schema.js';
import { maskError } from './mask.js';
import { createReader, type ReaderOptions } from './reader.js';
import { createContext, type ApiContext } from './loaders.js';
import type { ResolverMap } from './resolvers/index.js';
import { withJsonBodies } from './jsonBody.js';

// Cost follows graphql-armor's model (objects 2, scalars 1, x1.5 per level, x`first` for
// literal page sizes): a full page of 100 quote cards costs about 8,400, a page of quotes
// each with a page of 100 of its speaker's quotes far more than the limit.
export const LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 1000,
  maxDirectives: 20,
};
export type Limits = typeof LIMITS;

/** Largest request body accepted (yoga's own default, stated so the body reader uses the same). */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

export interface ServerOptions extends ReaderOptions {
  driver: Driver;
  /** Serve GraphiQL at the endpoint (default true). */
  graphiql?: boolean;
  /** Directory of the *.graphql files (default: the repository's schema/). */
  schemaDir?: string;
  /** Extra resolver maps, for SDL files whose resolvers are not in the registry (tests). */
  extraResolvers?: ResolverMap[];
  /** Silence yoga's own logging (tests). */
  quiet?: boolean;
  /** How long /ready waits for Neo4j before answering 503 (ms, default 2000). */
  readyTimeoutMs?: number;
  /** Overrides of the query limits (tests that measure something else). */
  limits?: Partial<Limits>;
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
  const limits = { ...LIMITS, ...options.limits };
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema({
      extraResolvers: options.extraResolvers ?? [],
      ...(options.schemaDir ? { dir: options.schemaDir } : {}),
    }),
    graphqlEndpoint: '/graphql',
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.graphiql ?? true,
    // Never show stack traces, Cypher or driver messages, whatever NODE_ENV says.
    maskedErrors: { isDev: false, maskError },
    logging: options.quiet ? false : 'info',
    context: () => createContext(reader, driver),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        maxAliases: { n: limits.maxAliases },
        costLimit: { maxCost: limits.maxCost },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives },
        blockFieldSuggestion: { enabled: true },
      }),
      // Operations run as functions compiled once per document (cached with yoga's parsed
      // document) instead of graphql-js walking the document on every request: 0.1-0.17 ms less
      // API CPU per quotes(about:) request, about 15% (bench/RESULTS.md, session 4). A document
      // that does not compile answers its errors to the client, as execution would.
      useGraphQlJit({}, { onError: () => {} }),
      useReadinessCheck({
        endpoint: '/ready',
        check: () => neo4jAnswers(driver, options.readyTimeoutMs ?? 2000),
      }),
    ],
  });
  return {
    yoga,
    createHttpServer: () => createHttpServer(withJsonBodies(yoga, MAX_REQUEST_BODY_BYTES)),
  };
}
