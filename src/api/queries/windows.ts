// Batching paged lists: keys are (owner id, offset, limit). SKIP/LIMIT must be parameters,
// not per-row values, so keys are grouped by window and each group is one query.
import type { Page } from '../records.js';
import type { Window } from '../pagination.js';

export interface OwnerWindow extends Window {
  id: string;
}

export interface OwnerPage<T> {
  id: string;
  total: number;
  items: T[];
}

export async function pagesByWindow<T>(
  keys: readonly OwnerWindow[],
  fetchGroup: (ids: string[], window: Window) => Promise<OwnerPage<T>[]>,
): Promise<Page<T>[]> {
  const groups = new Map<string, { window: Window; ids: Set<string> }>();
  for (const k of keys) {
    const name = `${k.offset}:${k.limit}`;
    const group = groups.get(name) ?? { window: { offset: k.offset, limit: k.limit }, ids: new Set<string>() };
    group.ids.add(k.id);
    groups.set(name, group);
  }
  const results = new Map<string, OwnerPage<T>>();
  await Promise.all(
    [...groups.entries()].map(async ([name, group]) => {
      for (const page of await fetchGroup([...group.ids], group.window)) results.set(`${name}:${page.id}`, page);
    }),
  );
  return keys.map((k) => {
    const page = results.get(`${k.offset}:${k.limit}:${k.id}`);
    return { total: page?.total ?? 0, offset: k.offset, items: page?.items ?? [] };
  });
}
