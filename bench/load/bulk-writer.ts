// Writes bundle rows with the bare statements of ./statements.ts: the world once, then
// articles in batches, one write transaction per batch.

import neo4j from 'neo4j-driver';
import type { Driver, Integer, ManagedTransaction } from 'neo4j-driver';
import { aliasKey } from '../../src/model/names.js';
import type { EntityRow, QuoteRow } from '../../src/model/bundle.js';
import type { ArticleRows } from '../corpus/truth-bundle.js';
import type { WorldRows } from '../corpus/world.js';
import {
  CREATE_ALIASES, CREATE_ARTICLES, CREATE_MEMBERSHIPS, CREATE_MENTIONS, CREATE_QUOTES, CREATE_ROLES, CREATE_SAID_BY,
  createEntities, createQuoteLinks,
} from './statements.js';
import type { EntityLabel } from './statements.js';

type Param = string | number | boolean | null | Integer | Param[] | { [key: string]: Param };
type Row = Record<string, Param>;

const int = (n: number): Integer => neo4j.int(n);
const CHUNK = 10_000;

/** BENCH_PROFILE=1 prints each statement's time: the way to find which part of a write is slow. */
const PROFILE = process.env.BENCH_PROFILE === '1';

async function run(tx: ManagedTransaction, statement: string, rows: Row[]): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) await tx.run(statement, { rows: rows.slice(i, i + CHUNK) });
  if (PROFILE) {
    const first = statement.trim().split('\n').slice(1, 3).join(' ').slice(0, 90);
    process.stderr.write(`    ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${String(rows.length).padStart(6)} rows  ${first}\n`);
  }
}

function entityRows(entities: EntityRow[]): Map<EntityLabel, Row[]> {
  const byLabel = new Map<EntityLabel, Row[]>();
  for (const e of entities) {
    const list = byLabel.get(e.type) ?? [];
    list.push({ id: e.id, name: e.name, aliases: e.aliases, subtype: e.subtype ?? null, description: e.description ?? null });
    byLabel.set(e.type, list);
  }
  return byLabel;
}

function aliasRows(entities: EntityRow[]): Row[] {
  const rows: Row[] = [];
  for (const e of entities) {
    const keys = new Set([e.name, ...e.aliases].map(aliasKey).filter((k) => k !== ''));
    for (const key of keys) rows.push({ entityId: e.id, key, type: e.type });
  }
  return rows;
}

export async function writeWorld(driver: Driver, world: WorldRows): Promise<void> {
  await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS busy').then((r) => {
    if (r.records[0]?.get('busy') === true) throw new Error('the bench database is not empty; the bulk loader only writes into an empty graph');
  });
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const [label, rows] of entityRows(world.entities)) await run(tx, createEntities(label), rows);
      await run(tx, CREATE_ALIASES, aliasRows(world.entities));
      await run(tx, CREATE_ROLES, world.roles.map((r) => ({ id: r.id, personId: r.personId, title: r.title, current: r.current, organisationId: r.organisationId ?? null, placeId: r.placeId ?? null })));
      await run(tx, CREATE_MEMBERSHIPS, world.memberships.map((m) => ({ memberId: m.memberId, organisationId: m.organisationId })));
    });
  } finally {
    await session.close();
  }
}

function quoteRow(q: QuoteRow): Row {
  return {
    id: q.id, articleId: q.articleId, kind: q.kind, text: q.content.text, start: int(q.content.start), end: int(q.content.end),
    cue: q.cue?.text ?? null, cueStart: q.cue ? int(q.cue.start) : null, cueEnd: q.cue ? int(q.cue.end) : null,
    sourceText: q.source?.text ?? null, sourceStart: q.source ? int(q.source.start) : null, sourceEnd: q.source ? int(q.source.end) : null,
    channelPhrase: q.channel?.phrase.text ?? null,
  };
}

export interface BatchCounts {
  articles: number;
  quotes: number;
  mentions: number;
  relationships: number;
}

/** Rows of a batch as statement parameters, built before the transaction opens. */
export function batchParams(batch: ArticleRows[]): { params: Record<string, Row[]>; counts: BatchCounts } {
  const quotes = batch.flatMap((a) => a.quotes);
  const unnamed = batch.flatMap((a) => a.unnamed);
  const links = { SAID_BY: [] as Row[], ABOUT: [] as Row[], ON_TOPIC: [] as Row[], VIA: [] as Row[] };
  for (const q of quotes) {
    if (q.speakerId) links.SAID_BY.push({ quoteId: q.id, entityId: q.speakerId, score: q.speakerScore ?? 1 });
    for (const id of new Set(q.aboutIds)) links.ABOUT.push({ quoteId: q.id, entityId: id });
    for (const id of new Set(q.topicIds)) links.ON_TOPIC.push({ quoteId: q.id, entityId: id });
    if (q.channel) links.VIA.push({ quoteId: q.id, entityId: q.channel.organisationId });
  }
  const mentions = batch.flatMap((a) => a.mentions.map((m) => ({
    articleId: m.articleId, entityId: m.entityId, start: int(m.start), end: int(m.end), text: m.text, score: m.score ?? 1,
  })));
  const params: Record<string, Row[]> = {
    articles: batch.map(({ article: a }) => ({
      id: a.id, title: a.title, outlet: a.outlet ?? null, url: a.url ?? null, publishedAt: a.publishedAt ?? null, text: a.text, sha256: a.sha256,
    })),
    unnamed: unnamed.map((e) => ({ id: e.id, name: e.name, aliases: [], subtype: null, description: null })),
    unnamedAliases: aliasRows(unnamed),
    quotes: quotes.map(quoteRow),
    SAID_BY: links.SAID_BY, ABOUT: links.ABOUT, ON_TOPIC: links.ON_TOPIC, VIA: links.VIA,
    mentions,
  };
  const relationships = quotes.length + links.SAID_BY.length + links.ABOUT.length + links.ON_TOPIC.length + links.VIA.length + mentions.length;
  return { params, counts: { articles: batch.length, quotes: quotes.length, mentions: mentions.length, relationships } };
}

export async function writeBatch(driver: Driver, params: Record<string, Row[]>): Promise<void> {
  const session = driver.session();
  const rows = (key: string): Row[] => params[key] ?? [];
  try {
    await session.executeWrite(async (tx) => {
      await run(tx, CREATE_ARTICLES, rows('articles'));
      await run(tx, createEntities('UnnamedSource'), rows('unnamed'));
      await run(tx, CREATE_ALIASES, rows('unnamedAliases'));
      await run(tx, CREATE_QUOTES, rows('quotes'));
      await run(tx, CREATE_SAID_BY, rows('SAID_BY'));
      await run(tx, createQuoteLinks('ABOUT'), rows('ABOUT'));
      await run(tx, createQuoteLinks('ON_TOPIC'), rows('ON_TOPIC'));
      await run(tx, createQuoteLinks('VIA'), rows('VIA'));
      await run(tx, CREATE_MENTIONS, rows('mentions'));
    });
  } finally {
    await session.close();
  }
}
