// Reading the request's selection: a connection asked only for its totalCount needs no
// page of items, so none is fetched (no cards built, no top-k sort).
import type { GraphQLResolveInfo } from 'graphql';
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
