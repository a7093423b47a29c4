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

export function quoteCard(q: string): string {
  return `${q} { .id, .text, .kind, .cue, .start, .end, .cueStart, .cueEnd, .sourceText, .sourceStart, .sourceEnd, .channelPhrase,
    speaker: [(${q})-[sb:SAID_BY]->(s:Entity) | ${entityMap('s')}][0],
    speakerScore: [(${q})-[sb:SAID_BY]->(:Entity) | sb.score][0],
    about: [(${q})-[:ABOUT]->(x:Entity) | ${entityMap('x')}],
    topics: [(${q})-[:ON_TOPIC]->(t:Topic) | ${entityMap('t')}],
    channel: [(${q})-[:VIA]->(c:Organisation) | ${entityMap('c')}][0],
    article: [(${q})-[:IN_ARTICLE]->(qa:Article) | ${articleMap('qa')}][0] }`;
}

export function roleMap(r: string): string {
  return `${r} { .id, .title, current: coalesce(${r}.current, false), startDate: toString(${r}.startDate), endDate: toString(${r}.endDate),
    person: [(rp:Person)-[:HOLDS]->(${r}) | ${entityMap('rp')}][0],
    organisation: [(${r})-[:IN_ORGANISATION]->(ro:Organisation) | ${entityMap('ro')}][0],
    place: [(${r})-[:FOR_PLACE]->(rl:Place) | ${entityMap('rl')}][0] }`;
}
