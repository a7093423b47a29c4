// The API's only way to the database: every query runs parameterised in a READ transaction,
// so a query that tried to write would be refused by Neo4j itself.
import neo4j from 'neo4j-driver';
import { Neo4jError, type Driver, type QueryResult, type Session } from 'neo4j-driver';
import { toPlain } from './plain.js';
import { databaseUnavailable } from './errors.js';

// Driver error codes that mean "no database to talk to", as opposed to a bug in a query.
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Reader {
  /** Runs one read query and returns its records as plain JS objects (numbers, strings, maps). */
  read(cypher: string, params: Params): Promise<Row[]>;
}

export interface ReaderOptions {
  database?: string;
  /** Called once per query sent to Neo4j; tests use it to count round trips. */
  onQuery?: (cypher: string, params: Params) => void;
}

// An auto-commit transaction in a READ session: Neo4j still refuses writes in it ("Writing in
// read access mode not allowed"), and its RUN and PULL go out in one socket write, where a
// managed transaction (executeRead) needs BEGIN+RUN+PULL, then COMMIT: three writes and an extra
// round trip per request. At 1M quotes socket writes were the API process's largest CPU item
// (bench/RESULTS.md). A read has no side effects, so a transient failure is retried here the
// way executeRead would have done.
const READ_ATTEMPTS = 3;

// The driver formats a stack trace for every result it creates (new Error().stack, to attach
// to a later async error): in a CPU profile of the API under load that was ~4% of the process.
// Client errors are masked (mask.ts) and the resolver's own stack names the query, so results
// are created with no frames to format.
function runUntraced(session: Session, cypher: string, params: Params): Promise<QueryResult> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

async function runRead(session: Session, cypher: string, params: Params): Promise<QueryResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runUntraced(session, cypher, params);
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || !(error instanceof Neo4jError && error.retriable)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export function createReader(driver: Driver, options: ReaderOptions = {}): Reader {
  return {
    async read(cypher, params) {
      options.onQuery?.(cypher, params);
      const session = driver.session({
        defaultAccessMode: neo4j.session.READ,
        // Notifications (e.g. "property key not in the database" for a property no node has
        // yet, such as Article.url in a graph without urls) came back with every response and
        // cost decoding on each request; the API never reads them.
        notificationFilter: { minimumSeverityLevel: 'OFF' },
        ...(options.database ? { database: options.database } : {}),
      });
      try {
        const result = await runRead(session, cypher, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && UNAVAILABLE.has(code)) throw databaseUnavailable();
        throw error;
      } finally {
        await session.close();
      }
    },
  };
}
