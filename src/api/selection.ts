// Reading the request's selection: a connection asked only for its totalCount needs no
// page of items, so none is fetched (no cards built, no top-k sort).
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { Window } from './pagination.js';

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
