// Persists a GraphBundle in ONE write transaction: either all of it lands or none of it.
// Every statement MERGEs on ids, so writing the same bundle twice changes nothing.
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { EntityType, GraphBundle } from '../model/bundle.js';
import { checkBundle, type BundleCheck, type Reference } from './checkBundle.js';
import { aliasRows, entityRow, newArticleRows, rowsOf, type Row } from './rows.js';
import * as cypher from './statements.js';
import { CREATE_ARTICLES_WITH_MENTIONS, CREATE_QUOTES_WITH_LINKS } from './createStatements.js';

export const BATCH_SIZE = 500;

export class BundleError extends Error {
  constructor(readonly problems: string[]) {
    super(`bundle not written, ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
    this.name = 'BundleError';
  }
}

export interface WriteSummary {
  articles: number;
  entities: number;
  roles: number;
  quotes: number;
  mentions: number;
  facts: number;
}

// References to ids the bundle does not define must already exist in the graph with the right
// label; otherwise MATCH would drop the edge without a word. The checks are sent with the
// statements (Neo4j runs them first, in order); their problems fail the transaction.
function checkExternal(
  tx: ManagedTransaction,
  bundle: GraphBundle,
  entities: Reference[],
  articles: Reference[],
): Promise<string[]>[] {
  const checks: Promise<string[]>[] = [];
  // An entity may not change type: the node would end up with two type labels.
  const typed = bundle.entities.map((e) => ({ id: e.id, type: e.type }));
  for (let i = 0; i < typed.length; i += BATCH_SIZE) {
    checks.push(tx.run(cypher.FIND_TYPE_CONFLICTS, { rows: typed.slice(i, i + BATCH_SIZE) }).then((res) => res.records.map((rec) =>
      `entity ${String(rec.get('id'))} is a ${(rec.get('types') as string[]).join('/')} in the graph, not a ${String(rec.get('type'))}`)));
  }
  // A batch refers to the same few hundred entities thousands of times (every mention of a party
  // or a prime minister): each id and type set is checked once, in the name of its first reference.
  const allTypes: EntityType[] = ['Person', 'Organisation', 'Place', 'Topic', 'UnnamedSource'];
  const distinct = new Map<string, { id: string; path: string; types: EntityType[]; more: number }>();
  for (const r of entities) {
    const types = r.types ?? allTypes;
    const key = `${r.id}\u0000${types.join(',')}`;
    const seen = distinct.get(key);
    if (seen) seen.more += 1;
    else distinct.set(key, { id: r.id, path: r.path, types, more: 0 });
  }
  const rows = [...distinct.values()];
  const more = new Map(rows.map((r) => [r.path, r.more]));
  const where = (path: string): string => {
    const n = more.get(path) ?? 0;
    return n > 0 ? `${path} (and ${n} more reference${n === 1 ? '' : 's'})` : path;
  };
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const chunk = rows.slice(i, i + BATCH_SIZE).map(({ id, path, types }) => ({ id, path, types }));
    checks.push(tx.run(cypher.FIND_MISSING_ENTITIES, { rows: chunk }).then((res) => res.records.map((rec) => {
      const labels = rec.get('labels') as string[] | null;
      const path = where(String(rec.get('path')));
      return labels === null
        ? `${path}: no entity ${String(rec.get('id'))} in the bundle or the graph`
        : `${path}: ${String(rec.get('id'))} is a ${labels.join('/')} in the graph`;
    })));
  }
  const ids = [...new Set(articles.map((a) => a.id))];
  if (ids.length > 0) {
    checks.push(tx.run(cypher.FIND_MISSING_ARTICLES, { ids }).then((res) => res.records.map((rec) => {
      const id = String(rec.get('id'));
      const where = articles.find((a) => a.id === id)?.path ?? id;
      return `${where}: no article ${id} in the bundle or the graph`;
    })));
  }
  return checks;
}

/**
 * How the bundle's articles are written: 'merge' (any bundle; re-writing changes nothing) or
 * 'create' (every article of the bundle was just read as absent from the graph).
 */
export type ArticleWrite = 'merge' | 'create';

type Step = { name: string; query: string; rows: Row[] };

/** The statements that write a bundle, in order, each with its rows (run in batches of BATCH_SIZE). */
export function writeSteps(bundle: GraphBundle, articleWrite: ArticleWrite = 'merge'): Step[] {
  const rows = rowsOf(bundle);
  const steps: Step[] = [];
  for (const [type, label] of Object.entries(cypher.ENTITY_LABELS) as [EntityType, string][]) {
    steps.push({ name: `entities:${label}`, query: cypher.mergeEntities(label), rows: bundle.entities.filter((e) => e.type === type).map(entityRow) });
  }
  steps.push({ name: 'aliases', query: cypher.MERGE_ALIASES, rows: aliasRows(bundle.entities) });
  const shared: Step[] = [
    { name: 'roles', query: cypher.MERGE_ROLES, rows: rows.roles },
    { name: 'roleOrganisations', query: cypher.MERGE_ROLE_ORGANISATIONS, rows: rows.roles.filter((r) => r.organisationId !== null) },
    { name: 'rolePlaces', query: cypher.MERGE_ROLE_PLACES, rows: rows.roles.filter((r) => r.placeId !== null) },
    { name: 'memberships', query: cypher.MERGE_MEMBERSHIPS, rows: rows.memberships },
  ];
  const facts: Step[] = [
    { name: 'facts', query: cypher.MERGE_FACTS, rows: rows.facts },
    { name: 'factInvolves', query: cypher.MERGE_FACT_INVOLVES, rows: rows.factInvolves },
  ];
  if (articleWrite === 'create') {
    const created = newArticleRows(bundle);
    steps.push(
      ...shared,
      { name: 'articles+mentions', query: CREATE_ARTICLES_WITH_MENTIONS, rows: created.articles },
      { name: 'quotes+links', query: CREATE_QUOTES_WITH_LINKS, rows: created.quotes },
      ...facts,
    );
    return steps;
  }
  steps.push(
    { name: 'articles', query: cypher.MERGE_ARTICLES, rows: rows.articles },
    ...shared,
    { name: 'quotes', query: cypher.MERGE_QUOTES, rows: rows.quotes },
    { name: 'SAID_BY', query: cypher.MERGE_QUOTE_SPEAKERS, rows: rows.quoteLinks.SAID_BY },
    { name: 'ABOUT', query: cypher.mergeQuoteLinks('ABOUT'), rows: rows.quoteLinks.ABOUT },
    { name: 'ON_TOPIC', query: cypher.mergeQuoteLinks('ON_TOPIC'), rows: rows.quoteLinks.ON_TOPIC },
    { name: 'VIA', query: cypher.mergeQuoteLinks('VIA'), rows: rows.quoteLinks.VIA },
    { name: 'mentions', query: cypher.MERGE_MENTIONS, rows: rows.mentions },
    ...facts,
  );
  return steps;
}

// Every check and statement is sent at once and Neo4j runs them in order in the transaction:
// the write does not wait on Node between statements (which, during pipelined ingest, is busy
// linking the next batch). A failing statement fails the transaction, and with it every later one.
async function writeAll(tx: ManagedTransaction, bundle: GraphBundle, check: BundleCheck, articleWrite: ArticleWrite): Promise<void> {
  const checks = checkExternal(tx, bundle, check.external, check.externalArticles);
  const sent: Promise<unknown>[] = [];
  for (const step of writeSteps(bundle, articleWrite)) {
    for (let i = 0; i < step.rows.length; i += BATCH_SIZE) sent.push(tx.run(step.query, { rows: step.rows.slice(i, i + BATCH_SIZE) }));
  }
  const settled = Promise.allSettled(sent);
  const missing = (await Promise.all(checks)).flat();
  // The statements already sent still run; the thrown error rolls all of them back.
  if (missing.length > 0) {
    await settled;
    throw new BundleError(missing);
  }
  await Promise.all(sent);
}

/** Another transaction stored one of the "new" articles first (a concurrent ingest of the same text). */
function isTakenId(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

async function writeOnce(driver: Driver, bundle: GraphBundle, check: BundleCheck, articleWrite: ArticleWrite): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => writeAll(tx, bundle, check, articleWrite));
  } finally {
    await session.close();
  }
}

export interface WriteOptions {
  /**
   * The caller read every article of the bundle as absent: they are CREATEd with their quotes,
   * mentions and edges. If one turns out to be there after all, the bundle is written again
   * through MERGE, so the graph is the same as with 'merge'.
   */
  articles?: ArticleWrite;
}

/**
 * Writes the bundle in a single transaction. Throws BundleError (and writes nothing) when the
 * bundle is inconsistent: duplicate ids, spans that do not match their article text, or
 * references to entities or articles found neither in the bundle nor in the graph.
 */
export async function writeBundle(driver: Driver, bundle: GraphBundle, options: WriteOptions = {}): Promise<WriteSummary> {
  const check = checkBundle(bundle);
  if (check.problems.length > 0) throw new BundleError(check.problems);
  const articleWrite = options.articles ?? 'merge';
  try {
    await writeOnce(driver, bundle, check, articleWrite);
  } catch (error) {
    if (articleWrite !== 'create' || !isTakenId(error)) throw error;
    await writeOnce(driver, bundle, check, 'merge');
  }
  return {
    articles: bundle.articles.length,
    entities: bundle.entities.length,
    roles: bundle.roles.length,
    quotes: bundle.quotes.length,
    mentions: bundle.mentions.length,
    facts: bundle.facts.length,
  };
}
