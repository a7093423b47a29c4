import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureLauncherBuilt, forEachLine } from './launcher.js';
import { waitForBolt } from './driver.js';
import { onShutdown } from './shutdown.js';

export interface LocalNeo4jOptions {
  /** Neo4j home (created if missing); one running instance per directory. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 lets the OS pick a free one (read back from the launcher). */
  port: number;
  /** JVM heap, e.g. 1g for tests, 2g for npm start. */
  heap: string;
  pageCache?: string;
  /** Also serve the HTTP API and Neo4j Browser on this loopback port (0: any free port). */
  browserPort?: number;
  /** Every line the launcher prints (Neo4j's own log goes to <dataDir>/logs). */
  onOutput?: (line: string) => void;
  /** Progress while building the launcher. */
  onBuildProgress?: (line: string) => void;
  /** Bound on JVM start until Bolt answers (the build has its own pace). */
  startTimeoutMs?: number;
  /**
   * Trade peak query speed for start-up: C1 JIT only and the serial GC roughly halve the CPU
   * spent until Bolt is ready (11 s -> 6 s measured). Right for short test runs, not for serving.
   */
  quickStart?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  /** http://127.0.0.1:<port>/browser/ when browserPort was given. */
  browserUrl: string | undefined;
  pid: number;
  dataDir: string;
  /** SIGTERM, wait for a clean shutdown, SIGKILL after a bound. Safe to call twice. */
  stop(): Promise<void>;
}

const READY_PREFIX = 'NEO4J_LOCAL_READY ';
const STOP_TIMEOUT_MS = 30_000;

/** Starts embedded Neo4j Community (tools/neo4j-local) and resolves once Bolt answers queries. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const build = await ensureLauncherBuilt(options.onBuildProgress);
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    ...(options.quickStart === true ? ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] : []),
    '-cp',
    build.classpath,
    build.mainClass,
    '--data',
    dataDir,
    '--port',
    String(options.port),
    '--pagecache',
    options.pageCache ?? '512m',
    ...(options.browserPort !== undefined ? ['--http-port', String(options.browserPort)] : []),
  ];
  // Own process group: Ctrl-C reaches only Node, which then stops Neo4j after closing its clients.
  // stdin stays a pipe: when this process dies, even by SIGKILL, the JVM sees EOF and shuts down.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    options.onOutput?.(line);
  };
  forEachLine(child.stderr!, onLine);

  const describe = `local Neo4j (data ${dataDir}, port ${options.port})`;
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  let ready: ReadyLine;
  try {
    ready = await waitForReadyLine(child, onLine, exited, options.startTimeoutMs ?? 180_000, describe, tail);
    await waitForBolt(ready.uri, 30_000);
  } catch (error) {
    await terminate(child, exited);
    process.removeListener('exit', killOnExit);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      unregister();
      await terminate(child, exited);
      process.removeListener('exit', killOnExit);
    })();
    return stopping;
  };
  const unregister = onShutdown(describe, stop);
  return { uri: ready.uri, browserUrl: ready.browserUrl, pid: child.pid ?? -1, dataDir, stop };
}

interface ReadyLine {
  uri: string;
  browserUrl: string | undefined;
}

/** "NEO4J_LOCAL_READY bolt://127.0.0.1:7687 (started in 5490 ms, data /x, browser http://127.0.0.1:7474/browser/)" */
export function parseReadyLine(line: string): ReadyLine | undefined {
  if (!line.startsWith(READY_PREFIX)) return undefined;
  const uri = line.slice(READY_PREFIX.length).split(' ')[0] ?? '';
  const browserUrl = /browser (http:\/\/\S+?)\)?$/.exec(line)?.[1];
  return { uri, browserUrl };
}

function waitForReadyLine(
  child: ChildProcess,
  onLine: (line: string) => void,
  exited: Promise<number | null>,
  timeoutMs: number,
  describe: string,
  tail: string[],
): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const output = (): string => (tail.length > 0 ? `\nLast output:\n${tail.join('\n')}` : '');
    const timer = setTimeout(
      () => finish(() => reject(new Error(`${describe} did not report Bolt ready within ${timeoutMs / 1000} s.${output()}`))),
      timeoutMs,
    );
    forEachLine(child.stdout!, (line) => {
      onLine(line);
      const ready = parseReadyLine(line);
      if (ready !== undefined) finish(() => resolve(ready));
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'ENOENT'
          ? 'java is not on PATH. Install Java 17 to run Neo4j locally, or set NEO4J_URI to an existing Neo4j 5.26.'
          : `could not start java: ${error.message}`;
      finish(() => reject(new Error(message)));
    });
    void exited.then((code) =>
      finish(() => reject(new Error(`${describe} exited with code ${code} before Bolt was ready.${output()}`))),
    );
  });
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    process.stderr.write(`Neo4j (pid ${child.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.\n`);
    child.kill('SIGKILL');
    await exited;
  }
  child.stdin?.destroy();
}
