// Retry with exponential backoff for work against Neo4j that may meet a transient fault: the
// database restarting, a dropped connection, a deadlock. The driver's own executeWrite retries
// only within one session for maxTransactionRetryTime; this wraps a whole unit of work (e.g.
// link + write of one article) so it survives a database restart, then fails with a clear error.
import { Neo4jError, isRetryableError } from 'neo4j-driver';

export interface RetryOptions {
  /** Total attempts including the first (default 8). */
  attempts?: number;
  /** Delay before the second attempt (default 250 ms); doubles each time. */
  initialDelayMs?: number;
  /** Cap on a single delay (default 8 s). */
  maxDelayMs?: number;
  /** Random spread of each delay, 0..1 (default 0.2), so concurrent writers do not retry in step. */
  jitter?: number;
  /** Which errors are worth another attempt (default isTransientError). */
  isTransient?: (error: unknown) => boolean;
  /** Called before each wait, e.g. to log "retrying in 2 s". */
  onRetry?: (info: RetryInfo) => void;
  /** What the work is, for the final error message ("writing article art_…"). */
  what?: string;
  /** Injected by tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RetryInfo {
  /** The attempt that just failed (1-based). */
  attempt: number;
  attempts: number;
  delayMs: number;
  error: unknown;
}

/** The work kept failing with transient errors until the attempts ran out. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly what: string,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`${what} failed after ${attempts} attempts; last error: ${messageOf(lastError)}`, { cause: lastError });
    this.name = 'RetriesExhaustedError';
  }
}

const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const TRANSIENT_NEO4J_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/**
 * True for faults that another attempt may not meet: the database unreachable or restarting,
 * a connection lost mid-transaction, deadlocks and other Neo.TransientError.*. False for bad
 * Cypher, constraint violations, bad input: retrying those only repeats the failure.
 * Follows `cause` chains, so wrapped errors (e.g. Neo4jUnreachableError) are recognised.
 */
export function isTransientError(error: unknown): boolean {
  for (let current = error, depth = 0; current != null && depth < 8; depth++) {
    if (current instanceof Neo4jError) {
      if (isRetryableError(current) || TRANSIENT_NEO4J_CODES.has(current.code)) return true;
      if (current.code.includes('TransientError')) return true;
    }
    if (typeof current === 'object') {
      const { code, name } = current as { code?: unknown; name?: unknown };
      if (typeof code === 'string' && (TRANSIENT_NODE_CODES.has(code) || TRANSIENT_NEO4J_CODES.has(code))) return true;
      if (typeof code === 'string' && code.startsWith('Neo.TransientError.')) return true;
      if (name === 'Neo4jUnreachableError') return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The wait after the given failed attempt (1-based): initial * 2^(attempt-1), capped, with jitter. */
export function backoffDelay(attempt: number, options: RetryOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 8_000;
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 0.2));
  const base = Math.min(max, initial * 2 ** (attempt - 1));
  return Math.round(base * (1 - jitter + 2 * jitter * random()));
}

/**
 * Runs work until it succeeds, a non-transient error occurs (rethrown as is), or the attempts
 * run out (RetriesExhaustedError naming the work and the last error). The work must be safe to
 * repeat: writes MERGE on ids inside one transaction, so a retried write changes nothing twice.
 */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 8));
  const isTransient = options.isTransient ?? isTransientError;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= attempts) throw new RetriesExhaustedError(options.what ?? 'the operation', attempt, error);
      const delayMs = backoffDelay(attempt, options, random);
      options.onRetry?.({ attempt, attempts, delayMs, error });
      await sleep(delayMs);
    }
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
