// `npm run ingest` as a child process against a given Neo4j, so a check can kill it with -9
// or run two at once. The CLI is started with node + tsx directly (no npm wrapper), so the
// pid is the ingest process itself.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../src/db/paths.js';
import type { Neo4jConnection } from '../../../src/db/driver.js';

export interface IngestOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface IngestProcess {
  child: ChildProcess;
  done: Promise<IngestOutcome>;
  /** SIGKILL, no cleanup at all. */
  kill9(): void;
}

// Small batches, so that a fault at a quarter of even the CI-sized set (60 articles) lands
// between commits, with some articles stored and some not: the default batch would take all 60
// in one transaction.
const BATCH = ['--batch', '20'];

export function startIngest(files: string[], connection: Neo4jConnection, env: Record<string, string> = {}): IngestProcess {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/ingest/cli.ts'), ...BATCH, ...files], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const done = new Promise<IngestOutcome>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
  return {
    child,
    done,
    kill9: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Files the CLI reported as failed ("error: FILE: why"), with the reason. */
export function failedFiles(outcome: IngestOutcome): Map<string, string> {
  const failed = new Map<string, string>();
  for (const match of outcome.stderr.matchAll(/^error: (\S+\.txt): (.*)$/gm)) failed.set(match[1]!, match[2]!);
  return failed;
}

/**
 * Runs the ingest to its end. Exit 1 with some files reported failed is accepted (the caller
 * compares which); anything else (a crash, a signal, a usage error) throws with the output.
 */
export async function ingestAll(files: string[], connection: Neo4jConnection): Promise<IngestOutcome> {
  const outcome = await startIngest(files, connection).done;
  if (outcome.code !== 0 && !(outcome.code === 1 && failedFiles(outcome).size > 0)) {
    throw new Error(`ingest exited ${outcome.code ?? outcome.signal}:\n${outcome.stdout}\n${outcome.stderr.slice(-3000)}`);
  }
  return outcome;
}
