// Resolving a name-or-id argument to the one entity it names.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../loaders.js';
import type { EntityRecord } from '../records.js';
import {
  entitiesByIds,
  entitiesByKey,
  entitiesWithRolesByKey,
  entityWithRolesById,
  type EntityLabel,
  type EntityWithRoles,
  type RoleOwner,
} from '../queries/entities.js';
import { ambiguousName, badInput } from '../errors.js';
import { idArg, nameKey } from '../names.js';
import { entityType } from './entity-type.js';
import { selectsField } from '../selection.js';

export interface NameOrId {
  name?: string | null;
  id?: string | null;
}

const ROLE_OWNERS: Partial<Record<EntityLabel, RoleOwner>> = { Person: 'person', Organisation: 'organisation' };

export async function oneEntity(
  ctx: ApiContext,
  args: NameOrId,
  label: EntityLabel | null,
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<EntityRecord | null> {
  if ((args.name == null) === (args.id == null)) throw badInput('Give exactly one of name or id.');
  const owner = label === null ? undefined : ROLE_OWNERS[label];
  if (owner && info && selectsField(info, 'roles')) return oneEntityWithRoles(ctx, args, owner);
  if (args.id != null) {
    const found = (await entitiesByIds(ctx.reader, [idArg('id', args.id)])).get(args.id) ?? null;
    return found && (label === null || found.labels.includes(label)) ? found : null;
  }
  return onlyCandidate(args.name as string, await entitiesByKey(ctx.reader, nameKey('name', args.name as string), label));
}

// The roles come with the lookup and go into the request's roles loader, so the roles field
// resolves without a second round trip.
async function oneEntityWithRoles(ctx: ApiContext, args: NameOrId, owner: RoleOwner): Promise<EntityRecord | null> {
  let found: EntityWithRoles | null;
  if (args.id != null) {
    found = await entityWithRolesById(ctx.reader, idArg('id', args.id), owner);
  } else {
    const name = args.name as string;
    const candidates = await entitiesWithRolesByKey(ctx.reader, nameKey('name', name), owner);
    const entity = onlyCandidate(name, candidates.map((c) => c.entity));
    found = candidates.find((c) => c.entity === entity) ?? null;
  }
  if (!found) return null;
  ctx.loaders.roles[owner].prime(found.entity.id, found.roles);
  return found.entity;
}

function onlyCandidate(name: string, candidates: EntityRecord[]): EntityRecord | null {
  if (candidates.length > 1) {
    throw ambiguousName(
      'name',
      name,
      candidates.map((c) => ({ id: c.id, name: c.name, type: entityType(c) })),
    );
  }
  return candidates[0] ?? null;
}
