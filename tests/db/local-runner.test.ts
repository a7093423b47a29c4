import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDriver } from '../../src/db/driver.js';

const childScript = fileURLToPath(new URL('../support/local-neo4j-child.ts', import.meta.url));

/** Gone, or a zombie nobody has reaped yet: either way it holds no port and no files. */
function isRunning(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== undefined && state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end >= 0) resolve(buffered.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before reporting Neo4j`)));
  });
}

describe('local runner (tools/neo4j-local)', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('serves Bolt and Neo4j Browser, and its JVM exits when the Node process that started it is killed with SIGKILL', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-orphan-test-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanup.push(() => void child.kill('SIGKILL'));

    const { uri, browserUrl, pid } = JSON.parse(await firstLine(child)) as { uri: string; browserUrl: string; pid: number };
    cleanup.push(() => {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    });
    expect(isRunning(pid)).toBe(true);

    const driver = await connectDriver({ uri, user: 'neo4j', password: 'any' });
    const result = await driver.executeQuery('RETURN 1 AS one');
    expect(neo4j.integer.toNumber(result.records[0]?.get('one'))).toBe(1);
    await driver.close();

    expect(browserUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
    const page = await fetch(browserUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');

    child.kill('SIGKILL');
    // No handler runs on SIGKILL; only the closed stdin pipe tells the JVM its parent is gone.
    expect(await waitUntil(() => !isRunning(pid), 60_000)).toBe(true);
    await expect(connectDriver({ uri, user: 'neo4j', password: 'any' }, { connectionTimeoutMs: 2_000 })).rejects.toThrow(uri);
  }, 240_000);
});
