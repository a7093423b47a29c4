// Starts one of the benchmark's child servers and waits for its port.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LISTENING, PEAK_RSS } from './child-server.js';

export interface ChildServer {
  url: string;
  pid: number;
  /** Stops it and returns its peak RSS in MB. */
  stop(): Promise<number | null>;
}


export async function spawnServer(script: string, neo4jUri: string): Promise<ChildServer> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // node --import tsx: one process, so its pid and RSS are the server's own.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, NODE_ENV: 'production' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let peak: number | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s`)), 60_000);
    lines.on('line', (line) => {
      if (line.startsWith(LISTENING)) {
        clearTimeout(timer);
        resolve(Number(line.slice(LISTENING.length)));
      } else if (line.startsWith(PEAK_RSS)) peak = Number(line.slice(PEAK_RSS.length));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before listening`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid ?? -1,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      return peak;
    },
  };
}
