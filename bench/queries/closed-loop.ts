// A bounded closed-loop load generator: N clients, each sending its next request as soon as
// the previous one answers, for a fixed time after a warm-up. Latency is measured per request.

export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Stop early after this many measured requests (keeps slow targets from dominating the run). */
  maxRequests?: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export async function closedLoop(send: (i: number) => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const end = measureFrom + options.durationMs;
  let measuredEnd = measureFrom;
  const limit = options.maxRequests ?? Number.POSITIVE_INFINITY;

  const client = async (): Promise<void> => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= end || latencies.length >= limit) return;
      const i = next++;
      try {
        await send(i);
        const t1 = performance.now();
        if (t0 >= measureFrom) {
          latencies.push(t1 - t0);
          measuredEnd = Math.max(measuredEnd, t1);
        }
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
        if (errors > 50 && latencies.length === 0) return;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const sorted = Float64Array.from(latencies).sort();
  const seconds = Math.max(1e-9, (measuredEnd - measureFrom) / 1000);
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    concurrency: options.concurrency,
    requests: latencies.length,
    errors,
    firstError,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: latencies.length > 0 ? sum / latencies.length : NaN,
    max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : NaN,
  };
}
