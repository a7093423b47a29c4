// Database down, on a Neo4j of this file's own: while it is stopped /ready answers 503, /health
// 200, queries get a clean SERVICE_UNAVAILABLE error (bounded time, no stack, no driver text),
// ingest fails clearly after retrying; when Neo4j is back the same API process recovers by
// itself and serves the same data.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { RetriesExhaustedError, withRetry } from '../../src/db/retry.js';
import { ingestArticle } from '../../src/ingest/ingestArticle.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import { fixtureBundle } from '../api/fixture.js';
import { startOwnNeo4j, type OwnNeo4j } from '../../scripts/reliability/lib/own-neo4j.js';
import { startIngest } from '../../scripts/reliability/lib/ingest-process.js';
import { serveApi, type HttpApi } from './http-server.js';

/** Generous bounds: "no hang" means an answer within these, on a loaded 2-core box. */
const READY_BOUND_MS = 10_000;
const QUERY_BOUND_MS = 45_000;
const RECOVERY_BOUND_MS = 300_000;
const LEAKS = [/neo4j/i, /cypher/i, /bolt:/i, /\bat .+\.(ts|js):\d+/, /stack/i, /ServiceUnavailable/];
const QUERY = '{ articles { id title quotes { totalCount } } }';

let own: OwnNeo4j | undefined;
let driver: Driver | undefined;
let api: HttpApi | undefined;
let dir: string | undefined;
let before: unknown;

beforeAll(async () => {
  own = await startOwnNeo4j({ label: 'down' });
  driver = createDriver(own.connection);
  await applySchema(driver);
  await writeBundle(driver, fixtureBundle());
  api = await serveApi(driver);
  dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-reliability-down-'));
}, 600_000);

afterAll(async () => {
  await api?.close();
  await driver?.close();
  await own?.dispose();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
}, 120_000);

describe('Neo4j stopped and started again under a running API', () => {
  it('serves while Neo4j is up', async () => {
    expect((await api!.get('/ready')).status).toBe(200);
    const res = await api!.post({ query: QUERY });
    expect(res.json?.errors).toBeUndefined();
    expect((res.json?.data as { articles: unknown[] }).articles.length).toBeGreaterThan(0);
    before = res.json?.data;
  });

  it('while down: /ready 503, /health 200, queries a clean error in bounded time', async () => {
    await own!.kill9();
    const ready = await api!.get('/ready');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(READY_BOUND_MS);
    expect((await api!.get('/health')).status).toBe(200);

    const res = await api!.post({ query: QUERY });
    process.stderr.write(`[reliability] query while Neo4j down answered in ${Math.round(res.ms)} ms: ${res.text.slice(0, 200)}\n`);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(QUERY_BOUND_MS);
    expect(res.json?.data ?? null).toBeNull();
    expect(res.json?.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(res.json?.errors?.[0]?.message).toMatch(/not reachable/);
    for (const leak of LEAKS) expect(res.text).not.toMatch(leak);
  }, QUERY_BOUND_MS + READY_BOUND_MS + 60_000);

  it('while down: the ingest use-case retries with backoff, then fails naming the cause', async () => {
    const waits: number[] = [];
    const error = await withRetry(() => ingestArticle(driver!, { text: 'Down\n"It will not be written," she said.\n', title: 'Down' }), {
      attempts: 3,
      initialDelayMs: 200,
      what: 'ingesting the test article',
      onRetry: (info) => waits.push(info.delayMs),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as Error).message).toMatch(/ingesting the test article failed after 3 attempts/);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
  }, 180_000);

  it('while down: npm run ingest exits non-zero with a clear message, no stack trace', async () => {
    const file = path.join(dir!, 'down.txt');
    await writeFile(file, 'Down\n"It will not be written," she said.\n');
    const outcome = await startIngest([file], own!.connection).done;
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(outcome.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 180_000);

  it('recovers by itself when Neo4j is back, with the same data', async () => {
    const restarted = Date.now();
    await own!.start();
    let ready = 0;
    while (Date.now() - restarted < RECOVERY_BOUND_MS) {
      ready = (await api!.get('/ready')).status;
      if (ready === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(ready).toBe(200);
    const res = await api!.post({ query: QUERY });
    expect(res.json?.errors).toBeUndefined();
    expect(res.json?.data).toEqual(before);
    process.stderr.write(`[reliability] API ready again ${((Date.now() - restarted) / 1000).toFixed(1)} s after Neo4j restart began\n`);
  }, RECOVERY_BOUND_MS + 60_000);
});
