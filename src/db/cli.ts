/**
 * `npm run neo4j -- --port 7701 --data .data/dev-7701`: the local runner in the foreground
 * for ad-hoc work. Ctrl-C stops it cleanly.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLauncherBuilt } from './launcher.js';
import { startLocalNeo4j } from './local.js';
import { repoRoot } from './paths.js';
import { parsePort, parseSize, readNeo4jSettings } from './settings.js';

const USAGE = `usage: npm run neo4j -- [--port N] [--data DIR] [--browser-port N] [--heap SIZE] [--pagecache SIZE] [--verbose]
       npm run neo4j -- --build-only

Runs embedded Neo4j Community 5.26 (tools/neo4j-local) with Bolt on 127.0.0.1, auth disabled,
until Ctrl-C. The first run builds the launcher with Maven.

  --port N          Bolt port (default NEO4J_PORT or 7687; 0 picks a free port)
  --data DIR        Neo4j home: databases and logs (default NEO4J_DATA_DIR or .data/neo4j)
  --browser-port N  also serve Neo4j Browser at http://127.0.0.1:N/browser/ (0 picks a free port;
                    default: none)
  --heap SIZE       JVM heap (default NEO4J_HEAP or 2g)
  --pagecache SIZE  page cache (default NEO4J_PAGECACHE or 512m)
  --verbose         print the launcher's output
  --build-only      build the launcher (Maven) if needed, then exit
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      'browser-port': { type: 'string' },
      heap: { type: 'string' },
      pagecache: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'build-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values['build-only']) {
    const build = await ensureLauncherBuilt();
    process.stdout.write(`Launcher ready: ${build.mainClass} (${build.classpath.split(path.delimiter).length} classpath entries).\n`);
    return;
  }
  const settings = readNeo4jSettings();
  const dataDir = values.data !== undefined ? path.resolve(values.data) : settings.dataDir;
  const started = Date.now();
  const neo4j = await startLocalNeo4j({
    port: values.port !== undefined ? parsePort(values.port, '--port') : settings.port,
    dataDir,
    heap: values.heap !== undefined ? parseSize(values.heap, '--heap') : settings.heap,
    pageCache: values.pagecache !== undefined ? parseSize(values.pagecache, '--pagecache') : settings.pageCache,
    browserPort: values['browser-port'] !== undefined ? parsePort(values['browser-port'], '--browser-port') : undefined,
    onOutput: values.verbose ? (line) => process.stderr.write(`[neo4j] ${line}\n`) : undefined,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Neo4j ready at ${neo4j.uri} in ${seconds} s (pid ${neo4j.pid}, data ${displayPath(dataDir)}).\n` +
      (neo4j.browserUrl !== undefined ? `Neo4j Browser: ${neo4j.browserUrl} (connect without authentication).\n` : '') +
      `Use NEO4J_URI=${neo4j.uri} for other commands. Logs: ${path.join(dataDir, 'logs', 'debug.log')}. Ctrl-C to stop.\n`,
  );
}

function displayPath(dir: string): string {
  const relative = path.relative(repoRoot, dir);
  return relative === '' || relative.startsWith('..') ? dir : relative;
}

main().catch((error: unknown) => {
  process.stderr.write(`neo4j: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof TypeError && 'code' in error) process.stderr.write(USAGE);
  process.exit(1);
});
