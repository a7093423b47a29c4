// Cypher map projections shared by the query modules, so every query returns records of the
// shapes in ../records.ts. Each takes the variable name it projects; they are fixed strings
// built at load time, never from user input.

export function entityMap(v: string): string {
  return `${v} { .id, .name, aliases: coalesce(${v}.aliases, []), .description, .wikidataId, .subtype, labels: labels(${v}) }`;
}

export function articleMap(v: string): string {
  return `${v} { .id, .title, .outlet, .url, publishedAt: toString(${v}.publishedAt), ingestedAt: toString(${v}.ingestedAt) }`;
}

/** Newest article first; articles without a date last; ties broken by id so pages are stable. */
export function articleOrder(v: string): string {
  return `${v}.publishedAt IS NULL, ${v}.publishedAt DESC, ${v}.id`;
}

/** Quotes: newest article first, then text order. Needs q and its article a in scope. */
export const QUOTE_ORDER = `${articleOrder('a')}, q.start, q.id`;

/** The parts of a quote card that cost a traversal each. */
export type QuotePart = 'speaker' | 'about' | 'topics' | 'channel' | 'article';
export const ALL_QUOTE_PARTS: readonly QuotePart[] = ['speaker', 'about', 'topics', 'channel', 'article'];
/** A quote's own properties, named as the GraphQL Quote fields that return them. */
export const QUOTE_SCALARS = ['text', 'kind', 'cue', 'start', 'end', 'cueStart', 'cueEnd', 'sourceText', 'sourceStart', 'sourceEnd', 'channelPhrase'] as const;
export type QuoteScalar = (typeof QUOTE_SCALARS)[number];

/** Which fields a card carries: the id always, these scalars, and these parts. */
export interface CardShape {
  scalars: readonly QuoteScalar[];
  parts: readonly QuotePart[];
}
export const FULL_CARD: CardShape = { scalars: QUOTE_SCALARS, parts: ALL_QUOTE_PARTS };

/**
 * A quote card. What the request does not select is left out: scalars are absent, parts come
 * back empty (null or []). No resolver reads an unselected field, and a page of cards for
 * `{ id text }` costs neither traversals nor the decoding of fields nobody asked for.
 */
export function quoteCard(q: string, shape: CardShape = FULL_CARD): string {
  const has = (p: QuotePart): boolean => shape.parts.includes(p);
  const scalars = ['id', ...shape.scalars].map((k) => `.${k}`).join(', ');
  return `${q} { ${scalars},
    speaker: ${has('speaker') ? `[(${q})-[sb:SAID_BY]->(s:Entity) | ${entityMap('s')}][0]` : 'null'},
    speakerScore: ${has('speaker') ? `[(${q})-[sb:SAID_BY]->(:Entity) | sb.score][0]` : 'null'},
    about: ${has('about') ? `[(${q})-[:ABOUT]->(x:Entity) | ${entityMap('x')}]` : '[]'},
    topics: ${has('topics') ? `[(${q})-[:ON_TOPIC]->(t:Topic) | ${entityMap('t')}]` : '[]'},
    channel: ${has('channel') ? `[(${q})-[:VIA]->(c:Organisation) | ${entityMap('c')}][0]` : 'null'},
    article: ${has('article') ? `[(${q})-[:IN_ARTICLE]->(qa:Article) | ${articleMap('qa')}][0]` : 'null'} }`;
}

export function roleMap(r: string): string {
  return `${r} { .id, .title, current: coalesce(${r}.current, false), startDate: toString(${r}.startDate), endDate: toString(${r}.endDate),
    person: [(rp:Person)-[:HOLDS]->(${r}) | ${entityMap('rp')}][0],
    organisation: [(${r})-[:IN_ORGANISATION]->(ro:Organisation) | ${entityMap('ro')}][0],
    place: [(${r})-[:FOR_PLACE]->(rl:Place) | ${entityMap('rl')}][0] }`;
}
