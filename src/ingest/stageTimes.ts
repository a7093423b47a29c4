// Where a pipelined ingest's wall time goes, for measuring (QUOTEGRAPH_INGEST_TIMES=1 prints it
// at the end of `npm run ingest`). Stages of one batch are summed over the run; the two waits
// say which side of the pipeline holds the other up: the loop waiting for a batch still being
// prepared (Node is the bottleneck) or for the write still running (Neo4j is).

export const STAGES = ['exists', 'extract', 'lookup', 'link', 'write', 'waitPrepare', 'waitWrite'] as const;
export type Stage = (typeof STAGES)[number];

const totals = new Map<Stage, { ms: number; count: number }>();

export function addStage(stage: Stage, ms: number): void {
  const t = totals.get(stage) ?? { ms: 0, count: 0 };
  t.ms += ms;
  t.count += 1;
  totals.set(stage, t);
}

export async function timed<T>(stage: Stage, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    addStage(stage, performance.now() - started);
  }
}

export function stageReport(): string {
  return STAGES.map((s) => {
    const t = totals.get(s) ?? { ms: 0, count: 0 };
    return `${s} ${(t.ms / 1000).toFixed(1)} s (${t.count})`;
  }).join(', ');
}
