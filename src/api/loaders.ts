// Per-request DataLoaders: nested fields of many parents become one batched query each,
// so the number of round trips does not grow with the number of results.
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Reader } from './reader.js';
import type { ArticleRecord, EntityRecord, Page, QuoteRecord, RoleRecord } from './records.js';
import { quotesOf, type OwnerWindow, type QuoteRelation } from './queries/quotes.js';
import { membership, rolesOf, type RoleOwner } from './queries/entities.js';
import { articleTexts, mentionedIn, mentionsOf } from './queries/articles.js';

const windowKey = (k: OwnerWindow): string => `${k.id}\u0000${k.offset}\u0000${k.limit}`;

export interface Loaders {
  quotes: Record<QuoteRelation, DataLoader<OwnerWindow, Page<QuoteRecord>, string>>;
  mentionedIn: DataLoader<OwnerWindow, Page<ArticleRecord>, string>;
  roles: Record<RoleOwner, DataLoader<string, RoleRecord[]>>;
  memberOf: DataLoader<string, EntityRecord[]>;
  members: DataLoader<string, EntityRecord[]>;
  mentions: DataLoader<string, EntityRecord[]>;
  articleText: DataLoader<string, string | null>;
}

export function createLoaders(reader: Reader): Loaders {
  const quoteLoader = (relation: QuoteRelation) =>
    new DataLoader<OwnerWindow, Page<QuoteRecord>, string>((keys) => quotesOf(reader, relation, keys), {
      cacheKeyFn: windowKey,
    });
  const roleLoader = (owner: RoleOwner) => new DataLoader<string, RoleRecord[]>((ids) => rolesOf(reader, owner, ids));
  return {
    quotes: {
      said: quoteLoader('said'),
      about: quoteLoader('about'),
      topic: quoteLoader('topic'),
      article: quoteLoader('article'),
    },
    mentionedIn: new DataLoader((keys) => mentionedIn(reader, keys), { cacheKeyFn: windowKey }),
    roles: { person: roleLoader('person'), organisation: roleLoader('organisation'), place: roleLoader('place') },
    memberOf: new DataLoader((ids) => membership(reader, 'memberOf', ids)),
    members: new DataLoader((ids) => membership(reader, 'members', ids)),
    mentions: new DataLoader((ids) => mentionsOf(reader, ids)),
    articleText: new DataLoader((ids) => articleTexts(reader, ids)),
  };
}

export interface ApiContext {
  /** Read queries (READ transactions). */
  reader: Reader;
  loaders: Loaders;
  /** The server's driver, for resolvers that write (mutations); reads go through reader. */
  driver: Driver;
}

export function createContext(reader: Reader, driver: Driver): ApiContext {
  return { reader, loaders: createLoaders(reader), driver };
}
