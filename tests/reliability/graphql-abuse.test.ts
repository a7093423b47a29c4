// GraphQL abuse over real HTTP: deep nesting, thousands of aliases, huge `first`, long
// strings, huge documents and batches are refused cheaply (no Cypher sent, well under a
// second of work) with clear errors, and the server keeps answering. The ingestArticle
// mutation refuses requests without the configured bearer token and writes nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../api/client.js';
import { fixtureBundle } from '../api/fixture.js';
import { graphFingerprint } from '../api/graph-fingerprint.js';
import { testDriver } from '../support/neo4j.js';
import { serveApi, type HttpAnswer, type HttpApi } from './http-server.js';

/** Refusals are parse/validate-time work; this bound is generous for a loaded 2-core CI box. */
const CHEAP_MS = 3_000;
const LEAKS = [/neo4j/i, /cypher/i, /\bat .+\.(ts|js):\d+/, /stack/i];

let api: HttpApi;

beforeAll(async () => {
  await loadGraph(fixtureBundle());
  api = await serveApi(testDriver());
});

afterAll(async () => {
  await api?.close();
});

/** A refusal: an error with a message matching `why`, no data, no Cypher sent, quick, no internals. */
async function expectRefusedCheaply(body: unknown, why: RegExp, headers?: Record<string, string>): Promise<HttpAnswer> {
  const sent = api.queries.length;
  const res = await api.post(body, headers);
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
  expect(res.json?.errors?.length ?? 0, res.text.slice(0, 300)).toBeGreaterThan(0);
  expect(res.json?.data ?? null).toBeNull();
  expect(res.json?.errors?.map((e) => e.message).join(' | ')).toMatch(why);
  expect(api.queries.length - sent, 'Cypher statements sent for a refused request').toBe(0);
  expect(res.ms).toBeLessThan(CHEAP_MS);
  for (const leak of LEAKS) expect(res.text.slice(0, 5000)).not.toMatch(leak);
  return res;
}

async function expectStillServing(): Promise<void> {
  const res = await api.post({ query: '{ articles { id } }' });
  expect(res.status).toBe(200);
  expect(res.json?.errors).toBeUndefined();
  expect((res.json?.data as { articles: unknown[] }).articles.length).toBeGreaterThan(0);
}

describe('query abuse is refused cheaply', () => {
  it('deep nesting (100 levels)', async () => {
    let inner = 'id';
    for (let i = 0; i < 50; i++) inner = `article { quotes { nodes { ${inner} } } }`;
    // Whichever limit trips first (depth, cost or tokens), it must trip before any resolver runs.
    await expectRefusedCheaply({ query: `{ quotes { nodes { ${inner} } } }` }, /depth|cost limit|token/i);
  });

  it('thousands of aliases (5,000 of one field)', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: articles { id }`).join(' ');
    await expectRefusedCheaply({ query: `{ ${aliases} }` }, /alias|token/i);
  });

  it('thousands of repeated fields and directives', async () => {
    const fields = Array.from({ length: 5000 }, () => 'totalCount').join(' ');
    await expectRefusedCheaply({ query: `{ quotes { ${fields} } }` }, /token/i);
    const directives = Array.from({ length: 500 }, () => '@include(if: true)').join(' ');
    await expectRefusedCheaply({ query: `{ articles ${directives} { id } }` }, /directive|token/i);
  });

  it('huge `first` on every paginated field', async () => {
    for (const query of [
      '{ quotes(first: 2147483647) { totalCount } }',
      '{ articles(first: 1000000) { id } }',
      '{ articleConnection(first: 100000) { totalCount } }',
      '{ search(text: "Reform", first: 1000000) { __typename } }',
      '{ quotes(first: -1) { totalCount } }',
    ]) {
      // The cost limit (which multiplies by a literal `first`) or the resolver's range check.
      await expectRefusedCheaply({ query }, /cost limit|first must be between/i);
    }
    // Beyond 32 bits is not an Int at all: refused (by cost or by validation) before any resolver runs.
    await expectRefusedCheaply({ query: '{ quotes(first: 99999999999999) { totalCount } }' }, /Int cannot represent|cost limit/i);
  });

  it('long strings: a 10 MB variable and a 1 MB inline literal', async () => {
    const tenMb = 'x'.repeat(10 * 1024 * 1024);
    const sent = api.queries.length;
    const res = await api.post({ query: 'query($t: String!) { search(text: $t) { __typename } }', variables: { t: tenMb } });
    expect(res.status).toBeLessThan(500);
    expect(res.json?.errors?.[0]?.message ?? res.text).toMatch(/too long|too large|limit/i);
    expect(api.queries.length - sent).toBe(0);
    expect(res.ms).toBeLessThan(10_000);
    await expectRefusedCheaply({ query: `{ quotes(speaker: "${'y'.repeat(1024 * 1024)}") { totalCount } }` }, /too long/i);
  });

  it('a 5 MB document of comments and a batch of 1,000 operations', async () => {
    await expectRefusedCheaply({ query: `${'# padding\n'.repeat(500_000)}{ articles { id` }, /Syntax Error/);
    const batch = Array.from({ length: 1000 }, () => ({ query: '{ articles { id } }' }));
    const sent = api.queries.length;
    const res = await api.post(batch);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/"articles"/);
    expect(api.queries.length - sent).toBe(0);
  });

  it('malformed bodies: not JSON, no query, wrong types', async () => {
    for (const body of ['{"query": "{ articles { id } }"', '{}', '{"query": 42}', '[]', 'null', '\u0000\u0001']) {
      const sent = api.queries.length;
      const res = await api.post(body);
      expect(res.status, body).toBeLessThan(500);
      expect(res.json?.errors?.[0]?.extensions?.['code'], `${body}: ${res.text}`).toBe('BAD_REQUEST');
      expect(api.queries.length - sent).toBe(0);
      for (const leak of LEAKS) expect(res.text).not.toMatch(leak);
    }
  });

  it('keeps serving normal queries after all of the above', async () => {
    await expectStillServing();
  });
});

describe('ingestArticle mutation needs the bearer token', () => {
  const token = randomBytes(24).toString('hex');
  const mutation = {
    query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId status } }',
    variables: {
      input: { text: 'Token test\n"We will never give up," said Jo White, the Labour MP.\n', title: 'Token test' },
    },
  };
  let saved: string | undefined;

  beforeAll(() => {
    saved = process.env.QUOTEGRAPH_INGEST_TOKEN;
    process.env.QUOTEGRAPH_INGEST_TOKEN = token;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.QUOTEGRAPH_INGEST_TOKEN;
    else process.env.QUOTEGRAPH_INGEST_TOKEN = saved;
  });

  const refusals: [string, Record<string, string>, RegExp, string][] = [
    ['no Authorization header', {}, /Bearer/, 'UNAUTHENTICATED'],
    ['a Basic credential', { authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` }, /Bearer/, 'UNAUTHENTICATED'],
    ['an empty bearer token', { authorization: 'Bearer ' }, /Bearer/, 'UNAUTHENTICATED'],
    ['a wrong token of the same length', { authorization: `Bearer ${'0'.repeat(token.length)}` }, /not the configured/, 'FORBIDDEN'],
    ['a prefix of the token', { authorization: `Bearer ${token.slice(0, 10)}` }, /not the configured/, 'FORBIDDEN'],
    ['the token plus a suffix', { authorization: `Bearer ${token}x` }, /not the configured/, 'FORBIDDEN'],
  ];

  it('refuses every request without the right token and writes nothing', async () => {
    const before = await graphFingerprint(testDriver());
    for (const [label, headers, why, code] of refusals) {
      const sent = api.queries.length;
      const res = await api.post(mutation, headers);
      expect(res.status, label).toBe(200);
      expect(res.json?.data ?? null, label).toBeNull();
      expect(res.json?.errors?.[0]?.message, label).toMatch(why);
      expect(res.json?.errors?.[0]?.extensions?.['code'], label).toBe(code);
      expect(api.queries.length - sent, label).toBe(0);
    }
    expect(await graphFingerprint(testDriver())).toEqual(before);
  });

  it('is disabled when the server has no token configured', async () => {
    delete process.env.QUOTEGRAPH_INGEST_TOKEN;
    try {
      const res = await api.post(mutation, { authorization: `Bearer ${token}` });
      expect(res.json?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(res.json?.errors?.[0]?.message).toMatch(/disabled/);
    } finally {
      process.env.QUOTEGRAPH_INGEST_TOKEN = token;
    }
  });

  it('accepts the right token (the refusals above are not a broken endpoint)', async () => {
    const res = await api.post(mutation, { authorization: `Bearer ${token}` });
    expect(res.json?.errors).toBeUndefined();
    expect((res.json?.data as { ingestArticle: { status: string } }).ingestArticle.status).toBe('INGESTED');
  });
});
