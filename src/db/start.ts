import { waitForBolt } from './driver.js';
import { startDockerNeo4j } from './docker.js';
import { startLocalNeo4j } from './local.js';
import { resolveNeo4jTarget, type ResolveOptions } from './target.js';

export interface RunningNeo4j {
  kind: 'uri' | 'docker' | 'local';
  uri: string;
  user: string;
  password: string;
  /** Neo4j Browser, when this process knows it serves one. */
  browserUrl: string | undefined;
  /** Stops what this process started (the local JVM); a no-op for NEO4J_URI and Docker. */
  stop(): Promise<void>;
}

export interface StartOptions extends ResolveOptions {
  /** Each launcher output line, e.g. to print while starting. */
  onOutput?: (line: string) => void;
  onProgress?: (line: string) => void;
}

/** Makes sure a Neo4j is up, by the rules of resolveNeo4jTarget, and says where it is. */
export async function startNeo4j(options: StartOptions = {}): Promise<RunningNeo4j> {
  const target = await resolveNeo4jTarget(options);
  const progress = options.onProgress ?? ((line: string) => process.stderr.write(`${line}\n`));
  switch (target.kind) {
    case 'uri':
      return { ...target, browserUrl: undefined, stop: async () => {} };
    case 'docker': {
      progress(`Starting Neo4j with docker compose on port ${target.settings.port}...`);
      const { uri } = await startDockerNeo4j(target.settings);
      await waitForBolt(uri, 120_000);
      const { user, password, browserPort } = target.settings;
      const browserUrl = browserPort !== undefined ? `http://127.0.0.1:${browserPort}/browser/` : undefined;
      return { kind: 'docker', uri, user, password, browserUrl, stop: async () => {} };
    }
    case 'local': {
      const { settings } = target;
      progress(`Starting local Neo4j (tools/neo4j-local) on port ${settings.port}, data in ${settings.dataDir}...`);
      const local = await startLocalNeo4j({
        dataDir: settings.dataDir,
        port: settings.port,
        heap: settings.heap,
        pageCache: settings.pageCache,
        browserPort: settings.browserPort,
        onOutput: options.onOutput,
        onBuildProgress: progress,
      });
      const { user, password } = settings;
      return { kind: 'local', uri: local.uri, user, password, browserUrl: local.browserUrl, stop: local.stop };
    }
  }
}
