// Running one ad-hoc Cypher statement and printing its result as a text table. Reads run in a
// READ access-mode transaction, so Neo4j itself refuses any write unless --write was given.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  /** Counters of what a write changed, e.g. { nodesCreated: 1 }; empty for reads. */
  changes: Record<string, number>;
  ms: number;
}

export class WriteRefusedError extends Error {
  constructor(cause: unknown) {
    super('refused: the statement writes to the graph, and this session is read-only. Re-run with --write to allow writes.', {
      cause,
    });
    this.name = 'WriteRefusedError';
  }
}

export async function runCypher(
  driver: Driver,
  statement: string,
  options: { write?: boolean; params?: Record<string, unknown>; database?: string } = {},
): Promise<CypherResult> {
  const session = driver.session({
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
    ...(options.database ? { database: options.database } : {}),
  });
  const started = performance.now();
  try {
    const work = async (tx: Pick<ManagedTransaction, 'run'>) => {
      const running = tx.run(statement, options.params ?? {});
      // Column names even when there are no rows.
      const keys = await running.keys();
      return { keys, result: await running };
    };
    // Writes run as an auto-commit transaction so that CALL { ... } IN TRANSACTIONS works;
    // reads stay in a managed READ transaction.
    const { keys, result } = options.write ? await work(session) : await session.executeRead(work);
    const columns = keys.map(String);
    const counters = result.summary.counters.updates() as Record<string, number>;
    return {
      columns,
      rows: result.records.map((r) => columns.map((c) => r.get(c))),
      changes: Object.fromEntries(Object.entries(counters).filter(([, n]) => n > 0)),
      ms: performance.now() - started,
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'Neo.ClientError.Statement.AccessMode') throw new WriteRefusedError(error);
    throw error;
  } finally {
    await session.close();
  }
}

/** A value as one line of text: graph elements in Cypher-like notation, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return value.toString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (neo4j.isNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${formatValue(value.properties)})`;
  if (neo4j.isRelationship(value)) return `[:${value.type} ${formatValue(value.properties)}]`;
  if (neo4j.isPath(value)) return value.segments.map((s) => formatValue(s.relationship)).join('->');
  if (Array.isArray(value)) return `[${value.map(nested).join(', ')}]`;
  if (typeof value === 'object' && value.constructor === Object) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${nested(v)}`)
      .join(', ')}}`;
  }
  return String(value); // temporal and spatial values print as ISO text
}

/** Inside lists and maps strings are quoted, so ["a, b"] and ["a", "b"] stay distinct. */
function nested(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : formatValue(value);
}

/** A plain-text table; cells longer than maxWidth are cut with an ellipsis. */
export function formatTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const cell = (v: unknown): string => {
    const text = formatValue(v).replace(/\s*\n\s*/g, ' ');
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const body = rows.map((r) => r.map(cell));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [rule, line(columns), rule, ...body.map(line), rule].join('\n');
}
