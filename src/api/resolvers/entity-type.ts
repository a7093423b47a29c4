// The concrete GraphQL type of an entity, from its Neo4j labels.
import type { EntityRecord } from '../records.js';

const TYPES = ['Person', 'Organisation', 'Place', 'Topic', 'UnnamedSource'] as const;
export type EntityTypeName = (typeof TYPES)[number];

export function entityType(entity: Pick<EntityRecord, 'labels'>): EntityTypeName {
  const type = TYPES.find((t) => entity.labels.includes(t));
  // Every entity node carries one of these labels (docs/ARCHITECTURE.md); anything else is a data bug.
  if (!type) throw new Error(`entity has no known type label: ${entity.labels.join(', ')}`);
  return type;
}
