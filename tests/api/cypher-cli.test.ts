// `npm run cypher`: tables, parameters, and writes refused by the database unless --write.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTable, runCypher, WriteRefusedError } from '../../src/cli/cypher-run.js';
import { loadGraph } from './client.js';
import { fixtureBundle } from './fixture.js';
import { graphFingerprint } from './graph-fingerprint.js';
import { testConnection, testDriver } from '../support/neo4j.js';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_USER: testConnection().user, NEO4J_PASSWORD: testConnection().password };
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['src/cli/cypher.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await loadGraph(fixtureBundle());
});

describe('runCypher', () => {
  it('refuses writes in read mode at the database, changing nothing', async () => {
    const before = await graphFingerprint(testDriver());
    // Written so that no text check could spot the write: only the database knows.
    for (const statement of ['CREATE (:Junk)', 'MATCH (n) DETACH DELETE n', "CALL { MERGE (x:Junk {v: 'y'}) } RETURN 1"]) {
      await expect(runCypher(testDriver(), statement), statement).rejects.toBeInstanceOf(WriteRefusedError);
    }
    expect(await graphFingerprint(testDriver())).toEqual(before);
  });

  it('writes with write: true and reports the changes', async () => {
    const created = await runCypher(testDriver(), 'CREATE (j:Junk {v: $v}) RETURN j.v AS v', { write: true, params: { v: 7 } });
    expect(created.rows).toHaveLength(1);
    expect(created.changes).toMatchObject({ nodesCreated: 1 });
    const deleted = await runCypher(testDriver(), 'MATCH (j:Junk) CALL (j) { DELETE j } IN TRANSACTIONS OF 100 ROWS', {
      write: true,
    });
    expect(deleted.changes).toMatchObject({ nodesDeleted: 1 });
  });

  it('prints a table with column names even without rows', async () => {
    const res = await runCypher(testDriver(), 'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases', {
      params: { id: 'per_keir-starmer' },
    });
    expect(formatTable(res.columns, res.rows)).toBe(
      [
        '+--------------+-------------------------+',
        '| name         | aliases                 |',
        '+--------------+-------------------------+',
        '| Keir Starmer | ["Sir Keir", "Starmer"] |',
        '+--------------+-------------------------+',
      ].join('\n'),
    );
    const empty = await runCypher(testDriver(), 'MATCH (p:Person {id: "nobody"}) RETURN p.name AS name');
    expect(formatTable(empty.columns, empty.rows)).toContain('| name |');
  });
});

describe('npm run cypher', () => {
  it('prints the result as a table', async () => {
    const res = await cli('--param', 'key=reed', 'MATCH (:Alias {key: $key})-[:NAMES]->(e) RETURN e.id AS id ORDER BY id');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/\| id\s+\|\n/);
    expect(res.stdout).toContain('| per_jamie-reed |');
    expect(res.stdout).toContain('| per_steve-reed |');
    expect(res.stderr).toMatch(/2 rows in \d+ ms \(read-only\)/);
  });

  it('refuses a write without --write, with a hint and exit code 3', async () => {
    const before = await graphFingerprint(testDriver());
    const res = await cli('MATCH (n) DETACH DELETE n');
    expect(res.code).toBe(3);
    expect(res.stderr).toMatch(/read-only.*--write/);
    expect(await graphFingerprint(testDriver())).toEqual(before);
  });

  it('explains its usage', async () => {
    expect((await cli('--help')).stdout).toMatch(/Usage: npm run cypher/);
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give exactly one statement/);
  });
});
