// A Neo4j of the check's own (local runner, temp dir, free port) that the check may kill -9,
// stop and restart on the same port and data, without touching the test suite's shared one.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../../src/db/local.js';
import { readNeo4jSettings } from '../../../src/db/settings.js';
import type { Neo4jConnection } from '../../../src/db/driver.js';

export interface OwnNeo4j {
  connection: Neo4jConnection;
  port: number;
  dataDir: string;
  /** Pid of the running JVM (changes on restart). */
  pid(): number;
  /** SIGKILL the JVM, no shutdown at all, and wait until it is gone. */
  kill9(): Promise<void>;
  /** Clean stop (SIGTERM). */
  stop(): Promise<void>;
  /** Start again on the same port and data directory (Neo4j recovers from its transaction log). */
  start(): Promise<void>;
  /** Stop whatever runs and delete the data directory; safe to call twice. */
  dispose(): Promise<void>;
}

export async function startOwnNeo4j(options: { heap?: string; label?: string } = {}): Promise<OwnNeo4j> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `quotegraph-${options.label ?? 'reliability'}-neo4j-`));
  const heap = options.heap ?? '1g';
  const settings = readNeo4jSettings({});
  let port = 0;
  let current: LocalNeo4j | undefined;

  const launch = async (): Promise<void> => {
    current = await startLocalNeo4j({ dataDir, port, heap, pageCache: '256m', startTimeoutMs: 240_000 });
    port = Number(new URL(current.uri).port);
  };
  try {
    await launch();
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const running = (): LocalNeo4j => {
    if (current === undefined) throw new Error('own Neo4j is not running');
    return current;
  };
  const halt = async (signal: 'SIGKILL' | 'SIGTERM'): Promise<void> => {
    const neo4j = running();
    current = undefined;
    if (signal === 'SIGKILL') {
      try {
        process.kill(neo4j.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await neo4j.stop();
  };
  return {
    connection: { uri: running().uri, user: settings.user, password: settings.password },
    port,
    dataDir,
    pid: () => running().pid,
    kill9: () => halt('SIGKILL'),
    stop: () => halt('SIGTERM'),
    start: launch,
    async dispose() {
      if (current !== undefined) await halt('SIGTERM').catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
