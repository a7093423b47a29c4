// Starts one of the benchmark's child servers and waits for its port.

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LISTENING, PEAK_RSS } from './child-server.js';
import { peakRssMbOf } from '../lib/rss.js';

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

// What `npm start` prints once GraphQL listens (src/main.ts).
const API_URL_LINE = /GraphQL .*at http:\/\/[^/]+:(\d+)\/graphql/;

/**
 * Our API as `npm start` serves it: `npm run build` (esbuild, src -> dist), then
 * `node dist/main.js` with NEO4J_URI at the bench Neo4j (nothing started; the schema is already
 * applied, so main's applySchema is a check) and PORT=0 on loopback. Same process, flags and
 * NODE_ENV as production, so the measured latency and RSS are the shipped server's.
 * Stopped by SIGTERM (main's shutdown hooks close the server and the driver).
 */
export async function spawnApi(neo4jUri: string, log: (line: string) => void): Promise<ChildServer> {
  const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('node dist/main.js did not listen within 120 s')), 120_000);
    lines.on('line', (line) => {
      const match = API_URL_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      } else log(`  api: ${line}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`node dist/main.js exited with code ${code} before listening`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid,
    stop: async () => {
      if (child.exitCode !== null) return null;
      const peak = await peakRssMbOf(pid);
      child.kill('SIGTERM');
      await exited;
      return peak;
    },
  };
}
