import { describe, expect, it } from 'vitest';
import { connectDriver, Neo4jUnreachableError } from '../../src/db/driver.js';

async function timeToFailure(uri: string): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    const driver = await connectDriver({ uri, user: 'neo4j', password: 'irrelevant' }, { connectionTimeoutMs: 2_000 });
    await driver.close();
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error(`connecting to ${uri} unexpectedly succeeded`);
}

describe('an unreachable Neo4j', () => {
  it('fails fast with a message naming the URI when the port is closed', async () => {
    const { error, ms } = await timeToFailure('bolt://127.0.0.1:1');
    expect(error).toBeInstanceOf(Neo4jUnreachableError);
    expect((error as Error).message).toContain('bolt://127.0.0.1:1');
    expect((error as Error).message).toMatch(/NEO4J_URI/);
    expect(ms).toBeLessThan(10_000);
  });

  it('gives up within the connection timeout on a non-routable address', async () => {
    // 10.255.255.1 drops packets (or is unreachable): only the timeout can end the attempt.
    const { error, ms } = await timeToFailure('bolt://10.255.255.1:7687');
    expect(error).toBeInstanceOf(Neo4jUnreachableError);
    expect((error as Error).message).toContain('bolt://10.255.255.1:7687');
    expect(ms).toBeLessThan(20_000);
  });

  it('rejects a URI that is not bolt:// or neo4j:// before connecting', async () => {
    await expect(connectDriver({ uri: 'http://127.0.0.1:7474', user: 'neo4j', password: 'x' })).rejects.toThrow(
      /bolt:\/\/ or neo4j:\/\/ URI.*http:\/\/127\.0\.0\.1:7474/,
    );
  });
});
