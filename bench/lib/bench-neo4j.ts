// The benchmarks' own Neo4j: a dedicated local instance on its own port and data directory
// (bigger heap and page cache than the dev one), or BENCH_NEO4J_URI when one is already up.
// BENCH_LAUNCHER_DIR runs the launcher from a snapshot of its build (see launcher-snapshot.ts).

import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectDriver } from '../../src/db/driver.js';
import { startLocalNeo4j } from '../../src/db/local.js';
import { startFromSnapshot } from './launcher-snapshot.js';

export interface BenchNeo4jOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  /** Delete the data directory first: the run starts from an empty graph. */
  fresh: boolean;
}

export const BENCH_DEFAULTS = {
  dataDir: '.data/bench',
  port: 7697,
  heap: '4g',
  pageCache: '6g',
} as const;

export interface BenchNeo4j {
  uri: string;
  driver: Driver;
  /** Java process id when this process started Neo4j (for its RSS), else null. */
  pid: number | null;
  stop(): Promise<void>;
}

export async function openBenchNeo4j(options: BenchNeo4jOptions, log: (line: string) => void): Promise<BenchNeo4j> {
  const external = process.env.BENCH_NEO4J_URI?.trim();
  const credentials = { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'quotegraph' };
  if (external) {
    if (options.fresh) log(`BENCH_NEO4J_URI is set: using ${external} as it is (not wiping it).`);
    const driver = await connectDriver({ uri: external, ...credentials });
    return { uri: external, driver, pid: null, stop: () => driver.close() };
  }
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  log(`Starting bench Neo4j on 127.0.0.1:${options.port} (heap ${options.heap}, page cache ${options.pageCache}, data ${options.dataDir})...`);
  const snapshot = process.env.BENCH_LAUNCHER_DIR?.trim();
  const local = snapshot
    ? await startFromSnapshot(path.resolve(snapshot), { dataDir, port: options.port, heap: options.heap, pageCache: options.pageCache })
    : await startLocalNeo4j({ dataDir, port: options.port, heap: options.heap, pageCache: options.pageCache, onBuildProgress: log });
  let driver: Driver;
  try {
    driver = await connectDriver({ uri: local.uri, ...credentials });
  } catch (error) {
    await local.stop();
    throw error;
  }
  return {
    uri: local.uri,
    driver,
    pid: local.pid,
    stop: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
