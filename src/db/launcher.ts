import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LAUNCHER_MAIN_CLASS, launcherDir } from './paths.js';

/** What is needed to run the launcher JVM: `java -cp <classpath> <mainClass>`. */
export interface LauncherBuild {
  classpath: string;
  mainClass: string;
}

const targetDir = path.join(launcherDir, 'target');
const classesDir = path.join(targetDir, 'classes');
const classpathFile = path.join(targetDir, 'classpath.txt');
const stampFile = path.join(targetDir, 'quotegraph-build.stamp');
const lockDir = path.join(targetDir, 'quotegraph-build.lock');
const STALE_LOCK_MS = 20 * 60_000;

/**
 * Builds tools/neo4j-local with Maven unless the last build matches the current sources
 * (a hash of pom.xml and the Java files). The first build downloads Neo4j from Maven Central
 * and prints Maven's progress to stderr.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = defaultLog): Promise<LauncherBuild> {
  const wanted = await sourceHash();
  if (await isBuilt(wanted)) return readBuild();

  await withBuildLock(async () => {
    if (await isBuilt(wanted)) return;
    log(`Building the local Neo4j launcher (tools/neo4j-local) with Maven; the first build downloads Neo4j from Maven Central...`);
    const started = Date.now();
    await runMaven(['-B', 'compile'], log);
    await writeFile(stampFile, wanted);
    log(`Launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  });
  return readBuild();
}

async function isBuilt(wanted: string): Promise<boolean> {
  if (!existsSync(classpathFile) || !existsSync(classesDir)) return false;
  const stamp = await readFile(stampFile, 'utf8').catch(() => '');
  if (stamp !== wanted) return false;
  // The classpath points into the Maven repository; a cleaned ~/.m2 means rebuilding.
  const entries = (await readFile(classpathFile, 'utf8')).trim().split(path.delimiter);
  return entries.every((entry) => existsSync(entry));
}

async function readBuild(): Promise<LauncherBuild> {
  const dependencies = (await readFile(classpathFile, 'utf8')).trim();
  return { classpath: [classesDir, dependencies].join(path.delimiter), mainClass: LAUNCHER_MAIN_CLASS };
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(path.join(launcherDir, 'pom.xml')));
  const sources = path.join(launcherDir, 'src');
  const files = (await readdir(sources, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(path.relative(launcherDir, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

function runMaven(args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloaded = 0;
    const onLine = (raw: string): void => {
      const line = stripAnsi(raw);
      tail.push(line);
      if (tail.length > 40) tail.shift();
      // Downloads are the slow part on a cold cache: report them in steps, not one line each.
      const artifact = /Downloaded from \S+ (\S+)/.exec(line)?.[1];
      if (artifact !== undefined) {
        downloaded += 1;
        if (downloaded % 25 === 1) log(`[mvn] ${downloaded} artifacts downloaded (now ${path.basename(artifact)})`);
      } else if (/BUILD|ERROR/.test(line)) {
        log(`[mvn] ${line}`);
      }
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, onLine);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'Maven (mvn) is not on PATH. Install Java 17 and Maven 3.8+ to run Neo4j locally, ' +
                'or set NEO4J_URI to an existing Neo4j 5.26.',
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Building tools/neo4j-local failed (mvn exit ${code}). Last output:\n${tail.join('\n')}`));
    });
  });
}

/** Several processes (tests, npm start, npm run neo4j) may want the launcher at once; one builds. */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_LOCK_MS || Date.now() > deadline) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line.replace(/\r$/, ''));
  });
  stream.on('end', () => {
    if (pending !== '') onLine(pending);
  });
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
