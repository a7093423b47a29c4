/**
 * `npm start`: bring Neo4j up (NEO4J_URI, Docker or the local runner), connect the one driver,
 * then load the seed graph and serve GraphQL. Stays up until Ctrl-C; cleanup runs in reverse
 * order of registration (src/db/shutdown.ts).
 */
import { closeDriver, connect, onShutdown, startNeo4j, stayUpUntilSignal } from './db/index.js';
import { isGraphEmpty, seedGraph } from './seed/seedGraph.js';
import { applySchema } from './write/index.js';
import { startApi } from './api/listen.js';

async function main(): Promise<void> {
  const started = Date.now();
  const neo4j = await startNeo4j();
  // GraphQL clients should get a clean error within seconds while Neo4j is down, not after 15 s of retries.
  const driver = await connect(
    { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    { maxTransactionRetryTimeMs: 3_000 },
  );
  onShutdown('Neo4j driver', closeDriver);
  const server = await driver.getServerInfo();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${server.agent ?? 'Neo4j'} (${neo4j.kind}) ready: Bolt at ${neo4j.uri} (${seconds} s).`);
  if (neo4j.browserUrl !== undefined) console.log(`Neo4j Browser: ${neo4j.browserUrl}`);

  await applySchema(driver);
  if (await isGraphEmpty(driver)) {
    const seeded = await seedGraph(driver, undefined, (line) => console.log(line));
    console.log(`Empty database seeded from seed/: ${seeded.quotes} quotes, ${seeded.entities} entities.`);
  }

  const api = await startApi(driver);
  onShutdown('GraphQL server', api.close);
  console.log(`GraphQL (with GraphiQL) at ${api.url}; liveness /health, readiness /ready.`);

  console.log('quotegraph is up. Ctrl-C to stop.');
  stayUpUntilSignal();
}

main().catch((error: unknown) => {
  console.error(`quotegraph: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
