// The fault scenarios behind tests/reliability/ingest-faults.test.ts (small) and
// `npm run reliability` (full size): a clean reference ingest, kill -9 of the ingest, kill -9
// of Neo4j, and two ingests of the same files at once. Each returns what it saw; callers assert.
import type { Driver } from 'neo4j-driver';
import { seedGraph } from '../../../src/seed/seedGraph.js';
import { applySchema } from '../../../src/write/index.js';
import type { OwnNeo4j } from './own-neo4j.js';
import { failedFiles, ingestAll, startIngest, type IngestOutcome } from './ingest-process.js';
import { compareArticles, snapshotGraph, type Comparison, type GraphSnapshot } from './graph-check.js';

export type Log = (line: string) => void;

/** Deletes every node in batches; constraints and indexes stay. */
export async function wipeGraph(driver: Driver): Promise<void> {
  for (;;) {
    const res = await driver.executeQuery('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n', {}, { routing: 'WRITE' });
    if (Number(res.records[0]?.get('n') ?? 0) === 0) return;
  }
}

/** The state `npm start` leaves: schema applied and the curated seed graph loaded. */
export async function resetToSeed(driver: Driver): Promise<void> {
  await wipeGraph(driver);
  await applySchema(driver);
  await seedGraph(driver);
}

export async function countArticles(driver: Driver): Promise<number> {
  const res = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { routing: 'READ' });
  return Number(res.records[0]?.get('n') ?? 0);
}

/** Polls until at least `n` articles are stored (errors while Neo4j restarts are ignored). */
export async function waitForArticles(driver: Driver, n: number, timeoutMs: number, stopIf?: () => boolean): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await countArticles(driver).catch(() => -1);
    if (count >= n || stopIf?.() === true) return count;
    if (Date.now() > deadline) throw new Error(`fewer than ${n} articles after ${timeoutMs / 1000} s (last count ${count})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Reference {
  snapshot: GraphSnapshot;
  /** Articles of the seed graph, there before the ingest. */
  seeded: number;
  /** Files the ingest itself refuses (deterministic input problems), with the reason. */
  refused: Map<string, string>;
  ms: number;
}

export async function referenceIngest(own: OwnNeo4j, driver: Driver, files: string[], log: Log): Promise<Reference> {
  await resetToSeed(driver);
  const seeded = await countArticles(driver);
  const outcome = await ingestAll(files, own.connection);
  const snapshot = await snapshotGraph(driver);
  const refused = failedFiles(outcome);
  if (refused.size > 0) log(`reference: ingest refused ${refused.size} file(s), e.g. ${[...refused].slice(0, 2).map(([f, why]) => `${f}: ${why}`).join('; ')}`);
  log(`reference: ${snapshot.articles.size} articles, ${snapshot.labels['Quote'] ?? 0} quotes, ${snapshot.labels['Entity'] ?? 0} entities in ${(outcome.ms / 1000).toFixed(1)} s`);
  return { snapshot, seeded, refused, ms: outcome.ms };
}

export interface CrashResult {
  /** Articles stored when each kill happened. */
  killedAt: number[];
  /** The graph right after each kill (and restart), against the reference. */
  afterKills: Comparison[];
  /** The ingest while Neo4j was killed: exit and what it said. */
  duringOutage?: IngestOutcome;
  afterRerun: Comparison;
  rerun: IngestOutcome;
  /** The final graph equals the reference graph, node for node and edge for edge. */
  sameAsReference: boolean;
  final: GraphSnapshot;
}

/** kill -9 the ingest at each fraction of the files, restart it each time, then let it finish. */
export async function killIngestScenario(
  own: OwnNeo4j,
  driver: Driver,
  files: string[],
  reference: Reference,
  fractions: number[],
  log: Log,
): Promise<CrashResult> {
  await resetToSeed(driver);
  const killedAt: number[] = [];
  const afterKills: Comparison[] = [];
  for (const fraction of fractions) {
    const run = startIngest(files, own.connection);
    let exited = false;
    void run.done.then(() => (exited = true));
    const target = Math.max(1, Math.floor(reference.snapshot.articles.size * fraction));
    await waitForArticles(driver, target, 30 * 60_000, () => exited);
    run.kill9();
    const outcome = await run.done;
    const stored = await countArticles(driver);
    killedAt.push(stored);
    const comparison = compareArticles(await snapshotGraph(driver), reference.snapshot);
    afterKills.push(comparison);
    log(`ingest killed (${outcome.signal ?? `exit ${outcome.code}`}) with ${stored} articles stored: ${comparison.partial.length} partial, ${comparison.unexpected.length} unexpected`);
  }
  return finish(own, driver, files, reference, killedAt, afterKills, undefined, log);
}

/** kill -9 Neo4j while the ingest runs, start it again on the same data, then re-run the ingest. */
export async function killNeo4jScenario(
  own: OwnNeo4j,
  driver: Driver,
  files: string[],
  reference: Reference,
  fraction: number,
  log: Log,
): Promise<CrashResult> {
  await resetToSeed(driver);
  const run = startIngest(files, own.connection);
  let exited = false;
  void run.done.then(() => (exited = true));
  await waitForArticles(driver, Math.max(1, Math.floor(reference.snapshot.articles.size * fraction)), 30 * 60_000, () => exited);
  await own.kill9();
  const down = Date.now();
  log(`Neo4j killed (-9) during the ingest`);
  await own.start();
  log(`Neo4j restarted on the same data in ${((Date.now() - down) / 1000).toFixed(1)} s`);
  const duringOutage = await run.done;
  log(`ingest during the outage ended with ${duringOutage.signal ?? `exit ${duringOutage.code}`}: ${lastLines(duringOutage, 3)}`);
  const stored = await countArticles(driver);
  const comparison = compareArticles(await snapshotGraph(driver), reference.snapshot);
  log(`after restart: ${stored} articles, ${comparison.partial.length} partial, ${comparison.unexpected.length} unexpected`);
  return finish(own, driver, files, reference, [stored], [comparison], duringOutage, log);
}

async function finish(
  own: OwnNeo4j,
  driver: Driver,
  files: string[],
  reference: Reference,
  killedAt: number[],
  afterKills: Comparison[],
  duringOutage: IngestOutcome | undefined,
  log: Log,
): Promise<CrashResult> {
  const rerun = await ingestAll(files, own.connection);
  const final = await snapshotGraph(driver);
  const afterRerun = compareArticles(final, reference.snapshot);
  const sameAsReference = final.digest === reference.snapshot.digest;
  log(`re-run: ${firstLine(rerun)}; ${final.articles.size} articles, same graph as the reference: ${sameAsReference}`);
  return { killedAt, afterKills, duringOutage, afterRerun, rerun, sameAsReference, final };
}

export interface ConcurrencyResult {
  outcomes: IngestOutcome[];
  final: GraphSnapshot;
  comparison: Comparison;
  /** Entities held twice (same type and name) that the reference does not hold twice. */
  newDuplicates: string[];
  /** Articles whose mention count differs from the reference (linking order may differ). */
  mentionDiffs: number;
}

/** Two ingest processes over the same files at the same time. */
export async function concurrentScenario(
  own: OwnNeo4j,
  driver: Driver,
  files: string[],
  reference: Reference,
  log: Log,
): Promise<ConcurrencyResult> {
  await resetToSeed(driver);
  const runs = [startIngest(files, own.connection), startIngest(files, own.connection)];
  const outcomes = await Promise.all(runs.map((r) => r.done));
  for (const [i, o] of outcomes.entries()) log(`concurrent ingest ${i + 1}: exit ${o.code} in ${(o.ms / 1000).toFixed(1)} s: ${firstLine(o)}`);
  const final = await snapshotGraph(driver);
  const comparison = compareArticles(final, reference.snapshot);
  const known = new Set(reference.snapshot.duplicateEntities);
  const newDuplicates = final.duplicateEntities.filter((d) => !known.has(d));
  const had = new Set(reference.snapshot.entities);
  const has = new Set(final.entities);
  const extra = final.entities.filter((e) => !had.has(e));
  const lacking = reference.snapshot.entities.filter((e) => !has.has(e));
  if (extra.length + lacking.length > 0) {
    log(`concurrent: entities not in the reference ${JSON.stringify(extra.slice(0, 10))}; reference entities absent ${JSON.stringify(lacking.slice(0, 10))}`);
  }
  let mentionDiffs = 0;
  for (const [id, shape] of final.articles) if (reference.snapshot.articles.get(id)?.mentions !== shape.mentions) mentionDiffs++;
  log(
    `concurrent: ${final.articles.size} articles (reference ${reference.snapshot.articles.size}), ${final.labels['Entity'] ?? 0} entities ` +
      `(reference ${reference.snapshot.labels['Entity'] ?? 0}), new duplicate entities ${newDuplicates.length} ${JSON.stringify(newDuplicates.slice(0, 10))}, ` +
      `duplicate ids ${final.duplicateIds.length}, articles with other mentions than the reference ${mentionDiffs}`,
  );
  return { outcomes, final, comparison, newDuplicates, mentionDiffs };
}

/** Quote ids per article differ from the reference only where a comparison says partial. */
export function quoteCount(snapshot: GraphSnapshot): number {
  let n = 0;
  for (const shape of snapshot.articles.values()) n += shape.quotes;
  return n;
}

function firstLine(outcome: IngestOutcome): string {
  return outcome.stdout.split('\n')[0] ?? '';
}

function lastLines(outcome: IngestOutcome, n: number): string {
  return outcome.stderr.trim().split('\n').slice(-n).join(' / ');
}

