// A short load run (CI size): the contract queries over HTTP on loopback from 8 connections
// for RELIABILITY_LOAD_SECONDS (default 10) against the seed graph, with zero errors.
// `npm run reliability` runs the 60 s version and prints the figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { applySchema } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { describeLoad, runLoad } from '../../scripts/reliability/lib/load.js';
import { serveApi, type HttpApi } from './http-server.js';

const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 10);
let api: HttpApi;

beforeAll(async () => {
  await resetDatabase();
  await applySchema(testDriver());
  await seedGraph(testDriver());
  api = await serveApi(testDriver());
});

afterAll(async () => {
  await api?.close();
});

describe('load', () => {
  it(`serves the contract queries for ${SECONDS} s from 8 connections with zero errors`, async () => {
    const report = await runLoad({ url: api.url, seconds: SECONDS, connections: 8 });
    process.stderr.write(`[reliability] load: ${describeLoad(report)}\n`);
    expect(report.sampleError).toBeUndefined();
    expect(report.errors).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.non2xx).toBe(0);
    expect(report.graphqlErrors).toBe(0);
    // Throughput is reported, not asserted (CI machines vary); every connection must have been served.
    expect(report.requests).toBeGreaterThanOrEqual(8);
  }, (SECONDS + 60) * 1000);
});
