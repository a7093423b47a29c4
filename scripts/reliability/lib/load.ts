// A bounded load run with autocannon on loopback: the contract queries in rotation from N
// connections for a fixed time. A response counts as an error unless it is HTTP 200 with data
// and no GraphQL errors.
import autocannon from 'autocannon';
import { CONTRACT } from '../../../tests/api/client.js';

export interface LoadOptions {
  /** Base URL of the API, e.g. http://127.0.0.1:4000 */
  url: string;
  seconds: number;
  connections: number;
}

export interface LoadReport {
  seconds: number;
  connections: number;
  queries: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; average: number };
  throughputBytesPerSecond: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 200 responses that carried GraphQL errors or no data. */
  graphqlErrors: number;
  sampleError?: string;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  let graphqlErrors = 0;
  let sampleError: string | undefined;
  const onResponse = (status: number, body: string): void => {
    if (status !== 200) return; // counted by autocannon as non2xx
    if (!body.startsWith('{"data":{') || body.includes('"errors":')) {
      graphqlErrors++;
      sampleError ??= body.slice(0, 300);
    }
  };
  const requests = Object.values(CONTRACT).map((query) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    onResponse,
  }));
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests,
    timeout: 30,
  });
  return {
    seconds: options.seconds,
    connections: options.connections,
    queries: requests.length,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      average: Math.round(result.latency.average * 10) / 10,
    },
    throughputBytesPerSecond: Math.round(result.throughput.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    ...(sampleError !== undefined ? { sampleError } : {}),
  };
}

export function describeLoad(r: LoadReport): string {
  return (
    `${r.requests} requests in ${r.seconds} s from ${r.connections} connections over ${r.queries} contract queries: ` +
    `${r.requestsPerSecond} req/s, latency p50 ${r.latencyMs.p50} ms, p90 ${r.latencyMs.p90} ms, p99 ${r.latencyMs.p99} ms, ` +
    `max ${r.latencyMs.max} ms; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, GraphQL errors ${r.graphqlErrors}`
  );
}
