// Hostile input: injection strings through every string argument leave the graph unchanged
// and produce only clean, deliberate errors; query limits hold; unexpected errors are masked.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, testApi, type GqlResponse, type TestApi } from './client.js';
import { fixtureBundle, OLDER } from './fixture.js';
import { graphFingerprint } from './graph-fingerprint.js';
import { createSchema } from '../../src/api/schema.js';
import { PUBLIC_CODES } from '../../src/api/mask.js';
import { testDriver } from '../support/neo4j.js';

const PAYLOADS = [
  "') DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '" OR 1=1',
  '" OR 1=1 --',
  '$speakerKey',
  '`Entity`) DETACH DELETE n //',
  '\\u0027 OR \\u0027\\u0027=\\u0027',
  'Reed'.repeat(25_000), // 100 KB
  'x'.repeat(100 * 1024),
  '\u0000',
  '\uD800', // lone surrogate
  '\u202Eevil\u202C', // right-to-left override
  '👩‍👩‍👧 Zalgo: Z̵̡͈a̷͔l̸̛g̶o',
  '\uFEFF\u200B Sir \u00A0Keir',
  '   ',
  '',
  '%00%27',
  '{"$ne": null}',
];

// Texts that would reveal internals if they reached a client.
const LEAKS = [/neo4j/i, /cypher/i, /MATCH\s*\(/, /DETACH/, /\bat .+\.(ts|js):\d+/, /stack/i, /originalError/];

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation per string-typed argument of every Query field, plus the nested `after`s. */
function stringArgumentCases(payload: string): Case[] {
  const schema = createSchema();
  const cases: Case[] = [];
  // Types are read by their printed names: the schema may come from another copy of graphql
  // than this file would import, so graphql's own type predicates cannot be used on it.
  const namedType = (printed: string): string => printed.replace(/[[\]!]/g, '');
  const isLeaf = (printed: string): boolean => 'serialize' in (schema.getType(namedType(printed)) ?? {});
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const selection = isLeaf(String(field.type)) ? '' : '{ __typename }';
    for (const arg of field.args) {
      const named = namedType(String(arg.type));
      if (named !== 'String' && named !== 'ID') continue;
      // Other required arguments (none today) would need values; fail loudly if one appears.
      const required = field.args.filter((a) => a !== arg && String(a.type).endsWith('!'));
      expect(required.map((a) => `${field.name}.${a.name}`)).toEqual([]);
      cases.push({
        label: `${field.name}(${arg.name})`,
        query: `query($v: ${String(arg.type)}) { ${field.name}(${arg.name}: $v) ${selection} }`,
        variables: { v: payload },
      });
    }
  }
  for (const [owner, field] of [
    ['person(name: "Jo White")', 'said'],
    ['person(name: "Jo White")', 'mentionedIn'],
    ['organisation(name: "Reform")', 'quotedAbout'],
  ] as const) {
    cases.push({
      label: `${owner}.${field}(after)`,
      query: `query($v: String) { ${owner} { ${field}(after: $v) { totalCount } } }`,
      variables: { v: payload },
    });
  }
  return cases;
}

function expectClean(res: GqlResponse, label: string): void {
  expect(res.status, label).toBe(200);
  for (const error of res.errors ?? []) {
    expect(PUBLIC_CODES.has(String(error.extensions?.['code'])), `${label}: ${error.message}`).toBe(true);
    expect(Object.keys(error.extensions ?? {}), label).not.toContain('originalError');
  }
  for (const leak of LEAKS) expect(res.text, label).not.toMatch(leak);
}

let api: TestApi;

beforeAll(async () => {
  await loadGraph(fixtureBundle());
  api = testApi();
});

describe('injection and odd input', () => {
  it('covers every string argument of Query', () => {
    const labels = stringArgumentCases('x').map((c) => c.label);
    for (const expected of ['quotes(speaker)', 'quotes(about)', 'quotes(topic)', 'quotes(after)', 'entity(name)', 'person(name)', 'organisation(name)', 'search(text)', 'articles(after)']) {
      expect(labels).toContain(expected);
    }
  });

  it('leaves the graph unchanged and answers with clean errors only', async () => {
    const before = await graphFingerprint(testDriver());
    expect(before.nodes).toBeGreaterThan(20);
    let requests = 0;
    let badInput = 0;
    for (const payload of PAYLOADS) {
      for (const c of stringArgumentCases(payload)) {
        const res = await api.gql(c.query, c.variables);
        expectClean(res, `${c.label} <- ${JSON.stringify(payload.slice(0, 30))}`);
        requests++;
        if (res.errors?.length) badInput++;
      }
    }
    expect(requests).toBeGreaterThan(PAYLOADS.length * 15);
    // Long and empty strings must be refused, not silently searched.
    expect(badInput).toBeGreaterThan(PAYLOADS.length);
    expect(await graphFingerprint(testDriver())).toEqual(before);
  });

  it('treats payloads written inline in the query the same way', async () => {
    const before = await graphFingerprint(testDriver());
    for (const payload of PAYLOADS.filter((p) => p.length < 100)) {
      const literal = JSON.stringify(payload);
      const res = await api.gql(`{ quotes(speaker: ${literal}, about: ${literal}) { totalCount } entities(name: ${literal}) { id } }`);
      // A literal the GraphQL parser itself refuses (a lone surrogate) is a syntax error: fine, if clean.
      if (res.errors?.[0]?.message.startsWith('Syntax Error')) {
        expect(res.data ?? null).toBeNull();
        for (const leak of LEAKS) expect(res.text, literal).not.toMatch(leak);
        continue;
      }
      expectClean(res, literal);
    }
    expect(await graphFingerprint(testDriver())).toEqual(before);
  });

  it('says what is wrong with a 100 KB name', async () => {
    const res = await api.gql(`query($v: String) { quotes(speaker: $v) { totalCount } }`, { v: 'a'.repeat(100_000) });
    expect(res.errors?.[0]?.message).toMatch(/speaker is too long \(100000 characters; at most 300\)/);
  });

  it('matches names with odd unicode forms as their plain equivalents', async () => {
    const res = await api.gql<{ entity: { id: string } | null }>(`query($v: String) { entity(name: $v) { id } }`, {
      v: 'SIR  KÉIR\u0301   STARMER',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity?.id).toBe('per_keir-starmer');
  });
});

describe('query limits', () => {
  it('refuses queries that are too deep', async () => {
    const deep = `{ quotes { nodes { speaker { ... on Person { said { nodes { article { quotes { nodes { speaker { name } } } } } } } } } } }`;
    const res = await api.gql(deep);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/depth limit/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: entity(name: "Reform") { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses queries that are too costly', async () => {
    const costly = `{ quotes(first: 100) { nodes { speaker { ... on Person { said(first: 100) { nodes { text cue kind start end about { id name } } } } } } } }`;
    const res = await api.gql(costly);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/cost limit/i);
  });

  it('accepts a full page of 100 quote cards', async () => {
    const res = await api.gql(
      `{ quotes(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id text kind cue start end speaker { __typename id name } about { __typename id name } topics { name } channel { name } article { id title } } } }`,
    );
    expect(res.errors).toBeUndefined();
  });

  it('does not suggest field names', async () => {
    const res = await api.gql(`{ quotes { totalCont } }`);
    expect(res.text).not.toMatch(/Did you mean/);
  });
});

describe('masked errors', () => {
  it('hides internal errors behind a generic message', async () => {
    // A quote whose stored kind the enum cannot represent: an internal failure, not bad input.
    await testDriver().executeQuery(
      `MATCH (a:Article {id: $id}) CREATE (q:Quote {id: 'quo_broken', text: 'broken', kind: 'NOT_A_KIND', start: 0, end: 1})-[:IN_ARTICLE]->(a)`,
      { id: OLDER.id },
    );
    try {
      const res = await api.gql(`{ quote(id: "quo_broken") { id kind } }`);
      expect(res.errors?.[0]?.message).toBe('Unexpected error.');
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(res.text).not.toMatch(/NOT_A_KIND|QuoteKind|stack/);
    } finally {
      await testDriver().executeQuery(`MATCH (q:Quote {id: 'quo_broken'}) DETACH DELETE q`);
    }
  });
});
