import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/db/paths.js';
import { readNeo4jSettings } from '../../src/db/settings.js';
import { resolveNeo4jTarget } from '../../src/db/target.js';

const dockerUp = async (): Promise<boolean> => true;
const dockerDown = async (): Promise<boolean> => false;

describe('resolveNeo4jTarget', () => {
  it('prefers NEO4J_URI with its credentials, without probing Docker', async () => {
    let probed = false;
    const target = await resolveNeo4jTarget({
      env: { NEO4J_URI: 'bolt://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' },
      probeDocker: async () => (probed = true),
    });
    expect(target).toEqual({ kind: 'uri', uri: 'bolt://db.example:7687', user: 'reader', password: 'secret' });
    expect(probed).toBe(false);
  });

  it('uses Docker when NEO4J_URI is unset and Docker works', async () => {
    expect((await resolveNeo4jTarget({ env: {}, probeDocker: dockerUp })).kind).toBe('docker');
  });

  it('falls back to the local runner when Docker does not work', async () => {
    const target = await resolveNeo4jTarget({ env: { NEO4J_URI: '  ' }, probeDocker: dockerDown });
    expect(target.kind).toBe('local');
  });
});

describe('readNeo4jSettings', () => {
  it('has defaults for a fresh clone', () => {
    expect(readNeo4jSettings({})).toEqual({
      uri: undefined,
      user: 'neo4j',
      password: 'quotegraph',
      port: 7687,
      dataDir: path.join(repoRoot, '.data', 'neo4j'),
      heap: '2g',
      pageCache: '512m',
      browserPort: 7474,
    });
    expect(readNeo4jSettings({ NEO4J_BROWSER_PORT: 'off' }).browserPort).toBeUndefined();
  });

  it.each([
    [{ NEO4J_PORT: '70000' }, /NEO4J_PORT must be a port number 0..65535, got '70000'/],
    [{ NEO4J_PORT: 'abc' }, /NEO4J_PORT/],
    [{ NEO4J_BROWSER_PORT: 'none' }, /NEO4J_BROWSER_PORT \(or "off"\) must be a port number/],
    [{ NEO4J_HEAP: 'lots' }, /NEO4J_HEAP must be a size like 512m or 2g, got 'lots'/],
    [{ NEO4J_URI: 'localhost:7687' }, /NEO4J_URI must be a bolt:\/\/ or neo4j:\/\/ URI/],
    [{ NEO4J_URI: 'not a uri' }, /NEO4J_URI is not a valid URI: 'not a uri'/],
  ])('names the bad variable in %o', (env, message) => {
    expect(() => readNeo4jSettings(env)).toThrow(message);
  });
});
