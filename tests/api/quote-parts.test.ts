// quotes(...) fetches only the card fields its selection reaches (scalars, and the parts
// speaker, about, topics, channel, article): the Cypher sent leaves the others out, and every
// selected field answers exactly as when the full card is fetched, through nodes, edges,
// inline and named fragments.
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, testApi, type TestApi } from './client.js';
import { fixtureBundle, scaledBundle } from './fixture.js';
import { quoteCardShape } from '../../src/api/selection.js';
import type { CardShape } from '../../src/api/queries/projections.js';

const ENTITY_ALL = '__typename id name aliases description wikidataId ... on Organisation { kind }';
const FULL = `nodes { id text kind cue start end speaker { ${ENTITY_ALL} } speakerScore about { ${ENTITY_ALL} } topics { id name } channel { ${ENTITY_ALL} } channelPhrase article { id title outlet url publishedAt ingestedAt } }`;

/** quoteCardShape of the first top-level field of a document. */
function shapeOf(document: string): CardShape {
  const doc = parse(document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return quoteCardShape({ fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments });
}

function partsOf(document: string): readonly string[] {
  return shapeOf(document).parts;
}

describe('quoteCardShape', () => {
  it('finds the parts under nodes, edges and fragments, and nothing else', () => {
    expect(partsOf('{ quotes { totalCount nodes { id text } } }')).toEqual([]);
    expect(partsOf('{ quotes { nodes { speakerScore article { id } } } }')).toEqual(['speakerScore', 'article']);
    expect(partsOf('{ quotes { nodes { speaker { id } speakerScore } } }')).toEqual(['speaker', 'speakerScore']);
    expect(partsOf('{ quotes { edges { cursor node { topics { name } } } } }')).toEqual(['topics']);
    expect(partsOf('{ quotes { ...C } } fragment C on QuoteConnection { nodes { ...Q } } fragment Q on Quote { ... on Quote { channel { name } about { name } } }')).toEqual(['about', 'channel']);
    // A field named like a part but outside the quote selection is no part.
    expect(partsOf('{ quotes { pageInfo { hasNextPage } nodes { id } } }')).toEqual([]);
    expect(shapeOf('{ quotes { totalCount nodes { id start speaker { name } } edges { node { ...Q } } } } fragment Q on Quote { cueEnd text }').scalars)
      .toEqual(['text', 'start', 'cueEnd']);
    const nested = shapeOf('{ quotes { nodes { speaker { name ... on Organisation { kind } roles { title } } about { ...E } article { title } } } } fragment E on Entity { aliases }');
    expect(nested.entityExtras).toEqual(['aliases', 'subtype']);
    expect(nested.articleExtras).toEqual(['title']);
  });
});

describe('quotes with a partial selection', () => {
  let api: TestApi;
  beforeAll(async () => {
    await loadGraph(fixtureBundle(), scaledBundle(6));
    api = testApi();
  });

  it('sends a card without the unselected parts and answers the selected fields as the full card does', async () => {
    const full = await api.gql<{ quotes: { nodes: Record<string, unknown>[] } }>(`{ quotes(about: "Reform UK", first: 50) { ${FULL} } }`);
    expect(full.errors).toBeUndefined();
    const nodes = full.data!.quotes.nodes;
    expect(nodes.length).toBeGreaterThan(5);

    api.queries.length = 0;
    const slim = await api.gql<{ quotes: { nodes: Record<string, unknown>[] } }>(`{ quotes(about: "Reform UK", first: 50) { nodes { id text speaker { id name } } } }`);
    expect(slim.errors).toBeUndefined();
    const sent = api.queries.join('\n');
    expect(sent).not.toMatch(/ON_TOPIC\]->\(t:Topic\)|:VIA\]|\(qa:Article\)|\.sourceText|\.cueStart|sb\.score/);
    expect(sent).toMatch(/\.text/);
    // Neither totalCount nor pageInfo selected: no count, no degree.
    expect(sent).not.toMatch(/COUNT \{|count\(/);
    expect(slim.data!.quotes.nodes).toEqual(nodes.map((q) => ({ id: q.id, text: q.text, speaker: { id: (q.speaker as { id: string }).id, name: (q.speaker as { name: string }).name } })));

    const entityBits = await api.gql<{ quotes: { nodes: Record<string, unknown>[] } }>(
      `{ quotes(about: "Reform UK", first: 50) { nodes { speaker { __typename ... on Organisation { kind } aliases } about { id description } article { publishedAt } } } }`,
    );
    expect(entityBits.errors).toBeUndefined();
    type E = Record<string, unknown>;
    expect(entityBits.data!.quotes.nodes).toEqual(
      nodes.map((q) => {
        const sp = q.speaker as E | null;
        return {
          speaker: sp && { __typename: sp.__typename, aliases: sp.aliases, ...(sp.__typename === 'Organisation' ? { kind: sp.kind } : {}) },
          about: (q.about as E[]).map((a) => ({ id: a.id, description: a.description })),
          article: { publishedAt: (q.article as E).publishedAt },
        };
      }),
    );

    const viaFragments = await api.gql<{ quotes: { edges: { node: Record<string, unknown> }[] } }>(
      `{ quotes(about: "Reform UK", first: 50) { edges { node { ...Q } } } } fragment Q on Quote { id ... on Quote { topics { id name } channel { id name } article { id title publishedAt } about { id name } } }`,
    );
    expect(viaFragments.errors).toBeUndefined();
    expect(viaFragments.data!.quotes.edges.map((e) => e.node)).toEqual(
      nodes.map((q) => {
        const idName = (e: E | null) => e && { id: e.id, name: e.name };
        const a = q.article as E;
        return { id: q.id, topics: q.topics, channel: idName(q.channel as E | null), article: { id: a.id, title: a.title, publishedAt: a.publishedAt }, about: (q.about as E[]).map(idName) };
      }),
    );
  });
});
