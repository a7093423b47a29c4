// Starts the local Neo4j launcher from a snapshot of its build (BENCH_LAUNCHER_DIR holding
// classes/ and classpath.txt copied from tools/neo4j-local/target), so long benchmark runs do
// not depend on the launcher's sources being mid-edit in a shared checkout.

import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LAUNCHER_MAIN_CLASS } from '../../src/db/paths.js';

const READY_PREFIX = 'NEO4J_LOCAL_READY ';

export interface SnapshotNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startFromSnapshot(
  snapshotDir: string,
  options: { dataDir: string; port: number; heap: string; pageCache: string },
): Promise<SnapshotNeo4j> {
  const deps = (await readFile(path.join(snapshotDir, 'classpath.txt'), 'utf8')).trim();
  const classpath = [path.join(snapshotDir, 'classes'), deps].join(path.delimiter);
  await mkdir(options.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [`-Xms${options.heap}`, `-Xmx${options.heap}`, '-XX:+ExitOnOutOfMemoryError', '-cp', classpath, LAUNCHER_MAIN_CLASS,
      '--data', options.dataDir, '--port', String(options.port), '--pagecache', options.pageCache],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const tail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (l) => {
    tail.push(l);
    if (tail.length > 20) tail.shift();
  });
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j (snapshot ${snapshotDir}) not ready in 180 s:\n${tail.join('\n')}`)), 180_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) {
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).split(' ')[0] ?? '');
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Neo4j (snapshot ${snapshotDir}) exited before it was ready:\n${tail.join('\n')}`));
    });
  });
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  return {
    uri,
    pid: child.pid ?? -1,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
