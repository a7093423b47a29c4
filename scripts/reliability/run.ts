/**
 * `npm run reliability`: the reliability checks of tests/reliability at full size, too slow for
 * CI: kill -9 of the ingest and of Neo4j while ingesting 500 articles, two ingests of 200 at
 * once, a 60 s load run from 8 connections, 2,000 fuzz runs per property. Each check prints
 * its figures as `[reliability] ...` lines. Needs Java 17 + Maven (the local Neo4j runner).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../src/db/paths.js';

const USAGE = `usage: npm run reliability -- [--articles N] [--concurrent N] [--load-seconds S] [--fuzz-runs N] [--only NAME]

Runs tests/reliability at full size (several minutes per check; the fault checks start and kill
Neo4j instances of their own on free ports and temp directories, never the default one).

  --articles N       articles for the crash checks (default 500)
  --concurrent N     articles for the two concurrent ingests (default 200)
  --load-seconds S   length of the load run (default 60; 8 connections)
  --fuzz-runs N      fast-check runs per property (default 2000)
  --only NAME        one file: ingest-faults, db-down, load, extract-fuzz, graphql-abuse, retry
`;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`reliability: --${name} must be a positive integer, got '${raw}'\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        concurrent: { type: 'string' },
        'load-seconds': { type: 'string' },
        'fuzz-runs': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`reliability: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const env = {
    ...process.env,
    RELIABILITY_ARTICLES: String(positive('articles', values.articles, 500)),
    RELIABILITY_CONCURRENT_ARTICLES: String(positive('concurrent', values.concurrent, 200)),
    RELIABILITY_LOAD_SECONDS: String(positive('load-seconds', values['load-seconds'], 60)),
    RELIABILITY_FUZZ_RUNS: String(positive('fuzz-runs', values['fuzz-runs'], 2000)),
  };
  const target = values.only === undefined ? 'tests/reliability/' : `tests/reliability/${values.only}.test.ts`;
  const args = ['vitest', 'run', target, '--testTimeout', String(6 * 3600_000), '--hookTimeout', String(6 * 3600_000)];
  process.stderr.write(
    `reliability: ${target} with ${env.RELIABILITY_ARTICLES} articles (crash), ${env.RELIABILITY_CONCURRENT_ARTICLES} (concurrent), ` +
      `${env.RELIABILITY_LOAD_SECONDS} s load, ${env.RELIABILITY_FUZZ_RUNS} fuzz runs\n`,
  );
  const child = spawn('npx', args, { cwd: repoRoot, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

main();
