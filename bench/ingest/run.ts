// CLI: the ingest benchmark. Generates the corpus, runs the real pipeline (`npm run ingest`:
// extract + link + write) over it into a fresh dedicated Neo4j, then loads the ground truth of
// the same articles with bare batched UNWIND (bench:load) into another fresh one: articles/s,
// quotes/s, the ratio, and peak RSS of both.
//   npm run bench:ingest -- --articles 10000

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { intArg, log, runCli } from '../lib/args.js';
import { BENCH_DEFAULTS, openBenchNeo4j } from '../lib/bench-neo4j.js';
import { peakRssMbOf } from '../lib/rss.js';
import type { LoadResult } from '../load/bulk-load.js';

const HELP = `Usage: npm run bench:ingest -- [--articles N] [--seed S] [--chunk C] [--batch B] [--skip-ceiling]
                            [--data DIR] [--port N] [--heap SIZE] [--pagecache SIZE]

  --articles N     corpus size (default 10000)
  --seed S         corpus seed (default "quotegraph")
  --chunk C        files per \`npm run ingest\` invocation, passed with --files-from (default: all
                   in one invocation given the corpus directory, as a newsroom ingests an archive)
  --batch B        articles per transaction, passed to npm run ingest (default: ingest's default)
  --skip-ceiling   do not run the bare UNWIND load of the same articles
  --data DIR       Neo4j data directory for the ingest run (default ${BENCH_DEFAULTS.dataDir}-ingest)

The corpus goes to bench/out/corpus-<N>-<seed>/ (reused when already there). Results go to
bench/out/ingest-<N>.json.
`;

interface RunResult {
  code: number;
  wallSeconds: number;
  peakRssMb: number | null;
  stdout: string;
}

/** Runs a command under /usr/bin/time -v to read its peak RSS. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderrTail = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      const text = c.toString();
      stderrTail = (stderrTail + text).slice(-20_000);
      for (const line of text.split('\n')) {
        if (/^\d*000\/\d+ files$/.test(line.trim()) || line.startsWith('stage times:')) log(`    ${line.trim()}`);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderrTail);
      if (code !== 0) log(stderrTail.split('\n').filter((l) => !/^\s/.test(l)).slice(-8).join('\n'));
      resolve({ code: code ?? 1, wallSeconds: (performance.now() - started) / 1000, peakRssMb: rss ? Number(rss[1]) / 1024 : null, stdout });
    });
  });
}

async function ensureCorpus(articles: number, seed: string): Promise<string> {
  const dir = path.resolve(`bench/out/corpus-${articles}-${seed}`);
  const manifest = await readFile(path.join(dir, 'corpus.json'), 'utf8').then((t) => JSON.parse(t) as { articles: number; seed: string }).catch(() => null);
  if (manifest?.articles === articles && manifest.seed === seed) {
    log(`Reusing corpus ${path.relative(process.cwd(), dir)}.`);
    return dir;
  }
  log(`Generating ${articles} articles into ${path.relative(process.cwd(), dir)}...`);
  const result = await timed(process.execPath, ['--import', 'tsx', 'bench/corpus/generate.ts', '--articles', String(articles), '--out', dir, '--seed', seed, '--force'], process.env);
  if (result.code !== 0) throw new Error('corpus generation failed');
  return dir;
}

/** The files split into list files of `chunk` paths, one `npm run ingest --files-from` each. */
async function chunkLists(files: readonly string[], chunk: number): Promise<{ upTo: number; inputs: string[] }[]> {
  await mkdir(path.resolve('bench/out'), { recursive: true });
  const invocations = [];
  for (let i = 0; i < files.length; i += chunk) {
    const list = path.resolve(`bench/out/ingest-chunk-${i}.lst`);
    await writeFile(list, `${files.slice(i, i + chunk).join('\n')}\n`);
    invocations.push({ upTo: Math.min(i + chunk, files.length), inputs: ['--files-from', list] });
  }
  return invocations;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' }, seed: { type: 'string', default: 'quotegraph' }, chunk: { type: 'string' },
      batch: { type: 'string' }, 'skip-ceiling': { type: 'boolean', default: false }, data: { type: 'string', default: `${BENCH_DEFAULTS.dataDir}-ingest` },
      port: { type: 'string' }, heap: { type: 'string', default: BENCH_DEFAULTS.heap }, pagecache: { type: 'string', default: BENCH_DEFAULTS.pageCache },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const articles = intArg('articles', values.articles, 10_000);
  const chunk = values.chunk === undefined ? null : intArg('chunk', values.chunk, 0);
  const port = intArg('port', values.port, BENCH_DEFAULTS.port);
  if (!existsSync('src/ingest/cli.ts')) throw new Error('src/ingest/cli.ts not found: run from the repository root');
  const corpus = await ensureCorpus(articles, values.seed);
  const articlesDir = path.relative(process.cwd(), path.join(corpus, 'articles'));
  const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(articlesDir, f));
  // One invocation over the directory (the default), or --chunk files per invocation listed in a file.
  const invocations = chunk === null ? [{ upTo: files.length, inputs: [articlesDir] }] : await chunkLists(files, chunk);

  const neo = await openBenchNeo4j({ dataDir: values.data, port, heap: values.heap, pageCache: values.pagecache, fresh: true }, log);
  let ingest;
  try {
    log(`Ingesting ${files.length} articles with npm run ingest (src/ingest/cli.ts), ${chunk === null ? 'one invocation' : `${chunk} files per invocation`}, --batch ${values.batch ?? 'default'}...`);
    const env = { ...process.env, NEO4J_URI: neo.uri };
    let wallSeconds = 0;
    let peakRssMb = 0;
    let failedChunks = 0;
    for (const { upTo, inputs } of invocations) {
      const batchArgs = values.batch === undefined ? [] : ['--batch', values.batch];
      const r = await timed(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', ...batchArgs, ...inputs], env);
      wallSeconds += r.wallSeconds;
      peakRssMb = Math.max(peakRssMb, r.peakRssMb ?? 0);
      if (r.code !== 0) failedChunks++;
      log(`  ${upTo}/${files.length} articles, ${(upTo / wallSeconds).toFixed(1)} articles/s so far` +
        `${r.code !== 0 ? ` (exit ${r.code})` : ''}; ${r.stdout.trim().split('\n').slice(0, 2).join(' | ')}`);
    }
    const { records } = await neo.driver.executeQuery(
      'CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL () { MATCH (q:Quote) RETURN count(q) AS quotes } RETURN articles, quotes',
    );
    const stored = { articles: Number(records[0]?.get('articles') ?? 0), quotes: Number(records[0]?.get('quotes') ?? 0) };
    ingest = {
      articles: files.length, storedArticles: stored.articles, storedQuotes: stored.quotes, failedChunks, wallSeconds,
      articlesPerSecond: stored.articles / wallSeconds, quotesPerSecond: stored.quotes / wallSeconds,
      ingestPeakRssMb: peakRssMb, neo4jPeakRssMb: await peakRssMbOf(neo.pid),
    };
    log(`Ingest: ${stored.articles} articles and ${stored.quotes} quotes stored in ${wallSeconds.toFixed(1)} s = ` +
      `${ingest.articlesPerSecond.toFixed(1)} articles/s, ${ingest.quotesPerSecond.toFixed(0)} quotes/s; peak RSS ingest ${peakRssMb.toFixed(0)} MB, Neo4j ${ingest.neo4jPeakRssMb?.toFixed(0) ?? '?'} MB`);
  } finally {
    await neo.stop();
  }

  let ceiling: LoadResult | null = null;
  if (!values['skip-ceiling']) {
    log(`Bare UNWIND ceiling: bench:load of the same ${articles} articles into a fresh Neo4j...`);
    const r = await timed(process.execPath, ['--import', 'tsx', 'bench/load/bulk-load.ts', '--articles', String(articles), '--seed', values.seed,
      '--data', `${values.data}-ceiling`, '--port', String(port), '--heap', values.heap, '--pagecache', values.pagecache], process.env);
    if (r.code !== 0) throw new Error('the bare UNWIND load failed');
    ceiling = JSON.parse(await readFile(path.resolve(`bench/out/load-${articles}.json`), 'utf8')) as LoadResult;
    log(`Ceiling: ${ceiling.articlesPerSecond.toFixed(0)} articles/s, ${ceiling.quotesPerSecond.toFixed(0)} quotes/s. ` +
      `Ingest reaches ${((ingest.articlesPerSecond / ceiling.articlesPerSecond) * 100).toFixed(1)}% of it (articles/s).`);
  }
  const out = path.resolve('bench/out');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, `ingest-${articles}.json`), `${JSON.stringify({ seed: values.seed, batch: values.batch ?? 'default', ingest, ceiling }, null, 2)}\n`);
}

runCli('bench:ingest', HELP, main);
