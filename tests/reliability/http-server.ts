// The API served over real HTTP on loopback (port 0), as clients and autocannon see it.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createServer, type ServerOptions } from '../../src/api/server.js';

export interface HttpApi {
  url: string;
  server: Server;
  /** Cypher statements the API sent since start. */
  queries: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  get(path: string): Promise<HttpAnswer>;
  close(): Promise<void>;
}

export interface HttpAnswer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  ms: number;
}

export async function serveApi(driver: Driver, options: Partial<ServerOptions> = {}): Promise<HttpApi> {
  const queries: string[] = [];
  const api = createServer({ driver, quiet: true, graphiql: false, onQuery: (cypher) => void queries.push(cypher), ...options });
  const server = api.createHttpServer();
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const answer = async (res: Response, started: number): Promise<HttpAnswer> => {
    const text = await res.text();
    let json: HttpAnswer['json'];
    try {
      json = JSON.parse(text) as HttpAnswer['json'];
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, ms: performance.now() - started };
  };
  return {
    url,
    server,
    queries,
    async post(body, headers = {}) {
      const started = performance.now();
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
      return answer(res, started);
    },
    async get(path) {
      const started = performance.now();
      const res = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(60_000) });
      return answer(res, started);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
