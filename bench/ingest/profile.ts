// CLI: where ingest time goes. Runs the stages of src/ingest's ingestArticle (exists check,
// extract, link lookup + link, write) one article at a time into a fresh bench Neo4j and
// prints the mean time of each stage per window of articles, so growth with graph size shows.
//   npm run bench:ingest-profile -- --articles 2000 --window 250

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../../src/extract/index.js';
import { articleMeta } from '../../src/ingest/articleInput.js';
import { buildCandidateQuery, linkArticle, Neo4jEntityIndex } from '../../src/link/index.js';
import { applySchema, writeBundle } from '../../src/write/index.js';
import type { GraphBundle } from '../../src/model/bundle.js';
import { intArg, log, runCli } from '../lib/args.js';
import { mergeBundles } from './merge-bundles.js';
import { CandidatePool } from '../../src/link/candidatePool.js';
import type { ArticleMeta } from '../../src/link/types.js';
import type { ExtractedArticle } from '../../src/extract/types.js';
import { BENCH_DEFAULTS, openBenchNeo4j } from '../lib/bench-neo4j.js';

const HELP = `Usage: npm run bench:ingest-profile -- --corpus DIR [--articles N] [--window W] [--group K] [--port N]

Ingests the first N articles of DIR/articles (a bench:corpus output) into a fresh Neo4j
(${BENCH_DEFAULTS.dataDir}-profile-g<K>), timing each stage of the pipeline separately; prints mean
milliseconds per article per stage for every window of W articles. With --group K, the
articles go as \`npm run ingest -- --batch K\` does it (src/ingest/ingestBatch.ts): one exists
read, one candidate lookup for the K articles, linking in memory over a CandidatePool, one
transaction for the merged bundles; each stage's time is spread over the K articles.
`;

const STAGES = ['exists', 'extract', 'lookup', 'link', 'write'] as const;
type Stage = (typeof STAGES)[number];

async function timeIt<T>(sums: Record<Stage, number>, stage: Stage, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const value = await fn();
  sums[stage] += performance.now() - t0;
  return value;
}

async function exists(driver: Driver, id: string): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS found', { id }, { routing: 'READ' });
  return records[0]?.get('found') === true;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' }, group: { type: 'string' }, articles: { type: 'string' }, window: { type: 'string' }, port: { type: 'string' },
      heap: { type: 'string', default: BENCH_DEFAULTS.heap }, pagecache: { type: 'string', default: BENCH_DEFAULTS.pageCache },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.corpus) {
    process.stdout.write(HELP);
    return;
  }
  const dir = path.join(values.corpus, 'articles');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const n = Math.min(names.length, intArg('articles', values.articles, names.length));
  const window = intArg('window', values.window, 250);
  const group = intArg('group', values.group, 1);
  const neo = await openBenchNeo4j(
    { dataDir: `${BENCH_DEFAULTS.dataDir}-profile-g${group}`, port: intArg('port', values.port, BENCH_DEFAULTS.port), heap: values.heap, pageCache: values.pagecache, fresh: true },
    log,
  );
  try {
    await applySchema(neo.driver);
    const index = new Neo4jEntityIndex(neo.driver);
    log(`articles      ${STAGES.map((s) => s.padStart(8)).join('')}   total ms/article`);
    let sums = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    let inWindow = 0;
    const report = (last: number): void => {
      const total = STAGES.reduce((a, s) => a + sums[s], 0) / inWindow;
      log(`${String(last - inWindow + 1).padStart(6)}-${String(last).padEnd(6)} ${STAGES.map((s) => (sums[s] / inWindow).toFixed(1).padStart(8)).join('')}   ${total.toFixed(1)}`);
      sums = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
      inWindow = 0;
    };
    for (let first = 0; first < n; first += group) {
      const metas: ArticleMeta[] = [];
      for (let i = first; i < Math.min(n, first + group); i++) {
        const text = await readFile(path.join(dir, names[i] as string), 'utf8');
        metas.push(articleMeta({ text, title: null, url: null, publishedAt: null, outlet: null }));
      }
      const fresh = group === 1
        ? ((await timeIt(sums, 'exists', () => exists(neo.driver, metas[0]!.id))) ? [] : metas)
        : await timeIt(sums, 'exists', async () => {
          const ids = metas.map((m) => m.id);
          const { records } = await neo.driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', { ids }, { routing: 'READ' });
          const found = new Set(records.map((r) => String(r.get('id'))));
          return metas.filter((m) => !found.has(m.id));
        });
      const extracted: ExtractedArticle[] = await timeIt(sums, 'extract', () => fresh.map((m) => extractArticle(m.id, m.text)));
      const queries = fresh.map((m, i) => buildCandidateQuery(extracted[i]!, m));
      const bundles: GraphBundle[] = [];
      if (group === 1) {
        for (const [i, m] of fresh.entries()) {
          const candidates = await timeIt(sums, 'lookup', () => index.lookup(queries[i]!));
          bundles.push(await timeIt(sums, 'link', () => linkArticle(extracted[i]!, m, candidates).bundle));
        }
      } else if (fresh.length > 0) {
        const pool = new CandidatePool(await timeIt(sums, 'lookup', () => index.candidatesFor(queries)));
        await timeIt(sums, 'link', () => {
          for (const [i, m] of fresh.entries()) {
            const { bundle } = linkArticle(extracted[i]!, m, pool.lookupNow(queries[i]!));
            pool.apply(bundle);
            bundles.push(bundle);
          }
        });
      }
      if (bundles.length > 0) await timeIt(sums, 'write', () => writeBundle(neo.driver, bundles.length === 1 ? bundles[0]! : mergeBundles(bundles)));
      for (let i = first; i < Math.min(n, first + group); i++) {
        inWindow += 1;
        if ((i + 1) % window === 0 || i + 1 === n) {
          report(i + 1);
        }
      }
    }
  } finally {
    await neo.stop();
  }
}

runCli('bench:ingest-profile', HELP, main);
