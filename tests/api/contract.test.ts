// The contract operations, run verbatim against the fixture graph, plus the name,
// ordering and pagination rules behind them.
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, loadGraph, testApi, type GqlResponse, type TestApi } from './client.js';
import { NEWER, OLDER, article, fixtureBundle, quote } from './fixture.js';
import { emptyBundle } from '../../src/model/bundle.js';
import { writeBundle } from '../../src/write/index.js';
import { testDriver } from '../support/neo4j.js';

interface QuoteNode {
  id: string;
  text: string;
  kind: string;
  cue: string | null;
  start: number;
  end: number;
  speaker: { __typename: string; id: string; name: string } | null;
  about: { __typename: string; id: string; name: string }[];
  topics: { name: string }[];
  channel: { name: string } | null;
  article: { id: string; title: string };
}
interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

let api: TestApi;

beforeAll(async () => {
  await loadGraph(fixtureBundle());
  api = testApi();
});

describe('contract operations', () => {
  it('quotes(about:) returns full quote cards, newest article first', async () => {
    const res = await api.gql<{ quotes: Conn<QuoteNode> }>(CONTRACT.quotesAboutReform);
    expect(res.errors).toBeUndefined();
    const q = res.data!.quotes;
    expect(q.totalCount).toBe(2);
    expect(q.pageInfo.hasNextPage).toBe(false);
    expect(q.nodes.map((n) => n.id)).toEqual(['quo_white-reform', 'quo_ashworth-reform']);
    const ashworth = q.nodes[1]!;
    expect(OLDER.text.slice(ashworth.start, ashworth.end)).toBe(ashworth.text);
    expect(ashworth).toMatchObject({
      kind: 'INDIRECT',
      cue: 'told',
      speaker: { __typename: 'Person', id: 'per_jonathan-ashworth', name: 'Jonathan Ashworth' },
      about: [{ __typename: 'Organisation', id: 'org_reform-uk', name: 'Reform UK' }],
      topics: [],
      channel: { name: 'BBC' },
      article: { id: OLDER.id, title: OLDER.title },
    });
    expect(q.nodes[0]!.topics).toEqual([{ name: 'immigration' }]);
    expect(q.nodes[0]!.article.id).toBe(NEWER.id);
  });

  it('quotes(speaker:) matches an alias', async () => {
    const res = await api.gql<{ quotes: Conn<{ text: string }> }>(CONTRACT.quotesByFarage);
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.totalCount).toBe(1);
    expect(res.data!.quotes.nodes[0]!.text).toMatch(/^that Labour should focus/);
  });

  it('quotes(speaker:, about:) needs both to hold', async () => {
    const res = await api.gql<{ quotes: Conn<{ text: string }> }>(CONTRACT.reedOnThatcher);
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.nodes.map((n) => n.text)).toEqual([
      'had left Red Wall areas "hollowed out and offered nothing in return"',
    ]);
  });

  it('quotes(topic:) lists quotes on the topic with speakers', async () => {
    const res = await api.gql<{ quotes: Conn<{ text: string; speaker: { name: string } }> }>(CONTRACT.immigration);
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.nodes.map((n) => n.speaker.name)).toEqual(['Jo White', 'Nigel Farage']);
  });

  it('entity(name:) ignores titles and returns the concrete type', async () => {
    const res = await api.gql(CONTRACT.sirKeir);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      entity: { __typename: 'Person', id: 'per_keir-starmer', name: 'Keir Starmer', aliases: ['Sir Keir', 'Starmer'] },
    });
  });

  it('person(name:) has roles with organisation and place, and a said count', async () => {
    const res = await api.gql<{
      person: { name: string; roles: { title: string; current: boolean; organisation: { name: string } | null; place: { name: string } | null }[]; said: { totalCount: number } };
    }>(CONTRACT.joWhite);
    expect(res.errors).toBeUndefined();
    const p = res.data!.person;
    expect(p.name).toBe('Jo White');
    expect(p.said.totalCount).toBe(1);
    expect(p.roles).toHaveLength(2);
    expect(p.roles).toContainEqual({ title: 'MP', current: true, organisation: { name: 'Labour Party' }, place: { name: 'Bassetlaw' } });
    expect(p.roles).toContainEqual({ title: 'convenor', current: true, organisation: { name: 'Red Wall group' }, place: null });
  });

  it('organisation(name:) has roles with people and a mention count', async () => {
    const res = await api.gql(CONTRACT.labourTogether);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      organisation: {
        name: 'Labour Together',
        roles: [{ title: 'chief executive', person: { name: 'Jonathan Ashworth' } }],
        mentionedIn: { totalCount: 1 },
      },
    });
  });

  it('articles lists newest first with quote counts', async () => {
    const res = await api.gql(CONTRACT.articles);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      articles: [
        { id: NEWER.id, title: NEWER.title, quotes: { totalCount: 2 } },
        { id: OLDER.id, title: OLDER.title, quotes: { totalCount: 5 } },
      ],
    });
  });

  it('search finds entities by name and quotes by text', async () => {
    const res = await api.gql<{ search: { __typename: string; text?: string; name?: string }[] }>(CONTRACT.search);
    expect(res.errors).toBeUndefined();
    const hits = res.data!.search;
    expect(hits[0]).toEqual({ __typename: 'Topic' });
    // Quotes come by full-text relevance; both that contain the phrase, and nothing else.
    expect(hits.filter((h) => h.__typename === 'Quote').map((h) => h.text).sort()).toEqual([
      "By switching from fossil to clean energy we're creating many, many more jobs.",
      'the north needed investment in clean energy jobs',
    ]);
    expect(hits.map((h) => h.__typename)).toEqual(['Topic', 'Quote', 'Quote']);
    const people = await api.gql<{ search: { name?: string }[] }>(`{ search(text: "ASHWORTH") { ... on Person { name } } }`);
    expect(people.data!.search).toEqual([{ name: 'Jonathan Ashworth' }]);
    const words = await api.gql<{ search: { text?: string }[] }>(`{ search(text: "fears about immigration") { ... on Quote { text } } }`);
    expect(words.data!.search).toEqual([{ text: 'Reform UK was exploiting fears about immigration' }]);
    const none = await api.gql(`{ search(text: "?!") { __typename } }`);
    expect(none.errors?.[0]?.message).toMatch(/no letters or digits/);
  });
});

describe('names', () => {
  it('match any alias, case-insensitively, titles ignored', async () => {
    for (const name of ['keir starmer', 'SIR KEIR STARMER', 'Mr Starmer', 'Lord Keir', 'starmer']) {
      const res = await api.gql<{ entity: { id: string } | null }>(`query($n: String!) { entity(name: $n) { id } }`, { n: name });
      expect(res.errors, name).toBeUndefined();
      expect(res.data!.entity?.id, name).toBe('per_keir-starmer');
    }
    const dame = await api.gql<{ person: { id: string } }>(`{ person(name: "Dame Margaret Thatcher") { id } }`);
    expect(dame.data!.person.id).toBe('per_margaret-thatcher');
  });

  it('an unknown name is null where one is expected and empty where a list is', async () => {
    const one = await api.gql(`{ entity(name: "Nobody Atall") { id } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual({ entity: null });
    const list = await api.gql(`{ quotes(speaker: "Nobody Atall") { totalCount nodes { id } } }`);
    expect(list.data).toEqual({ quotes: { totalCount: 0, nodes: [] } });
  });

  it('an ambiguous name lists every candidate where a list is expected', async () => {
    const res = await api.gql<{ quotes: Conn<{ speaker: { id: string } }> }>(`{ quotes(speaker: "Reed") { totalCount nodes { speaker { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.totalCount).toBe(3);
    expect(new Set(res.data!.quotes.nodes.map((n) => n.speaker.id))).toEqual(new Set(['per_steve-reed', 'per_jamie-reed']));
    const all = await api.gql<{ entities: { id: string }[] }>(`{ entities(name: "reed") { id } }`);
    expect(all.data!.entities.map((e) => e.id).sort()).toEqual(['per_jamie-reed', 'per_steve-reed']);
  });

  it('an ambiguous name is an error listing the candidates where one is expected', async () => {
    for (const field of ['entity', 'person']) {
      const res = await api.gql(`{ ${field}(name: "Reed") { id } }`);
      expect(res.data).toEqual({ [field]: null });
      const error = res.errors![0]!;
      expect(error.extensions!['code']).toBe('AMBIGUOUS_NAME');
      expect(error.message).toContain('Steve Reed');
      expect(error.message).toContain('Jamie Reed');
      expect((error.extensions!['candidates'] as { id: string }[]).map((c) => c.id).sort()).toEqual([
        'per_jamie-reed',
        'per_steve-reed',
      ]);
    }
  });

  it('person and organisation only return their own type', async () => {
    const res = await api.gql(`{ person(name: "Reform UK") { id } organisation(name: "Reform") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ person: null, organisation: { id: 'org_reform-uk' } });
  });
});

describe('types', () => {
  it('speaker resolves to an unnamed source by label, with its organisation', async () => {
    const res = await api.gql<{ quotes: Conn<{ speaker: Record<string, unknown> }> }>(
      `{ quotes(speaker: "One Red Wall MP") { nodes { speaker { __typename ... on UnnamedSource { name memberOf { name } said { totalCount } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.nodes).toEqual([
      { speaker: { __typename: 'UnnamedSource', name: 'One Red Wall MP', memberOf: [{ name: 'Red Wall group' }], said: { totalCount: 1 } } },
    ]);
  });

  it('quotes within one article come in text order, and article text is served', async () => {
    const res = await api.gql<{ article: { text: string; quotes: Conn<{ start: number }> } }>(
      `query($id: ID!) { article(id: $id) { text quotes { totalCount nodes { start } } } }`,
      { id: OLDER.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.article.text).toBe(OLDER.text);
    const starts = res.data!.article.quotes.nodes.map((n) => n.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(5);
  });

  it('roles can be filtered to current ones', async () => {
    const res = await api.gql(`{ person(name: "Ashworth") { all: roles { title } now: roles(current: true) { title } } }`);
    expect(res.data).toEqual({
      person: { all: [{ title: 'chief executive' }, { title: 'MP' }], now: [{ title: 'chief executive' }] },
    });
  });
});

describe('pagination', () => {
  it('walks every quote exactly once with first/after, newest article first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: Awaited<ReturnType<typeof api.gql<{ quotes: Conn<{ id: string; article: { id: string } }> }>>> = await api.gql(
        `query($after: String) { quotes(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id article { id } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const q = res.data!.quotes;
      expect(q.totalCount).toBe(7);
      seen.push(...q.nodes.map((n) => n.id));
      if (!q.pageInfo.hasNextPage) break;
      after = q.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 2).sort()).toEqual(['quo_jamie-reed', 'quo_white-reform']);
  });

  it('defaults to 20 and refuses more than 100, negatives and foreign cursors', async () => {
    const cases: [string, RegExp][] = [
      [`{ quotes(first: 101) { totalCount } }`, /first must be between 0 and 100/],
      [`{ quotes(first: -1) { totalCount } }`, /first must be between 0 and 100/],
      [`{ quotes(after: "not-a-cursor") { totalCount } }`, /after is not a cursor/],
      [`{ quotes(after: "${Buffer.from('o:-5').toString('base64url')}") { totalCount } }`, /after is not a cursor/],
      [`{ person(name: "Jo White") { said(first: 500) { totalCount } } }`, /first must be between 0 and 100/],
      [`{ quotes(speaker: "") { totalCount } }`, /speaker must not be empty/],
      [`{ entity(name: "   ") { id } }`, /name must not be empty/],
      [`{ entity(name: "?!") { id } }`, /no letters or digits/],
      [`{ entity { id } }`, /exactly one of name or id/],
    ];
    for (const [query, message] of cases) {
      const res = await api.gql(query);
      expect(res.errors?.[0]?.message, query).toMatch(message);
      expect(res.errors?.[0]?.extensions?.['code'], query).toBe('BAD_USER_INPUT');
    }
    const zero = await api.gql(`{ quotes(first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }`);
    expect(zero.data).toEqual({ quotes: { totalCount: 7, nodes: [], pageInfo: { hasNextPage: true } } });
  });
});

describe('count-only connections', () => {
  it('give the same totals without fetching a page', async () => {
    const counts = await api.gql<{ quotes: { totalCount: number }; person: { said: { totalCount: number }; mentionedIn: { totalCount: number } } }>(
      `{ quotes(topic: "immigration") { totalCount } person(name: "Jo White") { said { totalCount } mentionedIn { totalCount } } }`,
    );
    const full = await api.gql<{ quotes: { totalCount: number; nodes: unknown[] }; person: { said: { totalCount: number; nodes: unknown[] } } }>(
      `{ quotes(topic: "immigration") { totalCount nodes { id } } person(name: "Jo White") { said { totalCount nodes { id } } } }`,
    );
    expect(counts.data!.quotes.totalCount).toBe(2);
    expect(full.data!.quotes.totalCount).toBe(2);
    expect(full.data!.quotes.nodes).toHaveLength(2);
    expect(counts.data!.person.said.totalCount).toBe(full.data!.person.said.totalCount);
    expect(counts.data!.person.mentionedIn.totalCount).toBe(1);
  });

  it('unfiltered quotes and kind filters count the whole graph', async () => {
    const res = await api.gql<{ all: { totalCount: number; nodes: { id: string }[] }; direct: { totalCount: number; nodes: { kind: string }[] } }>(
      `{ all: quotes(first: 3) { totalCount nodes { id } } direct: quotes(kind: DIRECT) { totalCount nodes { kind } } }`,
    );
    expect(res.data!.all.totalCount).toBe(7);
    expect(res.data!.all.nodes.map((n) => n.id).slice(0, 2).sort()).toEqual(['quo_jamie-reed', 'quo_white-reform']);
    expect(res.data!.direct.totalCount).toBe(2);
    expect(res.data!.direct.nodes.every((n) => n.kind === 'DIRECT')).toBe(true);
  });
});

describe('undated articles', () => {
  it('come after dated ones, in lists and across page boundaries', async () => {
    const undated = article('Undated note', 'Jo White said nothing had changed.', null);
    const b = emptyBundle();
    b.articles.push(undated);
    b.quotes.push(quote(undated, { id: 'quo_undated', kind: 'INDIRECT', content: 'nothing had changed', cue: 'said', speakerId: 'per_jo-white' }));
    await writeBundle(testDriver(), b);

    const list = await api.gql<{ articles: { id: string }[] }>(`{ articles { id } }`);
    expect(list.data!.articles.map((a) => a.id)).toEqual([NEWER.id, OLDER.id, undated.id]);

    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GqlResponse<{ quotes: Conn<{ id: string }> }> = await api.gql(
        `query($after: String) { quotes(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      ids.push(...res.data!.quotes.nodes.map((n) => n.id));
      if (!res.data!.quotes.pageInfo.hasNextPage) break;
      after = res.data!.quotes.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    expect(ids[ids.length - 1]).toBe('quo_undated');
  });
});
