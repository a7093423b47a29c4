// The resolver registry. Each feature adds its SDL as schema/<feature>.graphql (extending
// Query or Mutation) and its resolver map here; createSchema merges them all.
import type { ApiContext } from '../loaders.js';
import { queryResolvers } from './query.js';
import { typeResolvers } from './types.js';
import { ingestResolvers } from '../../ingest/graphql.js';

/** Type name -> field name -> resolver (or __resolveType); resolvers receive ApiContext. */
export type ResolverMap = Record<string, Record<string, unknown>>;
export type { ApiContext };

export const resolverModules: ResolverMap[] = [queryResolvers, typeResolvers, ingestResolvers];
