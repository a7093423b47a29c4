// Top-level read fields: each is one Cypher query (nested fields batch through loaders).
import type { ApiContext } from '../loaders.js';
import type { ArticleRecord, EntityRecord, QuoteRecord } from '../records.js';
import { findQuotes, quotesByIds } from '../queries/quotes.js';
import { entitiesByKey } from '../queries/entities.js';
import { articlesByIds, listArticles } from '../queries/articles.js';
import { search } from '../queries/search.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { idArg, nameKey, searchText } from '../names.js';
import { aliasKey } from '../../model/names.js';
import { badInput } from '../errors.js';
import { oneEntity, type NameOrId } from './lookup.js';
import { fetchWindow, quoteCardShape, wantsTotal } from '../selection.js';
import type { GraphQLResolveInfo } from 'graphql';

interface QuotesArgs extends PageArgs {
  speaker?: string | null;
  about?: string | null;
  topic?: string | null;
  articleId?: string | null;
  kind?: string | null;
}

const optionalKey = (argument: string, value: string | null | undefined): string | null =>
  value == null ? null : nameKey(argument, value);

export const queryResolvers = {
  Query: {
    async quotes(_: unknown, args: QuotesArgs, ctx: ApiContext, info: GraphQLResolveInfo): Promise<Connection<QuoteRecord>> {
      const window = fetchWindow(pageWindow(args), info);
      const filter = {
        speakerKey: optionalKey('speaker', args.speaker),
        aboutKey: optionalKey('about', args.about),
        topicKey: optionalKey('topic', args.topic),
        articleId: args.articleId == null ? null : idArg('articleId', args.articleId),
        kind: args.kind ?? null,
      };
      const page = await findQuotes(ctx.reader, filter, window, 'keyed', quoteCardShape(info), wantsTotal(info));
      return toConnection(page.total, page.offset, page.items);
    },

    async quote(_: unknown, args: { id: string }, ctx: ApiContext): Promise<QuoteRecord | null> {
      return (await quotesByIds(ctx.reader, [idArg('id', args.id)])).get(args.id) ?? null;
    },

    entity: (_: unknown, args: NameOrId, ctx: ApiContext) => oneEntity(ctx, args, null),
    person: (_: unknown, args: NameOrId, ctx: ApiContext, info: GraphQLResolveInfo) => oneEntity(ctx, args, 'Person', info),
    organisation: (_: unknown, args: NameOrId, ctx: ApiContext, info: GraphQLResolveInfo) =>
      oneEntity(ctx, args, 'Organisation', info),

    entities: (_: unknown, args: { name: string }, ctx: ApiContext): Promise<EntityRecord[]> =>
      entitiesByKey(ctx.reader, nameKey('name', args.name), null),

    async articles(_: unknown, args: PageArgs, ctx: ApiContext): Promise<ArticleRecord[]> {
      return (await listArticles(ctx.reader, pageWindow(args))).items;
    },

    async articleConnection(
      _: unknown,
      args: PageArgs,
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ): Promise<Connection<ArticleRecord>> {
      const page = await listArticles(ctx.reader, fetchWindow(pageWindow(args), info));
      return toConnection(page.total, page.offset, page.items);
    },

    async article(_: unknown, args: { id: string }, ctx: ApiContext): Promise<ArticleRecord | null> {
      return (await articlesByIds(ctx.reader, [idArg('id', args.id)])).get(args.id) ?? null;
    },

    async search(
      _: unknown,
      args: { text: string; first?: number | null },
      ctx: ApiContext,
    ): Promise<(EntityRecord | QuoteRecord)[]> {
      const text = searchText(args.text);
      const { limit } = pageWindow({ first: args.first ?? null });
      const key = aliasKey(text);
      if (key === '') throw badInput('text has no letters or digits to search for.', 'text');
      const hits = await search(ctx.reader, key, text, limit);
      return [...hits.entities, ...hits.quotes].slice(0, limit);
    },
  },
};
