// Liveness and readiness, and what a client sees while the database is down; also the real
// HTTP server (not just yoga.fetch) on a loopback port.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { createServer } from '../../src/api/server.js';
import { loadGraph, testApi } from './client.js';
import { fixtureBundle } from './fixture.js';
import { testConnection } from '../support/neo4j.js';

beforeAll(async () => {
  await loadGraph(fixtureBundle());
});

describe('with Neo4j up', () => {
  it('/health and /ready answer 200', async () => {
    const { yoga } = testApi();
    expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await yoga.fetch('http://localhost/ready')).status).toBe(200);
  });

  it('serves GraphQL and GraphiQL over HTTP', async () => {
    const server = testApi().createHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(name: "Sir Keir") { name } }' }),
      });
      expect(await res.json()).toEqual({ data: { entity: { name: 'Keir Starmer' } } });
      const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/graphiql/i);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('with Neo4j unreachable', () => {
  // A port nothing listens on: the driver fails fast with ServiceUnavailable.
  const driver = createDriver(
    { ...testConnection(), uri: 'bolt://127.0.0.1:1' },
    { connectionTimeoutMs: 1000, acquisitionTimeoutMs: 2000 },
  );
  afterAll(() => driver.close());

  it('/health stays 200 while /ready answers 503', async () => {
    const { yoga } = createServer({ driver, quiet: true, readyTimeoutMs: 3000 });
    expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await yoga.fetch('http://localhost/ready')).status).toBe(503);
  });

  it('queries get a clean SERVICE_UNAVAILABLE error', async () => {
    const api = testApi({ driver });
    const res = await api.gql('{ quotes(speaker: "Farage") { totalCount } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toMatch(/graph database is not reachable/);
    expect(res.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|neo4j/i);
  });
});
