import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/server.js';
import { INGEST_TOKEN_ENV } from '../../src/ingest/graphql.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';

const MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId title status quotes entitiesLinked entitiesCreated }
}`;

interface Reply {
  data?: { ingestArticle: { articleId: string; title: string; status: string } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(text: string, authorization?: string): Promise<Reply> {
  const { yoga } = createServer({ driver: testDriver(), quiet: true });
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: MUTATION, variables: { input: { text, outlet: 'BBC News' } } }),
  });
  return (await res.json()) as Reply;
}

const TEXT = 'Pensions plan unveiled\nWork and Pensions Secretary Ann Example said: "Nobody will lose out."\n';

describe('ingestArticle mutation', () => {
  const saved = process.env[INGEST_TOKEN_ENV];
  beforeAll(async () => {
    await resetDatabase();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[INGEST_TOKEN_ENV];
    else process.env[INGEST_TOKEN_ENV] = saved;
  });

  it('is disabled, with a clear error, when no token is configured', async () => {
    delete process.env[INGEST_TOKEN_ENV];
    const reply = await send(TEXT, 'Bearer anything');
    expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reply.errors?.[0]?.message).toMatch(/disabled.*QUOTEGRAPH_INGEST_TOKEN/);
  });

  it('refuses a missing or wrong bearer token and writes nothing', async () => {
    process.env[INGEST_TOKEN_ENV] = 's3cret-token';
    const none = await send(TEXT);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await send(TEXT, 'Bearer not-the-token');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const count = await testDriver().executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    expect(Number(count.records[0]?.get('n'))).toBe(0);
  });

  it('ingests with the right token, and the same text again is UNCHANGED', async () => {
    process.env[INGEST_TOKEN_ENV] = 's3cret-token';
    const first = await send(TEXT, 'Bearer s3cret-token');
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({ title: 'Pensions plan unveiled', status: 'INGESTED' });
    expect(first.data?.ingestArticle.articleId).toMatch(/^art_[0-9a-f]{16}$/);
    const second = await send(TEXT, 'Bearer s3cret-token');
    expect(second.data?.ingestArticle).toMatchObject({ articleId: first.data?.ingestArticle.articleId, status: 'UNCHANGED' });
  });

  it('answers bad input with BAD_USER_INPUT', async () => {
    process.env[INGEST_TOKEN_ENV] = 's3cret-token';
    const reply = await send('   ', 'Bearer s3cret-token');
    expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0]?.message).toMatch(/empty/);
  });
});
