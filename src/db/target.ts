import { dockerWorks } from './docker.js';
import { readNeo4jSettings, type Neo4jSettings } from './settings.js';

/** Where this run's Neo4j comes from, in order of preference. */
export type Neo4jTarget =
  | { kind: 'uri'; uri: string; user: string; password: string }
  | { kind: 'docker'; settings: Neo4jSettings }
  | { kind: 'local'; settings: Neo4jSettings };

export interface ResolveOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Probe for a working Docker engine (injected by tests). */
  probeDocker?: () => Promise<boolean>;
}

/** NEO4J_URI if set; else Docker if `docker info` succeeds; else the local Java runner. */
export async function resolveNeo4jTarget(options: ResolveOptions = {}): Promise<Neo4jTarget> {
  const settings = readNeo4jSettings(options.env ?? process.env);
  if (settings.uri !== undefined) {
    return { kind: 'uri', uri: settings.uri, user: settings.user, password: settings.password };
  }
  const probe = options.probeDocker ?? dockerWorks;
  if (await probe()) return { kind: 'docker', settings };
  return { kind: 'local', settings };
}
