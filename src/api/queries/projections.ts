// Cypher map projections shared by the query modules, so every query returns records of the
// shapes in ../records.ts. Each takes the variable name it projects; they are fixed strings
// built at load time, never from user input.

/** Entity record fields beyond id, name and labels (which type resolution and sorting need). */
export type EntityExtra = 'aliases' | 'description' | 'wikidataId' | 'subtype';
export const ENTITY_EXTRAS: readonly EntityExtra[] = ['aliases', 'description', 'wikidataId', 'subtype'];
/** Article record fields beyond id. */
export type ArticleExtra = 'title' | 'outlet' | 'url' | 'publishedAt' | 'ingestedAt';
export const ARTICLE_EXTRAS: readonly ArticleExtra[] = ['title', 'outlet', 'url', 'publishedAt', 'ingestedAt'];

const ENTITY_EXTRA_PROJECTION: Record<EntityExtra, (v: string) => string> = {
  aliases: (v) => `aliases: coalesce(${v}.aliases, [])`,
  description: () => '.description',
  wikidataId: () => '.wikidataId',
  subtype: () => '.subtype',
};

const ARTICLE_EXTRA_PROJECTION: Record<ArticleExtra, (v: string) => string> = {
  title: () => '.title',
  outlet: () => '.outlet',
  url: () => '.url',
  publishedAt: (v) => `publishedAt: toString(${v}.publishedAt)`,
  ingestedAt: (v) => `ingestedAt: toString(${v}.ingestedAt)`,
};

/** An entity record; extras not listed are left out (only where no resolver will read them). */
export function entityMap(v: string, extras: readonly EntityExtra[] = ENTITY_EXTRAS): string {
  const rest = extras.map((k) => `, ${ENTITY_EXTRA_PROJECTION[k](v)}`).join('');
  return `${v} { .id, .name${rest}, labels: labels(${v}) }`;
}

/** An article record; extras not listed are left out (only where no resolver will read them). */
export function articleMap(v: string, extras: readonly ArticleExtra[] = ARTICLE_EXTRAS): string {
  return `${v} { .id${extras.map((k) => `, ${ARTICLE_EXTRA_PROJECTION[k](v)}`).join('')} }`;
}

/** Newest article first; articles without a date last; ties broken by id so pages are stable. */
export function articleOrder(v: string): string {
  return `${v}.publishedAt IS NULL, ${v}.publishedAt DESC, ${v}.id`;
}

/** Quotes: newest article first, then text order. Needs q and its article a in scope. */
export const QUOTE_ORDER = `${articleOrder('a')}, q.start, q.id`;

/** The parts of a quote card that cost a traversal each. */
export type QuotePart = 'speaker' | 'speakerScore' | 'about' | 'topics' | 'channel' | 'article';
export const ALL_QUOTE_PARTS: readonly QuotePart[] = ['speaker', 'speakerScore', 'about', 'topics', 'channel', 'article'];
/** A quote's own properties, named as the GraphQL Quote fields that return them. */
export const QUOTE_SCALARS = ['text', 'kind', 'cue', 'start', 'end', 'cueStart', 'cueEnd', 'sourceText', 'sourceStart', 'sourceEnd', 'channelPhrase'] as const;
export type QuoteScalar = (typeof QUOTE_SCALARS)[number];

/** Which fields a card carries: the id always, these scalars, these parts, and of their records these extras. */
export interface CardShape {
  scalars: readonly QuoteScalar[];
  parts: readonly QuotePart[];
  /** Of the speaker, about, topics and channel records. Default: all. */
  entityExtras?: readonly EntityExtra[];
  /** Of the article record. Default: all. */
  articleExtras?: readonly ArticleExtra[];
}
export const FULL_CARD: CardShape = { scalars: QUOTE_SCALARS, parts: ALL_QUOTE_PARTS };

/**
 * A quote card. What the request does not select is left out: scalars and parts are absent
 * (the card's optional fields in records.ts). No resolver reads an unselected field, and a page
 * of cards for `{ id text }` costs neither traversals nor the decoding of fields nobody asked
 * for (each field of each card is a map entry the driver unpacks).
 */
export function quoteCard(q: string, shape: CardShape = FULL_CARD): string {
  const has = (p: QuotePart): boolean => shape.parts.includes(p);
  const entity = (v: string): string => entityMap(v, shape.entityExtras);
  const parts: Record<QuotePart, string> = {
    speaker: `speaker: [(${q})-[sb:SAID_BY]->(s:Entity) | ${entity('s')}][0]`,
    speakerScore: `speakerScore: [(${q})-[sb:SAID_BY]->(:Entity) | sb.score][0]`,
    about: `about: [(${q})-[:ABOUT]->(x:Entity) | ${entity('x')}]`,
    topics: `topics: [(${q})-[:ON_TOPIC]->(t:Topic) | ${entity('t')}]`,
    channel: `channel: [(${q})-[:VIA]->(c:Organisation) | ${entity('c')}][0]`,
    article: `article: [(${q})-[:IN_ARTICLE]->(qa:Article) | ${articleMap('qa', shape.articleExtras)}][0]`,
  };
  const fields = [...['id', ...shape.scalars].map((k) => `.${k}`), ...ALL_QUOTE_PARTS.filter(has).map((p) => parts[p])];
  return `${q} { ${fields.join(',\n    ')} }`;
}

export function roleMap(r: string): string {
  return `${r} { .id, .title, current: coalesce(${r}.current, false), startDate: toString(${r}.startDate), endDate: toString(${r}.endDate),
    person: [(rp:Person)-[:HOLDS]->(${r}) | ${entityMap('rp')}][0],
    organisation: [(${r})-[:IN_ORGANISATION]->(ro:Organisation) | ${entityMap('ro')}][0],
    place: [(${r})-[:FOR_PLACE]->(rl:Place) | ${entityMap('rl')}][0] }`;
}
