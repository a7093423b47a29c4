import path from 'node:path';
import { repoRoot } from './paths.js';

/** Where Neo4j is and how a locally started one is sized; read from the environment. */
export interface Neo4jSettings {
  /** NEO4J_URI: an already running Neo4j; when set nothing is started. */
  uri: string | undefined;
  user: string;
  password: string;
  /** Bolt port of a Neo4j this project starts itself (local runner or Docker). */
  port: number;
  /** Neo4j home of the local runner: databases, transaction logs, debug.log. */
  dataDir: string;
  /** JVM heap of the local runner, e.g. 2g. */
  heap: string;
  /** Page cache of the local runner, e.g. 512m. */
  pageCache: string;
  /** Neo4j Browser / HTTP port of a Neo4j this project starts; undefined when turned off. */
  browserPort: number | undefined;
}

export const DEFAULT_USER = 'neo4j';
/** Matches docker-compose.yml; the local runner has auth disabled and accepts any credentials. */
export const DEFAULT_PASSWORD = 'quotegraph';
export const DEFAULT_PORT = 7687;
export const DEFAULT_HEAP = '2g';
export const DEFAULT_PAGE_CACHE = '512m';
export const DEFAULT_BROWSER_PORT = 7474;

type Env = Readonly<Record<string, string | undefined>>;

export function readNeo4jSettings(env: Env = process.env): Neo4jSettings {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri !== undefined) parseBoltUri(uri, 'NEO4J_URI');
  return {
    uri,
    user: nonEmpty(env.NEO4J_USER) ?? DEFAULT_USER,
    password: nonEmpty(env.NEO4J_PASSWORD) ?? DEFAULT_PASSWORD,
    port: parsePort(nonEmpty(env.NEO4J_PORT) ?? String(DEFAULT_PORT), 'NEO4J_PORT'),
    dataDir: path.resolve(repoRoot, nonEmpty(env.NEO4J_DATA_DIR) ?? '.data/neo4j'),
    heap: parseSize(nonEmpty(env.NEO4J_HEAP) ?? DEFAULT_HEAP, 'NEO4J_HEAP'),
    pageCache: parseSize(nonEmpty(env.NEO4J_PAGECACHE) ?? DEFAULT_PAGE_CACHE, 'NEO4J_PAGECACHE'),
    browserPort: parseOptionalPort(nonEmpty(env.NEO4J_BROWSER_PORT) ?? String(DEFAULT_BROWSER_PORT), 'NEO4J_BROWSER_PORT'),
  };
}

export function parsePort(value: string, name: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number 0..65535, got '${value}'`);
  }
  return port;
}

/** A port, or "off" for none. */
export function parseOptionalPort(value: string, name: string): number | undefined {
  return value.toLowerCase() === 'off' ? undefined : parsePort(value, `${name} (or "off")`);
}

/** JVM-style size: digits with an optional k, m or g suffix (512m, 2g). */
export function parseSize(value: string, name: string): string {
  const size = value.trim().toLowerCase();
  if (!/^[1-9]\d*[kmg]?$/.test(size)) {
    throw new Error(`${name} must be a size like 512m or 2g, got '${value}'`);
  }
  return size;
}

const BOLT_SCHEMES = new Set(['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:']);

/** Rejects http:// and typos early, with the variable name in the message. */
export function parseBoltUri(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a valid URI: '${value}' (expected e.g. bolt://127.0.0.1:7687)`);
  }
  if (!BOLT_SCHEMES.has(url.protocol) || url.hostname === '') {
    throw new Error(`${name} must be a bolt:// or neo4j:// URI with a host, got '${value}'`);
  }
  return url;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
