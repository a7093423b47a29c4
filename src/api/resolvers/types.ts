// Field resolvers of the object types. Scalars come straight from the records; lists hanging
// off a parent go through the per-request loaders.
import type { ApiContext } from '../loaders.js';
import type { ArticleRecord, EntityRecord, QuoteRecord, RoleRecord } from '../records.js';
import type { RoleOwner } from '../queries/entities.js';
import type { QuoteRelation } from '../queries/quotes.js';
import { pageWindow, toConnection, type PageArgs } from '../pagination.js';
import { entityType } from './entity-type.js';
import { fetchWindow } from '../selection.js';
import type { GraphQLResolveInfo } from 'graphql';

const quotesOf =
  (relation: QuoteRelation) => async (parent: { id: string }, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const page = await ctx.loaders.quotes[relation].load({ id: parent.id, ...fetchWindow(pageWindow(args), info) });
    return toConnection(page.total, page.offset, page.items);
  };

const rolesOf = (owner: RoleOwner) => async (
  parent: EntityRecord,
  args: { current?: boolean | null },
  ctx: ApiContext,
): Promise<RoleRecord[]> => {
  const roles = await ctx.loaders.roles[owner].load(parent.id);
  return args.current == null ? roles : roles.filter((r) => r.current === args.current);
};

const entityFields = {
  aliases: (e: EntityRecord) => e.aliases.filter((a) => a !== e.name),
  async mentionedIn(parent: EntityRecord, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
    const page = await ctx.loaders.mentionedIn.load({ id: parent.id, ...fetchWindow(pageWindow(args), info) });
    return toConnection(page.total, page.offset, page.items);
  },
  quotedAbout: quotesOf('about'),
};

const memberOf = (parent: EntityRecord, _: unknown, ctx: ApiContext) => ctx.loaders.memberOf.load(parent.id);

export const typeResolvers = {
  Entity: { __resolveType: (e: EntityRecord) => entityType(e) },
  SearchResult: {
    __resolveType: (r: EntityRecord | QuoteRecord) => ('labels' in r ? entityType(r) : 'Quote'),
  },

  Person: { ...entityFields, roles: rolesOf('person'), memberOf, said: quotesOf('said') },
  Organisation: {
    ...entityFields,
    kind: (e: EntityRecord) => e.subtype,
    roles: rolesOf('organisation'),
    members: (parent: EntityRecord, _: unknown, ctx: ApiContext) => ctx.loaders.members.load(parent.id),
    said: quotesOf('said'),
  },
  Place: { ...entityFields, kind: (e: EntityRecord) => e.subtype, roles: rolesOf('place') },
  Topic: { ...entityFields, quotes: quotesOf('topic') },
  UnnamedSource: { ...entityFields, memberOf, said: quotesOf('said') },

  Quote: {
    // Older writers may have stored the kind in lower case; the enum wants upper.
    kind: (q: QuoteRecord) => q.kind.toUpperCase(),
  },

  Article: {
    text: (a: ArticleRecord, _: unknown, ctx: ApiContext) => ctx.loaders.articleText.load(a.id),
    quotes: quotesOf('article'),
    mentions: (a: ArticleRecord, _: unknown, ctx: ApiContext) => ctx.loaders.mentions.load(a.id),
  },
};
