// The shape of a curated seed file (seed/*.json): one article, everything the article says,
// by hand. Spans carry exact offsets plus their text; src/seed/validate.ts checks each span
// against the article file, so a wrong offset is an error, not a silent mislink.
import { z } from 'zod';

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[a-z0-9][a-z0-9_-]*$`), `must look like ${prefix}_lower-case-words`);

export const spanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});

const entityIdSchema = z.string().regex(/^(per|org|plc|top|src)_[a-z0-9][a-z0-9_-]*$/, 'must be an entity id (per_, org_, plc_, top_ or src_ followed by lower-case words)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'must be an ISO date (YYYY-MM-DD)');

export const entitySchema = z.strictObject({
  id: entityIdSchema,
  type: z.enum(['Person', 'Organisation', 'Place', 'Topic', 'UnnamedSource']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  subtype: z.string().min(1).nullable().optional(),
  description: z.string().min(1).nullable().optional(),
  wikidataId: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as Q9630').nullable().optional(),
});

export const roleSchema = z.strictObject({
  id: id('rol'),
  personId: id('per'),
  title: z.string().min(1),
  organisationId: id('org').nullable().optional(),
  placeId: id('plc').nullable().optional(),
  current: z.boolean(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
});

export const membershipSchema = z.strictObject({
  memberId: entityIdSchema,
  organisationId: id('org'),
});

export const quoteSchema = z.strictObject({
  id: id('quo'),
  kind: z.enum(['DIRECT', 'INDIRECT', 'MIXED']),
  content: spanSchema,
  cue: spanSchema.nullable(),
  source: spanSchema.nullable(),
  speakerId: entityIdSchema.nullable(),
  aboutIds: z.array(entityIdSchema).default([]),
  topicIds: z.array(id('top')).default([]),
  channel: z.strictObject({ organisationId: id('org'), phrase: spanSchema }).nullable().default(null),
});

export const mentionSchema = z.strictObject({
  entityId: entityIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});

export const factSchema = z.strictObject({
  id: id('fct'),
  kind: z.string().regex(/^[a-z][a-z_]*$/, 'must be a snake_case kind'),
  span: spanSchema,
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  involves: z.array(z.strictObject({ entityId: entityIdSchema, role: z.string().min(1) })).min(1),
});

export const seedFileSchema = z.strictObject({
  article: z.strictObject({
    /** The article text file, relative to the seed file. */
    textFile: z.string().min(1),
    title: z.string().min(1),
    outlet: z.string().min(1).nullable().optional(),
    url: z.string().url().nullable().optional(),
    publishedAt: isoDate.nullable().optional(),
  }),
  entities: z.array(entitySchema),
  roles: z.array(roleSchema).default([]),
  memberships: z.array(membershipSchema).default([]),
  quotes: z.array(quoteSchema).default([]),
  mentions: z.array(mentionSchema).default([]),
  facts: z.array(factSchema).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
