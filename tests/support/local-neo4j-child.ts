// Child process for tests/db/local-runner.test.ts: starts a local Neo4j and reports where it is,
// so the test can kill this process with SIGKILL and watch what happens to the JVM.
import { startLocalNeo4j } from '../../src/db/local.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: local-neo4j-child.ts <dataDir>');
const neo4j = await startLocalNeo4j({ dataDir, port: 0, browserPort: 0, heap: '512m', pageCache: '64m', quickStart: true });
process.stdout.write(`${JSON.stringify({ uri: neo4j.uri, browserUrl: neo4j.browserUrl, pid: neo4j.pid })}\n`);
setInterval(() => {}, 1 << 30);
