// CLI: the query benchmark. p50/p95/p99 and throughput of the contract queries through our
// API, raw Cypher and @neo4j/graphql, side by side, at several client counts.
//   npm run bench:queries -- --concurrency 1,8,32 --seconds 8

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { Rng, ZipfSampler } from '../corpus/prng.js';
import { intArg, listArg, log, runCli, UsageError } from '../lib/args.js';
import { BENCH_DEFAULTS, openBenchNeo4j } from '../lib/bench-neo4j.js';
import { peakRssMbOf } from '../lib/rss.js';
import { closedLoop } from './closed-loop.js';
import type { LoadOptions, LoadResult } from './closed-loop.js';
import { QUERY_NAMES } from './contract.js';
import type { QueryName } from './contract.js';
import { spawnApi, spawnServer } from './spawn-server.js';
import type { ChildServer } from './spawn-server.js';
import { apiCypherTarget, apiTarget, cypherTarget, cypherSortTarget, neo4jGraphqlTarget, TARGET_LABELS, TARGET_NAMES } from './targets.js';
import type { Target, TargetName } from './targets.js';
import { formatReport } from './report.js';
import { applySchema } from '../../src/write/schema.js';

const HELP = `Usage: npm run bench:queries -- [--concurrency 1,8,32] [--seconds S] [--warmup S]
                             [--queries quotesAbout,quotesBy,personRoles] [--targets api,api-cypher,cypher,cypher-sort,neo4j-graphql]
                             [--names N] [--data DIR] [--port N] [--heap SIZE] [--pagecache SIZE]

Runs the contract queries against the graph in the bench Neo4j (load it first with
npm run bench:load) through (a) our GraphQL API, (b) raw Cypher via the driver and
(c) @neo4j/graphql, each server in its own process on loopback (ours as npm start runs it:
built to dist/, node dist/main.js), with a closed-loop load of
N concurrent clients per cell; (a') runs the API's own quote statement through the driver
(diagnostic: query shape vs GraphQL layer); (b') answers by sorting every quote of the
entity, without the sort-key index (diagnostic: what the index gains). Applies the schema first
(idempotent; keys links written before the sort key existed). First checks that the three give the same answers. Prints
p50/p95/p99 and throughput with ratios to (b); writes bench/out/queries.json and .md.

  --concurrency L   client counts (default 1,8,32)
  --seconds S       measured seconds per cell (default 8)
  --warmup S        warm-up seconds per cell (default 2)
  --prewarm S       before any cell, each target runs each query for S seconds, unmeasured, at
                    the largest client count (default 3): servers compiled and caches warm
  --max-requests N  stop a cell after N measured requests (default 20000)
  --names N         distinct people asked about, Zipf-weighted by how often they are quoted (default 300)
  --data DIR        bench Neo4j data directory (default ${BENCH_DEFAULTS.dataDir}); BENCH_NEO4J_URI overrides
`;

// Every cell should meet a warm page cache, not the first one to touch the data.
const PREWARM = [
  'MATCH (q:Quote) RETURN count(q.start) + count(q.text) + count(q.kind) + count(q.cue) AS n',
  'MATCH (q:Quote)-[r:ABOUT|SAID_BY|IN_ARTICLE]->(x) RETURN count(x.id) AS n',
  'MATCH (a:Article) RETURN count(a.publishedAt) + count(a.title) AS n',
  'MATCH (:Alias)-[:NAMES]->(e:Entity) RETURN count(e.name) AS n',
  'MATCH (p:Person)-[:HOLDS]->(r:Role) RETURN count(r.title) AS n',
  // The indexes the queries seek: a range over every entry reads all of an index's pages. Left
  // cold, they were read by whichever target ran first (our API's cells: its Cypher at 1 client
  // measured 2.3 vs 1.6 ms p50 against the floor right after, 1.03 vs 1.06 once warm).
  "MATCH ()-[r:SAID_BY]->() WHERE r.sortKey >= '' RETURN count(*) AS n",
  "MATCH ()-[r:ABOUT]->() WHERE r.sortKey >= '' RETURN count(*) AS n",
  "MATCH ()-[r:ON_TOPIC]->() WHERE r.sortKey >= '' RETURN count(*) AS n",
  "MATCH (a:Alias) WHERE a.key >= '' RETURN count(*) AS n",
];

interface Cell {
  query: QueryName;
  target: TargetName;
  result: LoadResult;
}

async function graphShape(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (q:Quote) RETURN count(q) AS quotes }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (p:Person) RETURN count(p) AS people }
     RETURN quotes, articles, people`,
  );
  const r = records[0];
  return { quotes: Number(r?.get('quotes') ?? 0), articles: Number(r?.get('articles') ?? 0), people: Number(r?.get('people') ?? 0) };
}

/** People in popularity order (quotes said), then a Zipf-weighted sequence of them to ask about. */
async function queryNames(driver: Driver, distinct: number, sequence: number): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WITH p, COUNT { (p)<-[:SAID_BY]-() } AS said
     ORDER BY said DESC, p.id LIMIT $n RETURN p.name AS name`,
    { n: neo4j.int(distinct) },
    { routing: 'READ' },
  );
  const names = records.map((r) => String(r.get('name')));
  if (names.length === 0) throw new Error('the bench graph has no people: load it with npm run bench:load first');
  const zipf = new ZipfSampler(names.length, 1.05);
  const rng = new Rng('bench-queries');
  return Array.from({ length: sequence }, () => names[zipf.sample(rng)] as string);
}

/** The diagnostic targets answer the quote queries only. */
function covers(target: Target, query: QueryName): boolean {
  return !((target.name === 'api-cypher' || target.name === 'cypher-sort') && query === 'personRoles');
}

/** A closed loop of one target asking one query, over the Zipf-drawn names in turn. */
function load(target: Target, query: QueryName, names: readonly string[], options: LoadOptions): Promise<LoadResult> {
  return closedLoop((i) => target.ask(query, names[i % names.length] as string).then(() => undefined), options);
}

async function checkAgreement(targets: Target[], queries: QueryName[], names: string[]): Promise<string[]> {
  const problems: string[] = [];
  const floor = targets.find((t) => t.name === 'cypher');
  if (!floor) return problems;
  for (const query of queries) {
    for (const name of names) {
      const expected = await floor.ask(query, name);
      for (const t of targets) {
        if (t === floor || !covers(t, query)) continue;
        const got = await t.ask(query, name).catch((e: unknown) => [`error: ${e instanceof Error ? e.message : String(e)}`]);
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          problems.push(`${query} "${name}": ${t.name} gave ${got.length} [${got.slice(0, 3).join(', ')}...], raw Cypher ${expected.length} [${expected.slice(0, 3).join(', ')}...]`);
        }
      }
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string' }, seconds: { type: 'string' }, warmup: { type: 'string' }, prewarm: { type: 'string' },
      'max-requests': { type: 'string' }, names: { type: 'string' }, queries: { type: 'string' }, targets: { type: 'string' },
      data: { type: 'string', default: BENCH_DEFAULTS.dataDir }, port: { type: 'string' },
      heap: { type: 'string', default: BENCH_DEFAULTS.heap }, pagecache: { type: 'string', default: BENCH_DEFAULTS.pageCache },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const concurrencies = listArg('concurrency', values.concurrency, [1, 8, 32]);
  const seconds = intArg('seconds', values.seconds, 8);
  const warmup = Number(values.warmup ?? 2);
  if (!Number.isFinite(warmup) || warmup < 0) throw new UsageError(`--warmup must be a number of seconds, got "${values.warmup}"`);
  const maxRequests = intArg('max-requests', values['max-requests'], 20_000);
  const prewarm = Number(values.prewarm ?? 3);
  if (!Number.isFinite(prewarm) || prewarm < 0) throw new UsageError(`--prewarm must be a number of seconds, got "${values.prewarm}"`);
  const distinct = intArg('names', values.names, 300);
  const queries = (values.queries?.split(',') ?? [...QUERY_NAMES]) as QueryName[];
  for (const q of queries) if (!QUERY_NAMES.includes(q)) throw new UsageError(`unknown query "${q}" (one of ${QUERY_NAMES.join(', ')})`);
  const targetNames = (values.targets?.split(',') ?? [...TARGET_NAMES]) as TargetName[];
  for (const t of targetNames) if (!TARGET_NAMES.includes(t)) throw new UsageError(`unknown target "${t}" (one of ${TARGET_NAMES.join(', ')})`);
  const port = intArg('port', values.port, BENCH_DEFAULTS.port);

  const neo = await openBenchNeo4j({ dataDir: values.data, port, heap: values.heap, pageCache: values.pagecache, fresh: false }, log);
  const servers: Partial<Record<TargetName, ChildServer>> = {};
  const targets: Target[] = [];
  const peakRss: Record<string, number | null> = {};
  try {
    const schemaStarted = performance.now();
    await applySchema(neo.driver);
    log(`Schema applied (indexes, sort keys) in ${((performance.now() - schemaStarted) / 1000).toFixed(1)} s.`);
    const shape = await graphShape(neo.driver);
    log(`Graph: ${shape.quotes} quotes, ${shape.articles} articles, ${shape.people} people.`);
    if (shape.quotes === 0) throw new Error('the bench graph has no quotes: run npm run bench:load first');
    const names = await queryNames(neo.driver, distinct, 5000);
    const maxSockets = Math.max(...concurrencies);
    if (targetNames.includes('api')) {
      servers.api = await spawnApi(neo.uri, log);
      targets.push(apiTarget(servers.api.url, maxSockets));
    }
    if (targetNames.includes('api-cypher')) targets.push(apiCypherTarget(neo.driver));
    if (targetNames.includes('cypher')) targets.push(cypherTarget(neo.driver));
    if (targetNames.includes('cypher-sort')) targets.push(cypherSortTarget(neo.driver));
    if (targetNames.includes('neo4j-graphql')) {
      servers['neo4j-graphql'] = await spawnServer('./serve-neo4j-graphql.ts', neo.uri);
      targets.push(neo4jGraphqlTarget(servers['neo4j-graphql'].url, maxSockets));
    }
    log('Warming the page cache: one pass over quotes, their relationships and articles...');
    const warmStarted = performance.now();
    for (const statement of PREWARM) await neo.driver.executeQuery(statement, {}, { routing: 'READ' });
    log(`  warmed in ${((performance.now() - warmStarted) / 1000).toFixed(0)} s.`);
    const sample = [...new Set(names)].slice(0, 12);
    log(`Checking that the targets agree on ${sample.length} people x ${queries.length} queries...`);
    const disagreements = await checkAgreement(targets, queries, sample);
    for (const d of disagreements.slice(0, 10)) log(`  DISAGREE ${d}`);
    log(disagreements.length === 0 ? '  all answers agree.' : `  ${disagreements.length} disagreements.`);

    // Each server's first requests run cold code (V8, the compiled GraphQL operations, query
    // plans); a cell's own warm-up is short, and the first cells of a run paid for the rest.
    if (prewarm > 0) {
      log(`Warming each target with each query for ${prewarm} s at ${maxSockets} clients (not measured)...`);
      for (const query of queries) {
        for (const target of targets) {
          if (covers(target, query)) await load(target, query, names, { concurrency: maxSockets, warmupMs: 0, durationMs: prewarm * 1000, maxRequests });
        }
      }
    }

    const cells: Cell[] = [];
    for (const query of queries) {
      for (const concurrency of concurrencies) {
        for (const target of targets) {
          if (!covers(target, query)) continue;
          const result = await load(target, query, names, { concurrency, warmupMs: warmup * 1000, durationMs: seconds * 1000, maxRequests });
          cells.push({ query, target: target.name, result });
          log(
            `  ${query.padEnd(12)} c=${String(concurrency).padEnd(3)} ${TARGET_LABELS[target.name].padEnd(22)} ` +
              `p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} p99 ${result.p99.toFixed(1)} ms, ` +
              `${result.throughput.toFixed(0)} req/s (${result.requests} req${result.errors ? `, ${result.errors} errors: ${result.firstError}` : ''})`,
          );
        }
      }
    }
    peakRss.neo4j = await peakRssMbOf(neo.pid);
    for (const t of targets) t.close();
    for (const [name, server] of Object.entries(servers)) peakRss[name] = await server.stop();
    const report = formatReport({ shape, cells, peakRss, disagreements, seconds, warmup, prewarm, distinct });
    process.stdout.write(`${report}\n`);
    const out = path.resolve('bench/out');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'queries.json'), `${JSON.stringify({ shape, cells, peakRss, disagreements }, null, 2)}\n`);
    await writeFile(path.join(out, 'queries.md'), `${report}\n`);
  } finally {
    for (const t of targets) t.close();
    for (const server of Object.values(servers)) await server.stop().catch(() => null);
    await neo.stop();
  }
}

runCli('bench:queries', HELP, main);
