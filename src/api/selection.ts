// Reading the request's selection: a connection asked only for its totalCount needs no
// page of items, so none is fetched (no cards built, no top-k sort).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { Window } from './pagination.js';
import {
  ALL_QUOTE_PARTS,
  ARTICLE_EXTRAS,
  ENTITY_EXTRAS,
  QUOTE_SCALARS,
  type ArticleExtra,
  type CardShape,
  type EntityExtra,
  type QuotePart,
  type QuoteScalar,
} from './queries/projections.js';

const COUNT_ONLY = new Set(['totalCount', '__typename']);

/** Whether a connection field's selection asks for anything beyond totalCount. */
export function wantsItems(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  return info.fieldNodes.some((node) =>
    // Fragments could select anything: count them as wanting items.
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== 'Field' || !COUNT_ONLY.has(s.name.value)),
  );
}

/** The window to fetch: the asked one, or an empty page when only the count is wanted. */
export function fetchWindow(window: Window, info: Pick<GraphQLResolveInfo, 'fieldNodes'>): Window {
  return wantsItems(info) ? window : { offset: window.offset, limit: 0 };
}

/**
 * Whether a connection's selection reads its total (totalCount, or pageInfo, whose hasNextPage
 * needs it); a quotes page without it skips counting (queries/quotes.ts, keyedPageStatement).
 */
export function wantsTotal(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return selectsField(info, 'totalCount') || selectsField(info, 'pageInfo');
}

/** Whether the field's selection asks for a direct subfield of this name (through fragments too). */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const within = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet?.selections ?? []));
}

const PART_OF_FIELD: Record<string, QuotePart> = {
  speaker: 'speaker',
  // Its own part: a second SAID_BY expansion per card, paid only when asked for.
  speakerScore: 'speakerScore',
  about: 'about',
  topics: 'topics',
  channel: 'channel',
  article: 'article',
};

const SCALAR_FIELDS: ReadonlySet<string> = new Set(QUOTE_SCALARS);

// GraphQL fields of Entity types that read a record extra (kind is Organisation/Place.subtype).
const ENTITY_EXTRA_OF_FIELD: Record<string, EntityExtra> = {
  aliases: 'aliases',
  description: 'description',
  wikidataId: 'wikidataId',
  kind: 'subtype',
};
const ARTICLE_EXTRA_FIELDS: ReadonlySet<string> = new Set(ARTICLE_EXTRAS);

/**
 * The quote-card fields a connection field's selection can reach (nodes { ... } and
 * edges { node { ... } }, through fragments, @skip/@include ignored: a superset is safe), so the
 * query fetches only those. Unselected fields of a card are never read by a resolver.
 */
export function quoteCardShape(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): CardShape {
  const parts = new Set<QuotePart>();
  const scalars = new Set<string>();
  const entityExtras = new Set<EntityExtra>();
  const articleExtras = new Set<ArticleExtra>();
  const seen = new Set<string>();
  // Calls visit(field) for every field of the selection, inline and named fragments flattened.
  const eachField = (selections: readonly SelectionNode[], visit: (field: FieldNode) => void): void => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) visit(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) eachField(s.selectionSet.selections, visit);
      else {
        const fragment = info.fragments[s.name.value];
        if (!fragment || seen.has(s.name.value)) continue;
        seen.add(s.name.value);
        eachField(fragment.selectionSet.selections, visit);
        seen.delete(s.name.value);
      }
    }
  };
  const onQuote = (field: FieldNode): void => {
    const part = PART_OF_FIELD[field.name.value];
    if (part) parts.add(part);
    if (SCALAR_FIELDS.has(field.name.value)) scalars.add(field.name.value);
    const sub = field.selectionSet?.selections ?? [];
    if (part === 'article') {
      eachField(sub, (f) => {
        if (ARTICLE_EXTRA_FIELDS.has(f.name.value)) articleExtras.add(f.name.value as ArticleExtra);
      });
    } else if (part) {
      eachField(sub, (f) => {
        const extra = ENTITY_EXTRA_OF_FIELD[f.name.value];
        if (extra) entityExtras.add(extra);
      });
    }
  };
  for (const node of info.fieldNodes) {
    eachField(node.selectionSet?.selections ?? [], (field) => {
      if (field.name.value === 'nodes') eachField(field.selectionSet?.selections ?? [], onQuote);
      if (field.name.value === 'edges') {
        eachField(field.selectionSet?.selections ?? [], (edge) => {
          if (edge.name.value === 'node') eachField(edge.selectionSet?.selections ?? [], onQuote);
        });
      }
    });
  }
  return {
    scalars: QUOTE_SCALARS.filter((k: QuoteScalar) => scalars.has(k)),
    parts: ALL_QUOTE_PARTS.filter((p) => parts.has(p)),
    entityExtras: ENTITY_EXTRAS.filter((k) => entityExtras.has(k)),
    articleExtras: ARTICLE_EXTRAS.filter((k) => articleExtras.has(k)),
  };
}
