// Resolving a name-or-id argument to the one entity it names.
import type { ApiContext } from '../loaders.js';
import type { EntityRecord } from '../records.js';
import { entitiesByIds, entitiesByKey, type EntityLabel } from '../queries/entities.js';
import { ambiguousName, badInput } from '../errors.js';
import { idArg, nameKey } from '../names.js';
import { entityType } from './entity-type.js';

export interface NameOrId {
  name?: string | null;
  id?: string | null;
}

export async function oneEntity(ctx: ApiContext, args: NameOrId, label: EntityLabel | null): Promise<EntityRecord | null> {
  if ((args.name == null) === (args.id == null)) throw badInput('Give exactly one of name or id.');
  if (args.id != null) {
    const found = (await entitiesByIds(ctx.reader, [idArg('id', args.id)])).get(args.id) ?? null;
    return found && (label === null || found.labels.includes(label)) ? found : null;
  }
  const name = args.name as string;
  const candidates = await entitiesByKey(ctx.reader, nameKey('name', name), label);
  if (candidates.length > 1) {
    throw ambiguousName(
      'name',
      name,
      candidates.map((c) => ({ id: c.id, name: c.name, type: entityType(c) })),
    );
  }
  return candidates[0] ?? null;
}
