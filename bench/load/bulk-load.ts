// CLI: loads the synthetic corpus's ground truth into the bench Neo4j with bare batched
// UNWIND (no extract, no link): the data set of the query benchmark and the write ceiling
// that end-to-end ingest is compared with.
//   npm run bench:load -- --articles 104000

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../../src/write/schema.js';
import { openCorpus } from '../corpus/corpus.js';
import { publishedAtFor, truthRows } from '../corpus/truth-bundle.js';
import { worldRows } from '../corpus/world.js';
import { intArg, log, runCli, UsageError } from '../lib/args.js';
import { BENCH_DEFAULTS, openBenchNeo4j } from '../lib/bench-neo4j.js';
import { ownPeakRssMb, peakRssMbOf } from '../lib/rss.js';
import { batchParams, writeBatch, writeWorld } from './bulk-writer.js';
import type { BatchCounts } from './bulk-writer.js';

const HELP = `Usage: npm run bench:load -- [--articles N] [--seed S] [--people P] [--batch B]
                          [--data DIR] [--port N] [--heap SIZE] [--pagecache SIZE]

Starts a fresh dedicated Neo4j (wiping DIR), applies schema/*.cypher, and writes the ground
truth of the synthetic corpus (the same articles bench:corpus writes for this seed) with bare
batched UNWIND/CREATE, one transaction per batch. Prints articles/s, quotes/s, rows/s and
peak RSS, writes bench/out/load-<N>.json, and stops Neo4j (the data stays in DIR for
bench:queries). With BENCH_NEO4J_URI set, writes there instead (it must be empty).

  --articles N      articles to load (default 104000: about 1M quotes)
  --seed S          corpus seed (default "quotegraph")
  --people P        cast size (default as bench:corpus)
  --batch B         articles per transaction (default 500)
  --data DIR        Neo4j data directory (default ${BENCH_DEFAULTS.dataDir})
  --port N          Bolt port (default ${BENCH_DEFAULTS.port})
  --heap SIZE       JVM heap (default ${BENCH_DEFAULTS.heap})
  --pagecache SIZE  page cache (default ${BENCH_DEFAULTS.pageCache})
  --max-seconds S   stop loading after S seconds (or at Ctrl-C) and report what was loaded
  --drop-index NAME drop this schema index before loading (repeatable): measures what an index costs writes
`;

export interface LoadResult {
  articles: number;
  quotes: number;
  mentions: number;
  relationships: number;
  seed: string;
  people: number;
  batch: number;
  wallSeconds: number;
  writeSeconds: number;
  articlesPerSecond: number;
  quotesPerSecond: number;
  writeOnlyArticlesPerSecond: number;
  loaderPeakRssMb: number;
  neo4jPeakRssMb: number | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' }, seed: { type: 'string', default: 'quotegraph' }, people: { type: 'string' },
      batch: { type: 'string' }, data: { type: 'string', default: BENCH_DEFAULTS.dataDir },
      port: { type: 'string' }, heap: { type: 'string', default: BENCH_DEFAULTS.heap },
      pagecache: { type: 'string', default: BENCH_DEFAULTS.pageCache }, 'drop-index': { type: 'string', multiple: true, default: [] },
      'max-seconds': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const articles = intArg('articles', values.articles, 104_000);
  const batch = intArg('batch', values.batch, 500);
  const port = intArg('port', values.port, BENCH_DEFAULTS.port);
  if (values.people !== undefined && intArg('people', values.people, 0) < 20) throw new UsageError('--people must be at least 20');
  const corpus = openCorpus({ articles, seed: values.seed, people: values.people === undefined ? undefined : Number(values.people) });

  const neo = await openBenchNeo4j({ dataDir: values.data, port, heap: values.heap, pageCache: values.pagecache, fresh: true }, log);
  try {
    await applySchema(neo.driver);
    for (const name of values['drop-index']) {
      if (!/^[A-Za-z0-9_]+$/.test(name)) throw new UsageError(`--drop-index takes an index name, got "${name}"`);
      // Index names cannot be parameters; the pattern above is the guard.
      await neo.driver.executeQuery(`DROP INDEX ${name} IF EXISTS`);
      log(`Dropped index ${name}.`);
    }
    await writeWorld(neo.driver, worldRows(corpus.world));
    log(`Loading ${articles} articles (${corpus.options.people} people) in batches of ${batch}...`);
    const totals: BatchCounts = { articles: 0, quotes: 0, mentions: 0, relationships: 0 };
    let writeMs = 0;
    let pending: Promise<void> | null = null;
    const started = performance.now();
    let lastReport = started;
    const deadline = started + intArg('max-seconds', values['max-seconds'], 1e9) * 1000;
    let interrupted = false;
    const onSignal = (): void => {
      interrupted = true;
      log('Interrupted: finishing the current batch, then reporting what was loaded.');
    };
    process.once('SIGINT', onSignal);
    for (let first = 0; first < articles && !interrupted && performance.now() < deadline; first += batch) {
      const rows = [...corpus.range(first, batch)].map((a, i) => truthRows(a, publishedAtFor(first + i, articles)));
      const { params, counts } = batchParams(rows);
      if (pending) await pending;
      const txStarted = performance.now();
      pending = writeBatch(neo.driver, params).then(() => {
        writeMs += performance.now() - txStarted;
        for (const k of Object.keys(totals) as (keyof BatchCounts)[]) totals[k] += counts[k];
      });
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        const s = (lastReport - started) / 1000;
        log(`  ${totals.articles}/${articles} articles, ${totals.quotes} quotes, ${(totals.articles / s).toFixed(0)} articles/s`);
      }
    }
    if (pending) await pending;
    process.removeListener('SIGINT', onSignal);
    const wallSeconds = (performance.now() - started) / 1000;
    const result: LoadResult = {
      ...totals, seed: values.seed, people: corpus.options.people, batch, wallSeconds, writeSeconds: writeMs / 1000,
      articlesPerSecond: totals.articles / wallSeconds, quotesPerSecond: totals.quotes / wallSeconds,
      writeOnlyArticlesPerSecond: totals.articles / (writeMs / 1000),
      loaderPeakRssMb: ownPeakRssMb(), neo4jPeakRssMb: await peakRssMbOf(neo.pid),
    };
    const out = path.resolve('bench/out');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, `load-${totals.articles}.json`), `${JSON.stringify(result, null, 2)}\n`);
    if (!process.env.BENCH_NEO4J_URI) {
      await writeFile(path.join(path.resolve(values.data), 'bench-corpus.json'), `${JSON.stringify({ seed: values.seed, articles: totals.articles, people: corpus.options.people })}\n`);
    }
    log(
      `Loaded ${totals.articles} articles, ${totals.quotes} quotes, ${totals.mentions} mentions, ${totals.relationships} relationships ` +
        `in ${wallSeconds.toFixed(1)} s: ${result.articlesPerSecond.toFixed(0)} articles/s, ${result.quotesPerSecond.toFixed(0)} quotes/s ` +
        `(write transactions alone ${result.writeSeconds.toFixed(1)} s = ${result.writeOnlyArticlesPerSecond.toFixed(0)} articles/s); ` +
        `peak RSS loader ${result.loaderPeakRssMb.toFixed(0)} MB, Neo4j ${result.neo4jPeakRssMb?.toFixed(0) ?? '?'} MB`,
    );
  } finally {
    await neo.stop();
  }
}

runCli('bench:load', HELP, main);
