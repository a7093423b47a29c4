// Crash safety and concurrency of ingest, on a Neo4j of this file's own (it gets killed):
// kill -9 the ingest, kill -9 Neo4j, two ingests at once. After each fault every stored article
// is whole (its quotes and mentions equal a clean reference ingest of the same files) or
// absent, and re-running completes the set: the final graph equals the reference graph.
// CI size: RELIABILITY_ARTICLES (default 60) for the crashes, RELIABILITY_CONCURRENT_ARTICLES
// (default the same) for concurrency; `npm run reliability` runs 500 / 200.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { writeCorpus } from '../../scripts/reliability/lib/corpus.js';
import { startOwnNeo4j, type OwnNeo4j } from '../../scripts/reliability/lib/own-neo4j.js';
import {
  concurrentScenario,
  killIngestScenario,
  killNeo4jScenario,
  referenceIngest,
  type Reference,
} from '../../scripts/reliability/lib/scenarios.js';

const ARTICLES = Number(process.env.RELIABILITY_ARTICLES ?? 60);
const CONCURRENT_ARTICLES = Math.min(ARTICLES, Number(process.env.RELIABILITY_CONCURRENT_ARTICLES ?? ARTICLES));
// Per step: a generous 15 s per article (a loaded 2-core box ingests one in about 3 s), at least 30 min.
const STEP_MS = Math.max(30 * 60_000, ARTICLES * 15_000);
const log = (line: string): void => void process.stderr.write(`[reliability] ${line}\n`);

let own: OwnNeo4j | undefined;
let driver: Driver | undefined;
let dir: string | undefined;
let files: string[] = [];
let reference: Reference;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-reliability-corpus-'));
  files = await writeCorpus(dir, ARTICLES);
  own = await startOwnNeo4j({ label: 'crash' });
  driver = createDriver(own.connection);
  reference = await referenceIngest(own, driver, files, log);
}, STEP_MS);

afterAll(async () => {
  await driver?.close();
  await own?.dispose();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
}, 120_000);

describe(`ingest of ${ARTICLES} generated articles under faults`, () => {
  it('the reference ingest stores the articles (else the checks below prove nothing)', () => {
    expect(reference.snapshot.articles.size).toBeGreaterThanOrEqual(ARTICLES / 2);
    expect(reference.snapshot.articles.size + reference.refused.size).toBe(ARTICLES + reference.seeded);
    expect(reference.snapshot.labels['Quote'] ?? 0).toBeGreaterThan(ARTICLES);
    expect(reference.snapshot.duplicateIds).toEqual([]);
  });

  it('kill -9 of the ingest (twice): articles whole or absent, the re-run completes the set', async () => {
    const result = await killIngestScenario(own!, driver!, files, reference, [0.25, 0.6], log);
    for (const [i, after] of result.afterKills.entries()) {
      expect(after.partial, `partial articles after kill ${i + 1}`).toEqual([]);
      expect(after.unexpected).toEqual([]);
      expect(after.missing.length, 'the kill happened before the end').toBeGreaterThan(0);
    }
    expect(result.afterRerun).toEqual({ partial: [], missing: [], unexpected: [] });
    expect(result.final.duplicateIds).toEqual([]);
    expect(result.sameAsReference).toBe(true);
  }, STEP_MS);

  it('kill -9 of Neo4j mid-ingest: after restart articles whole or absent, the re-run completes the set', async () => {
    const result = await killNeo4jScenario(own!, driver!, files, reference, 0.3, log);
    const after = result.afterKills[0]!;
    expect(after.partial).toEqual([]);
    expect(after.unexpected).toEqual([]);
    // The ingest either rode out the restart (retries) or stopped with a clear message.
    const outage = result.duringOutage!;
    expect(outage.signal).toBeNull();
    if (outage.code !== 0) expect(outage.stderr).toMatch(/Neo4j|ingest stopped|Cannot reach/);
    expect(result.afterRerun).toEqual({ partial: [], missing: [], unexpected: [] });
    expect(result.sameAsReference).toBe(true);
  }, STEP_MS);

  it(`two ingests of the same ${CONCURRENT_ARTICLES} files at once: each article once, each entity once`, async () => {
    const subset = files.slice(0, CONCURRENT_ARTICLES);
    const base = subset.length === files.length ? reference : await referenceIngest(own!, driver!, subset, log);
    const result = await concurrentScenario(own!, driver!, subset, base, log);
    for (const outcome of result.outcomes) {
      // Only the files the reference also refuses may fail; no deadlock or transient error leaks out.
      expect(outcome.signal).toBeNull();
      expect(outcome.stderr).not.toMatch(/failed after \d+ attempts|Deadlock|TransientError/);
    }
    expect(result.comparison.missing).toEqual([]);
    expect(result.comparison.unexpected).toEqual([]);
    expect(result.final.articles.size).toBe(base.snapshot.articles.size);
    expect(result.final.duplicateIds).toEqual([]);
    expect(result.newDuplicates).toEqual([]);
    // Quotes come from extraction alone: the same quote ids per article as the reference.
    for (const [id, shape] of result.final.articles) expect(shape.quoteIds, id).toEqual(base.snapshot.articles.get(id)!.quoteIds);
  }, STEP_MS);
});
