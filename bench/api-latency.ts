// `npm run bench:api`: latency of the first contract operation over loopback HTTP.
// Starts the API in this process on a free loopback port (or uses --url), warms up, then
// sends N requests one after another and prints p50/p95/p99. Not a test: numbers vary by machine.
import { parseArgs } from 'node:util';
import { closeDriver, connect } from '../src/db/index.js';
import { startApi } from '../src/api/listen.js';

const QUERY = `{ quotes(about: "Reform UK", first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id text kind cue start end speaker { __typename id name } about { __typename id name } topics { name } channel { name } article { id title } } } }`;

const HELP = `Usage: npm run bench:api -- [--requests 1000] [--warmup 100] [--concurrency 1] [--url URL]

Sends the first contract operation (quotes about "Reform UK", first 50) N times over HTTP
on loopback and prints latency percentiles. Without --url it serves the API itself from
the graph at NEO4J_URI (else the local runner's port); the graph should be seeded
(npm start or npm run seed).
`;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number >= 0, got '${raw}'`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '100' },
      concurrency: { type: 'string', default: '1' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const requests = positiveInt('requests', values.requests);
  const warmup = positiveInt('warmup', values.warmup);
  const concurrency = Math.max(1, positiveInt('concurrency', values.concurrency));

  let url = values.url;
  let stop = async (): Promise<void> => {};
  if (url === undefined) {
    const driver = await connect();
    const api = await startApi(driver, { port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${api.port}/graphql`;
    stop = async () => {
      await api.close();
      await closeDriver();
    };
  }
  try {
    const body = JSON.stringify({ query: QUERY });
    const once = async (): Promise<{ ms: number; count: number }> => {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { data?: { quotes?: { totalCount: number } }; errors?: { message: string }[] };
      const ms = performance.now() - t0;
      if (!res.ok || json.errors) throw new Error(`request failed (${res.status}): ${JSON.stringify(json.errors ?? json)}`);
      return { ms, count: json.data?.quotes?.totalCount ?? 0 };
    };

    const first = await once();
    if (first.count === 0) {
      process.stderr.write('warning: no quotes about "Reform UK" in this graph; seed it first (npm start or npm run seed).\n');
    }
    for (let i = 0; i < warmup; i++) await once();

    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < requests) {
        next++;
        latencies.push((await once()).ms);
        if (latencies.length % 250 === 0) process.stderr.write(`  ${latencies.length}/${requests}\n`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    const mean = latencies.reduce((s, x) => s + x, 0) / latencies.length;
    const f = (x: number): string => `${x.toFixed(2)} ms`;
    console.log(`quotes(about: "Reform UK", first: 50): ${first.count} quotes per response`);
    console.log(`${latencies.length} requests, concurrency ${concurrency}, ${(latencies.length / seconds).toFixed(0)} req/s, ${url}`);
    console.log(
      `p50 ${f(percentile(latencies, 50))}  p95 ${f(percentile(latencies, 95))}  p99 ${f(percentile(latencies, 99))}  ` +
        `mean ${f(mean)}  min ${f(latencies[0] ?? NaN)}  max ${f(latencies[latencies.length - 1] ?? NaN)}`,
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:api: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
