// The ingestArticle mutation (schema/ingest.graphql): bearer-token check, then the same
// use-case as the CLI. Registered in src/api/resolvers/index.ts.

import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { PUBLIC_CODES } from '../api/mask.js';
import { BundleError } from '../write/index.js';
import { InputError, type ArticleInput } from './articleInput.js';
import { ingestArticle } from './ingestArticle.js';

export const INGEST_TOKEN_ENV = 'QUOTEGRAPH_INGEST_TOKEN';

// Clients must see why a mutation was refused; the API masks every code it does not list.
PUBLIC_CODES.add('UNAUTHENTICATED');
PUBLIC_CODES.add('FORBIDDEN');

interface RequestLike {
  headers: { get(name: string): string | null };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws unless the request carries `Authorization: Bearer <configured token>`. */
export function checkIngestToken(request: RequestLike | undefined, configured: string | undefined = process.env[INGEST_TOKEN_ENV]): void {
  if (configured === undefined || configured.trim() === '') {
    throw new GraphQLError(`ingestArticle is disabled: no ingest token is configured (set ${INGEST_TOKEN_ENV} on the server).`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  const header = request?.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) {
    throw new GraphQLError('ingestArticle needs an `Authorization: Bearer <token>` header.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!sameToken(match[1]!.trim(), configured.trim())) {
    throw new GraphQLError('The bearer token is not the configured ingest token.', { extensions: { code: 'FORBIDDEN' } });
  }
}

export const ingestResolvers = {
  Mutation: {
    async ingestArticle(_: unknown, args: { input: ArticleInput }, ctx: { request?: RequestLike; driver: Driver }) {
      checkIngestToken(ctx.request);
      try {
        const result = await ingestArticle(ctx.driver, args.input);
        return {
          articleId: result.articleId,
          title: result.title,
          status: result.status === 'ingested' ? 'INGESTED' : 'UNCHANGED',
          quotes: result.stats.quotes,
          quotesWithSpeaker: result.stats.quotesWithSpeaker,
          entitiesLinked: result.stats.entitiesLinked,
          entitiesCreated: result.stats.entitiesCreated,
        };
      } catch (error) {
        if (error instanceof InputError) {
          throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: 'input' } });
        }
        if (error instanceof BundleError) {
          throw new GraphQLError(`The article could not be linked consistently; nothing was written. ${error.problems[0] ?? ''}`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'input' },
          });
        }
        throw error;
      }
    },
  },
};
