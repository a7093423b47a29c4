// The API's only way to the database: every query runs parameterised in a READ transaction,
// so a query that tried to write would be refused by Neo4j itself.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
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
        const result = await session.executeRead((tx) => tx.run(cypher, params));
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
