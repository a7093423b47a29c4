/**
 * Vitest globalSetup: one Neo4j for the whole run, by the same rules as `npm start`:
 * NEO4J_URI if set; else a testcontainers Neo4j if Docker works; else the local runner
 * in a temporary directory on a free port. Test files get the connection via inject('neo4j').
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/db/local.js';
import { resolveNeo4jTarget } from '../../src/db/target.js';
import { connectDriver, type Neo4jConnection } from '../../src/db/driver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

const TEST_HEAP = process.env.NEO4J_TEST_HEAP ?? '1g';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const target = await resolveNeo4jTarget();
  const log = (line: string): void => void process.stderr.write(`[neo4j] ${line}\n`);

  let connection: Neo4jConnection;
  let teardown: () => Promise<void>;
  switch (target.kind) {
    case 'uri':
      connection = { uri: target.uri, user: target.user, password: target.password };
      // Fail the run once, clearly, instead of every database test timing out on its own.
      await (await connectDriver(connection)).close();
      teardown = async () => {};
      break;
    case 'docker': {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(target.settings.password).start();
      connection = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() };
      teardown = async () => void (await container.stop());
      break;
    }
    case 'local': {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-test-neo4j-'));
      const local = await startLocalNeo4j({
        dataDir,
        port: 0,
        heap: TEST_HEAP,
        pageCache: '256m',
        quickStart: true,
        onBuildProgress: log,
      });
      connection = { uri: local.uri, user: target.settings.user, password: target.settings.password };
      teardown = async () => {
        await local.stop();
        await rm(dataDir, { recursive: true, force: true });
      };
      break;
    }
  }
  log(`${target.kind} Neo4j for this test run at ${connection.uri} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4j', connection);
  return teardown;
}
