// The executable schema: every schema/*.graphql file merged, resolvers from the registry.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolverModules, type ResolverMap } from './resolvers/index.js';

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** The SDL files in name order, so the merged schema does not depend on directory order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no *.graphql files in ${dir}`);
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function createSchema(options: { dir?: string; extraResolvers?: ResolverMap[] } = {}): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(options.dir),
    resolvers: [...resolverModules, ...(options.extraResolvers ?? [])] as Parameters<
      typeof makeExecutableSchema
    >[0]['resolvers'],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
