import neo4j, { type Driver } from 'neo4j-driver';
import { parseBoltUri, readNeo4jSettings } from './settings.js';

/** Where to connect and as whom. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface DriverOptions {
  /** Bound on opening one TCP+Bolt connection. */
  connectionTimeoutMs?: number;
  /** Bound on waiting for a pooled connection (includes opening one). */
  acquisitionTimeoutMs?: number;
  /**
   * How long the driver retries a transaction on transient errors (default 15 s). A server that
   * answers clients keeps it short so a down database becomes a clean error quickly; batch jobs
   * keep the default and also retry whole units of work (src/db/retry.ts).
   */
  maxTransactionRetryTimeMs?: number;
}

/** Unreachable or refusing database; the message names the URI and what to check. */
export class Neo4jUnreachableError extends Error {
  constructor(
    readonly uri: string,
    cause: unknown,
  ) {
    super(
      `Cannot reach Neo4j at ${uri}: ${causeMessage(cause)}. ` +
        'Is it running? Start one with `npm run neo4j`, or point NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) at a running Neo4j 5.26.',
      { cause },
    );
    this.name = 'Neo4jUnreachableError';
  }
}

/** A driver with bounded timeouts, so a missing database is an error within seconds, not a hang. */
export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  parseBoltUri(connection.uri, 'Neo4j URI');
  const connectionTimeout = options.connectionTimeoutMs ?? 5_000;
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? Math.max(10_000, connectionTimeout * 2),
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
    userAgent: 'quotegraph',
  });
}

/** verifyConnectivity bounded by a timer as well as the driver's own timeouts. */
export async function checkConnectivity(driver: Driver, uri: string, timeoutMs = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      driver.verifyConnectivity(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw new Neo4jUnreachableError(uri, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Creates a driver and proves the database answers; closes the driver if it does not. */
export async function connectDriver(connection: Neo4jConnection, options: DriverOptions = {}): Promise<Driver> {
  const driver = createDriver(connection, options);
  try {
    await checkConnectivity(driver, connection.uri);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Polls a just-started server until Bolt answers, up to timeoutMs. */
export async function waitForBolt(uri: string, timeoutMs: number): Promise<void> {
  const settings = readNeo4jSettings({});
  const driver = createDriver({ uri, user: settings.user, password: settings.password }, { connectionTimeoutMs: 2_000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Neo4jUnreachableError(uri, error);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

let shared: { driver: Driver; uri: string } | undefined;

/**
 * The one driver of this process. The first call connects (to `connection`, else NEO4J_URI,
 * else the default local port) and checks the database answers; later calls return the same driver.
 */
export async function connect(connection?: Neo4jConnection, options: DriverOptions = {}): Promise<Driver> {
  if (shared !== undefined) {
    if (connection !== undefined && connection.uri !== shared.uri) {
      throw new Error(`This process is already connected to ${shared.uri}; one driver per process (asked for ${connection.uri}).`);
    }
    return shared.driver;
  }
  const target = connection ?? defaultConnection();
  const driver = await connectDriver(target, options);
  shared ??= { driver, uri: target.uri };
  if (shared.driver !== driver) await driver.close();
  return shared.driver;
}

/** The driver opened by connect(); throws if there is none yet. */
export function getDriver(): Driver {
  if (shared === undefined) throw new Error('No Neo4j driver yet: call connect() (src/db) first.');
  return shared.driver;
}

export async function closeDriver(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.driver.close();
}

export function defaultConnection(): Neo4jConnection {
  const settings = readNeo4jSettings();
  return {
    uri: settings.uri ?? `bolt://127.0.0.1:${settings.port}`,
    user: settings.user,
    password: settings.password,
  };
}

function causeMessage(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
