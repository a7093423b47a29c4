// src/db/retry.ts: which errors count as transient, how the waits grow, and that retrying
// stops with a clear error. A driver pointed at a closed port gives a real "database down" error.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { createDriver, Neo4jUnreachableError, checkConnectivity } from '../../src/db/driver.js';
import { backoffDelay, isTransientError, RetriesExhaustedError, withRetry } from '../../src/db/retry.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const noSleep = { sleep: async () => {}, random: () => 0.5 };

describe('isTransientError', () => {
  it('accepts the errors of a database that is down, restarting or deadlocked', () => {
    expect(isTransientError(new Neo4jError('gone', 'ServiceUnavailable', '', ''))).toBe(true);
    expect(isTransientError(new Neo4jError('expired', 'SessionExpired', '', ''))).toBe(true);
    expect(isTransientError(new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', ''))).toBe(true);
    expect(isTransientError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientError(new Neo4jUnreachableError('bolt://127.0.0.1:1', new Error('refused')))).toBe(true);
    const wrapped = new Error('ingest failed', { cause: new Neo4jError('gone', 'ServiceUnavailable', '', '') });
    expect(isTransientError(wrapped)).toBe(true);
  });

  it('rejects errors that another attempt would only repeat', () => {
    expect(isTransientError(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', ''))).toBe(false);
    expect(
      isTransientError(new Neo4jError('dup', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', '')),
    ).toBe(false);
    expect(isTransientError(new TypeError('x is undefined'))).toBe(false);
    expect(isTransientError(null)).toBe(false);
    expect(isTransientError('ServiceUnavailable')).toBe(false);
  });

  it('classifies a real driver error from a closed port as transient', async () => {
    const port = await closedPort();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }, { connectionTimeoutMs: 2000 });
    const session = driver.session();
    try {
      // session.run, not executeQuery: the latter retries for maxTransactionRetryTime first.
      const error = await session.run('RETURN 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(isTransientError(error)).toBe(true);
      const unreachable = await checkConnectivity(driver, `bolt://127.0.0.1:${port}`, 5000).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isTransientError(unreachable)).toBe(true);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap, with bounded jitter', () => {
    const opts = { initialDelayMs: 100, maxDelayMs: 1000, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, opts))).toEqual([100, 200, 400, 800, 1000, 1000]);
    const spread = { initialDelayMs: 1000, jitter: 0.2 };
    expect(backoffDelay(1, spread, () => 0)).toBe(800);
    expect(backoffDelay(1, spread, () => 0.999999)).toBe(1200);
  });
});

describe('withRetry', () => {
  it('retries transient failures and returns the first success', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async (attempt) => {
        calls++;
        if (attempt < 3) throw new Neo4jError('restarting', 'ServiceUnavailable', '', '');
        return 'written';
      },
      { ...noSleep, initialDelayMs: 10, jitter: 0, onRetry: (info) => waits.push(info.delayMs) },
    );
    expect(result).toBe('written');
    expect(calls).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('rethrows a non-transient error at once, without retrying', async () => {
    let calls = 0;
    const bad = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
    await expect(
      withRetry(async () => {
        calls++;
        throw bad;
      }, noSleep),
    ).rejects.toBe(bad);
    expect(calls).toBe(1);
  });

  it('gives up after the attempts with an error naming the work and the last cause', async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        throw new Neo4jError('Could not perform discovery', 'ServiceUnavailable', '', '');
      },
      { ...noSleep, attempts: 4, what: 'writing article art_1' },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as Error).message).toMatch(/writing article art_1 failed after 4 attempts.*Could not perform discovery/);
    expect(isTransientError(error)).toBe(true);
  });

  it('waits for real between attempts (bounded total)', async () => {
    const started = Date.now();
    await expect(
      withRetry(
        async () => {
          throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
        },
        { attempts: 3, initialDelayMs: 50, jitter: 0 },
      ),
    ).rejects.toBeInstanceOf(RetriesExhaustedError);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(5000);
  });
});
