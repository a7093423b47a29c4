// The per-entity sort key on SAID_BY, ABOUT and ON_TOPIC relationships. The read API pages an
// entity's quotes newest article first; at a million quotes sorting all of a popular entity's
// quotes per request is the whole cost. With this key on the relationship, a range index seek
// over `sortKey STARTS WITH <entity id> + SEP`, ascending, yields the quotes already in the API's
// order (QUOTE_ORDER in src/api/queries/projections.ts), so a page is k index entries.
//
// Layout: entity id, SEP, date part, SEP, article id, SEP, quote start (10 digits), SEP, quote id.
// The date part has to sort DESCENDING inside an ascending key, and Cypher has no character
// codes, so the ISO date string is mapped character by character onto a reversed alphabet
// (published dates only ever use the characters of DATE_ALPHABET: the writers validate them),
// then closed by a terminator above every mapped character so that a date that is a prefix of
// another ("2025-06-01" vs "2025-06-01T10:00Z") comes after it, as in a descending string sort.
// Dated articles get 'D' + that, undated ones 'U', so undated quotes come last.
// SEP sorts below every character of an id, so "art_1" still comes before "art_12".

import type { GraphBundle } from '../model/bundle.js';

/** Separator between the key's parts; ids never contain it (sortKeyIdProblems enforces it). */
export const SORT_KEY_SEP = '\u0001';

/** Every character an ISO publishedAt may hold, in ascending code point order. */
export const DATE_ALPHABET = ' +-.0123456789:TZtz';
// The image of DATE_ALPHABET, reversed: disjoint from it, so the replace() chain cannot remap a
// character it already mapped.
const DATE_IMAGE = 'abcdefghijklmnopqrs';
const DATE_END = '~';

/** The relationship types that carry the key. */
export const KEYED_RELATIONSHIPS = ['SAID_BY', 'ABOUT', 'ON_TOPIC'] as const;
export type KeyedRelationship = (typeof KEYED_RELATIONSHIPS)[number];

const cypherChar = (c: string): string => (c === "'" || c === '\\' ? `\\${c}` : c);

function reversedDate(expr: string): string {
  let out = expr;
  for (let i = 0; i < DATE_ALPHABET.length; i++) {
    const from = DATE_ALPHABET[i] ?? '';
    const to = DATE_IMAGE[DATE_IMAGE.length - 1 - i] ?? '';
    out = `replace(${out}, '${cypherChar(from)}', '${to}')`;
  }
  return out;
}

/**
 * Cypher expression of the sort key of quote q's link to entity e, q being in article a
 * (all three variables must be bound). A fixed string built at load time from variable names.
 */
export function sortKeyExpression(e: string, a: string, q: string): string {
  const sep = "'\\u0001'";
  const date = `CASE WHEN ${a}.publishedAt IS NULL THEN 'U' ELSE 'D' + ${reversedDate(`toString(${a}.publishedAt)`)} + '${DATE_END}' END`;
  return `${e}.id + ${sep} + ${date} + ${sep} + ${a}.id + ${sep} + right('0000000000' + toString(toInteger(${q}.start)), 10) + ${sep} + ${q}.id`;
}

/** The same key computed in TypeScript (tests compare the two). */
export function sortKeyOf(entityId: string, publishedAt: string | null, articleId: string, start: number, quoteId: string): string {
  let date = 'U';
  if (publishedAt !== null) {
    let mapped = '';
    for (const c of publishedAt) {
      const i = DATE_ALPHABET.indexOf(c);
      mapped += i < 0 ? c : (DATE_IMAGE[DATE_IMAGE.length - 1 - i] ?? c);
    }
    date = `D${mapped}${DATE_END}`;
  }
  return [entityId, date, articleId, String(Math.trunc(start)).padStart(10, '0').slice(-10), quoteId].join(SORT_KEY_SEP);
}

/** Prefix of every key of an entity's links: a STARTS WITH seek on it yields them in API order. */
export function sortKeyPrefix(entityId: string): string {
  return entityId + SORT_KEY_SEP;
}

// An entity id holding SEP would make one entity's prefix match another's keys ("a" + SEP is
// a prefix of every key of "a" + SEP + "b"), and U+0000 in an article or quote id sorts below
// SEP, so "art_1\u0000x" would come before "art_1" in the key but after it in QUOTE_ORDER.
const breaksKey = (id: string): boolean => id.includes('\u0000') || id.includes(SORT_KEY_SEP);

/** Problems with ids that go into sort keys (entities, articles, quotes), for checkBundle. */
export function sortKeyIdProblems(bundle: Pick<GraphBundle, 'entities' | 'articles' | 'quotes'>): string[] {
  const problems: string[] = [];
  const check = (what: string, items: readonly { id: string }[]): void => {
    items.forEach((item, i) => {
      if (breaksKey(item.id)) {
        problems.push(`${what}[${i}].id: ${JSON.stringify(item.id)} contains U+0000 or U+0001, which ids may not hold (they separate the parts of quote sort keys)`);
      }
    });
  };
  check('entities', bundle.entities);
  check('articles', bundle.articles);
  check('quotes', bundle.quotes);
  return problems;
}
