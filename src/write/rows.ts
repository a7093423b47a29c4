// Bundle rows turned into query parameters. Offsets become Neo4j integers (a plain JS number
// would be stored as a float), optional fields become explicit nulls.
import neo4j, { type Integer } from 'neo4j-driver';
import type { ArticleRow, EntityRow, FactRow, GraphBundle, QuoteRow } from '../model/bundle.js';
import { aliasKey } from '../model/names.js';

export type Param = string | number | boolean | null | Integer | Param[] | { [key: string]: Param };
export type Row = Record<string, Param>;

const int = (n: number): Integer => neo4j.int(n);

export function entityRow(e: EntityRow): Row {
  return {
    id: e.id,
    name: e.name,
    aliases: [...new Set(e.aliases.filter((a) => a !== e.name))],
    subtype: e.subtype ?? null,
    description: e.description ?? null,
    wikidataId: e.wikidataId ?? null,
  };
}

/** One row per distinct alias key of an entity: its name and every alias. */
export function aliasRows(entities: EntityRow[]): Row[] {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = aliasKey(name);
      if (key === '' || seen.has(`${key}\u0000${e.id}`)) continue;
      seen.add(`${key}\u0000${e.id}`);
      rows.push({ entityId: e.id, key, type: e.type });
    }
  }
  return rows;
}

export function quoteRow(q: QuoteRow): Row {
  return {
    id: q.id,
    articleId: q.articleId,
    kind: q.kind,
    text: q.content.text,
    start: int(q.content.start),
    end: int(q.content.end),
    cue: q.cue?.text ?? null,
    cueStart: q.cue ? int(q.cue.start) : null,
    cueEnd: q.cue ? int(q.cue.end) : null,
    sourceText: q.source?.text ?? null,
    sourceStart: q.source ? int(q.source.start) : null,
    sourceEnd: q.source ? int(q.source.end) : null,
    channelPhrase: q.channel?.phrase.text ?? null,
    speakerId: q.speakerId,
    channelId: q.channel?.organisationId ?? null,
    aboutIds: [...q.aboutIds],
    topicIds: [...q.topicIds],
  };
}

export function quoteLinkRows(quotes: QuoteRow[]): Record<'SAID_BY' | 'ABOUT' | 'ON_TOPIC' | 'VIA', Row[]> {
  const links: Record<'SAID_BY' | 'ABOUT' | 'ON_TOPIC' | 'VIA', Row[]> = { SAID_BY: [], ABOUT: [], ON_TOPIC: [], VIA: [] };
  for (const q of quotes) {
    if (q.speakerId) links.SAID_BY.push({ quoteId: q.id, entityId: q.speakerId, score: q.speakerScore ?? 1 });
    for (const id of new Set(q.aboutIds)) links.ABOUT.push({ quoteId: q.id, entityId: id });
    for (const id of new Set(q.topicIds)) links.ON_TOPIC.push({ quoteId: q.id, entityId: id });
    if (q.channel) links.VIA.push({ quoteId: q.id, entityId: q.channel.organisationId });
  }
  return links;
}

export function factRow(f: FactRow): Row {
  return {
    id: f.id,
    articleId: f.articleId,
    kind: f.kind,
    text: f.span.text,
    start: int(f.span.start),
    end: int(f.span.end),
    properties: { ...(f.properties ?? {}) },
  };
}

export function articleRow(a: ArticleRow): Row {
  return { id: a.id, title: a.title, outlet: a.outlet ?? null, url: a.url ?? null, publishedAt: a.publishedAt ?? null, text: a.text, sha256: a.sha256 };
}

export function rowsOf(bundle: GraphBundle) {
  return {
    articles: bundle.articles.map(articleRow),
    roles: bundle.roles.map((r) => ({
      id: r.id,
      personId: r.personId,
      title: r.title,
      organisationId: r.organisationId ?? null,
      placeId: r.placeId ?? null,
      current: r.current,
      startDate: r.startDate ?? null,
      endDate: r.endDate ?? null,
    })),
    memberships: bundle.memberships.map((m) => ({ memberId: m.memberId, organisationId: m.organisationId })),
    quotes: bundle.quotes.map(quoteRow),
    quoteLinks: quoteLinkRows(bundle.quotes),
    mentions: bundle.mentions.map((m) => ({
      articleId: m.articleId,
      entityId: m.entityId,
      start: int(m.start),
      end: int(m.end),
      text: m.text,
      score: m.score ?? 1,
    })),
    facts: bundle.facts.map(factRow),
    factInvolves: bundle.facts.flatMap((f) => f.involves.map((i) => ({ factId: f.id, entityId: i.entityId, role: i.role }))),
  };
}

/**
 * Rows for articles written as new (./createStatements.ts): each article with its mentions, each
 * quote with its edges' targets. Repeated rows collapse as MERGE would collapse them: a mention
 * once per (article, entity, start, end) with its last text and score, a quote's ABOUT and
 * ON_TOPIC targets once each.
 */
export function newArticleRows(bundle: GraphBundle): { articles: Row[]; quotes: Row[] } {
  const mentions = new Map<string, Map<string, Row>>();
  for (const m of bundle.mentions) {
    const perArticle = mentions.get(m.articleId) ?? new Map<string, Row>();
    mentions.set(m.articleId, perArticle);
    perArticle.set(`${m.entityId}\u0000${m.start}\u0000${m.end}`, { entityId: m.entityId, start: int(m.start), end: int(m.end), text: m.text, score: m.score ?? 1 });
  }
  return {
    articles: bundle.articles.map((a) => ({ ...articleRow(a), mentions: [...(mentions.get(a.id)?.values() ?? [])] })),
    quotes: bundle.quotes.map((q) => ({
      ...quoteRow(q),
      speakerScore: q.speakerScore ?? 1,
      aboutIds: [...new Set(q.aboutIds)],
      topicIds: [...new Set(q.topicIds)],
    })),
  };
}
