// Cursor pagination arguments. Cursors are opaque to clients: base64url of "o:<offset>", the
// position just after the item they belong to.
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Window {
  offset: number;
  limit: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const bad = badInput('after is not a cursor returned by this API (use pageInfo.endCursor).', 'after');
  if (cursor.length === 0 || cursor.length > 40 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw bad;
  return Number(match[1]);
}

/** first/after to an offset window; first defaults to 20 and may be 0 (counts only) to 100. */
export function pageWindow(args: PageArgs): Window {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${first}).`, 'first');
  }
  const offset = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { offset, limit: first };
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

// Edges (a cursor per item) and pageInfo are built only when a request reads them: the
// default field resolver reads these getters, and most requests ask for nodes alone.
export function toConnection<T>(total: number, offset: number, items: T[]): Connection<T> {
  return {
    totalCount: total,
    nodes: items,
    get edges() {
      return items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
    },
    get pageInfo() {
      return {
        hasNextPage: offset + items.length < total,
        hasPreviousPage: offset > 0,
        startCursor: items.length > 0 ? encodeCursor(offset) : null,
        endCursor: items.length > 0 ? encodeCursor(offset + items.length - 1) : null,
      };
    },
  };
}
