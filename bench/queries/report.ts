// The query benchmark's results as a Markdown table: one row per query and client count,
// each target's p50/p95/p99 and throughput, and its p95 as a ratio to raw Cypher.

import type { LoadResult } from './closed-loop.js';
import type { QueryName } from './contract.js';
import { TARGET_LABELS } from './targets.js';
import type { TargetName } from './targets.js';

export interface ReportInput {
  shape: Record<string, number>;
  cells: { query: QueryName; target: TargetName; result: LoadResult }[];
  peakRss: Record<string, number | null>;
  disagreements: string[];
  seconds: number;
  warmup: number;
  /** Unmeasured seconds per target and query before the first cell. */
  prewarm: number;
  distinct: number;
}

const f = (n: number): string => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '-');

export function formatReport(input: ReportInput): string {
  const lines: string[] = [];
  lines.push(
    `Graph: ${input.shape.quotes} quotes, ${input.shape.articles} articles, ${input.shape.people} people. ` +
      `Before the cells: ${input.prewarm} s unmeasured per target and query. Each cell: ${input.warmup} s warm-up, ${input.seconds} s measured, closed loop; people asked about Zipf-weighted over the ${input.distinct} most quoted.`,
  );
  lines.push('');
  lines.push('| query | clients | target | p50 ms | p95 ms | p99 ms | req/s | p95 / raw Cypher | n |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const cell of input.cells) {
    const floor = input.cells.find((c) => c.query === cell.query && c.result.concurrency === cell.result.concurrency && c.target === 'cypher');
    const ratio = floor ? cell.result.p95 / floor.result.p95 : NaN;
    const r = cell.result;
    lines.push(
      `| ${cell.query} | ${r.concurrency} | ${TARGET_LABELS[cell.target]} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.throughput)} | ` +
        `${Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-'} | ${r.requests}${r.errors ? ` (${r.errors} errors)` : ''} |`,
    );
  }
  lines.push('');
  const rss = Object.entries(input.peakRss).map(([k, v]) => `${k} ${v === null ? '?' : `${v.toFixed(0)} MB`}`);
  lines.push(`Peak RSS: ${rss.join(', ')}.`);
  lines.push(input.disagreements.length === 0 ? 'Answers: every target agreed with raw Cypher on every checked query.' : `Answers: ${input.disagreements.length} disagreements (see log).`);
  return lines.join('\n');
}
