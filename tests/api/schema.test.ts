// The schema loader merges every schema/*.graphql file with the resolver registry, so a
// feature can add its own SDL file and resolver module; and the pagination helpers.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/server.js';
import { loadTypeDefs, SCHEMA_DIR } from '../../src/api/schema.js';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/api/pagination.js';
import { createDriver } from '../../src/db/driver.js';

// Never connected: these requests do not reach the database.
const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
afterAll(() => driver.close());

describe('schema loader', () => {
  it('reads every *.graphql file in name order', () => {
    const defs = loadTypeDefs(SCHEMA_DIR);
    expect(defs.length).toBeGreaterThanOrEqual(1);
    expect(defs.join('\n')).toContain('type Query');
  });

  it('merges an added SDL file extending Query and adding Mutation with its resolver module', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-schema-'));
    try {
      const existing = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql'));
      for (const f of existing) copyFileSync(join(SCHEMA_DIR, f), join(dir, f));
      // Another feature's file may already declare Mutation; then this one extends it.
      const hasMutation = loadTypeDefs(dir).some((sdl) => /^type Mutation\b/m.test(sdl));
      writeFileSync(
        join(dir, 'zz-feature.graphql'),
        `extend type Query { featureFlag: Boolean! }\n${hasMutation ? 'extend ' : ''}type Mutation { echo(text: String!): String! }\n`,
      );
      const { yoga } = createServer({
        driver,
        quiet: true,
        schemaDir: dir,
        extraResolvers: [
          { Query: { featureFlag: () => true }, Mutation: { echo: (_: unknown, a: { text: string }) => a.text.toUpperCase() } },
        ],
      });
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { echo(text: "hi") }' }),
      });
      expect(await res.json()).toEqual({ data: { echo: 'HI' } });
      const q = await yoga.fetch('http://localhost/graphql?query=' + encodeURIComponent('{ featureFlag }'));
      expect(await q.json()).toEqual({ data: { featureFlag: true } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a resolver for a field no SDL declares', () => {
    expect(() => createServer({ driver, quiet: true, extraResolvers: [{ Query: { noSuchField: () => 1 } }] })).toThrow(
      /noSuchField/,
    );
  });

  it('rejects validation errors before touching the database', async () => {
    const { yoga } = createServer({ driver, quiet: true });
    const res = await yoga.fetch('http://localhost/graphql?query=' + encodeURIComponent('{ quotes { nope } }'));
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/Cannot query field "nope"/);
  });
});

describe('pagination', () => {
  it('round-trips cursors and keeps them opaque', () => {
    for (const n of [0, 1, 19, 99_999]) expect(decodeCursor(encodeCursor(n))).toBe(n);
    expect(encodeCursor(5)).not.toContain('5');
  });

  it('turns first/after into an offset window', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 100, after: encodeCursor(39) })).toEqual({ offset: 40, limit: 100 });
    expect(() => pageWindow({ first: 101 })).toThrow(/between 0 and 100/);
    expect(() => pageWindow({ after: '' })).toThrow(/not a cursor/);
    expect(() => pageWindow({ after: Buffer.from('o:1e9').toString('base64url') })).toThrow(/not a cursor/);
  });

  it('builds pageInfo from the total and the window', () => {
    const page = toConnection(5, 2, ['c', 'd']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(page.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(toConnection(0, 0, []).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
