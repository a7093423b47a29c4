// Entity lookups by alias key or id, and the lists hanging off an entity (roles, members).
import type { Reader } from '../reader.js';
import type { EntityRecord, RoleRecord } from '../records.js';
import { entityMap, roleMap } from './projections.js';

export type EntityLabel = 'Person' | 'Organisation' | 'Place' | 'Topic' | 'UnnamedSource';

// Best known first: the entity with the most quotes and mentions is the likelier meaning.
const BY_KEY = `MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)
WHERE $label IS NULL OR $label IN labels(e)
WITH DISTINCT e
RETURN ${entityMap('e')} AS entity
ORDER BY COUNT { (e)<-[:SAID_BY|ABOUT|MENTIONS]-() } DESC, e.name, e.id`;

/** Every entity one of whose names has this alias key, optionally of one type only. */
export async function entitiesByKey(reader: Reader, key: string, label: EntityLabel | null): Promise<EntityRecord[]> {
  const rows = await reader.read(BY_KEY, { key, label });
  return rows.map((r) => r['entity'] as EntityRecord);
}

/** An entity with its roles, for lookups whose selection asks for the roles. */
export interface EntityWithRoles {
  entity: EntityRecord;
  roles: RoleRecord[];
}

const ROLE_ORDER = `coalesce(r.current, false) DESC, coalesce(toString(r.startDate), '') DESC, r.title, r.id`;

// The same roles, in the same order, as ROLE_STATEMENTS, fetched in the lookup itself so that
// person(name:) { roles } is one round trip instead of a lookup and then a roles batch.
const rolesOfEntity = (owner: RoleOwner): string => `CALL (e) {
  ${ROLE_MATCH_FROM_E[owner]}
  WITH r ORDER BY ${ROLE_ORDER}
  RETURN collect(${roleMap('r')}) AS roles
}`;

const BY_KEY_WITH_ROLES = (owner: RoleOwner): string => `MATCH (:Alias {key: $key})-[:NAMES]->(e:Entity)
WHERE $label IN labels(e)
WITH DISTINCT e
${rolesOfEntity(owner)}
RETURN ${entityMap('e')} AS entity, roles
ORDER BY COUNT { (e)<-[:SAID_BY|ABOUT|MENTIONS]-() } DESC, e.name, e.id`;

const BY_ID_WITH_ROLES = (owner: RoleOwner): string => `MATCH (e:Entity {id: $id})
WHERE $label IN labels(e)
${rolesOfEntity(owner)}
RETURN ${entityMap('e')} AS entity, roles`;

const OWNER_LABEL: Record<RoleOwner, EntityLabel> = { person: 'Person', organisation: 'Organisation', place: 'Place' };

/** Like entitiesByKey for one type, each entity with its roles, in one query. */
export async function entitiesWithRolesByKey(reader: Reader, key: string, owner: RoleOwner): Promise<EntityWithRoles[]> {
  const rows = await reader.read(BY_KEY_WITH_ROLES_STATEMENTS[owner], { key, label: OWNER_LABEL[owner] });
  return rows.map((r) => ({ entity: r['entity'] as EntityRecord, roles: r['roles'] as RoleRecord[] }));
}

/** The entity of this id and type with its roles, in one query; null when there is none. */
export async function entityWithRolesById(reader: Reader, id: string, owner: RoleOwner): Promise<EntityWithRoles | null> {
  const rows = await reader.read(BY_ID_WITH_ROLES_STATEMENTS[owner], { id, label: OWNER_LABEL[owner] });
  const row = rows[0];
  return row ? { entity: row['entity'] as EntityRecord, roles: row['roles'] as RoleRecord[] } : null;
}

const BY_IDS = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${entityMap('e')} AS entity`;

export async function entitiesByIds(reader: Reader, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await reader.read(BY_IDS, { ids });
  return new Map(rows.map((r) => {
    const e = r['entity'] as EntityRecord;
    return [e.id, e];
  }));
}

/** Which end of a role an entity is on. */
export type RoleOwner = 'person' | 'organisation' | 'place';

const ROLE_MATCH: Record<RoleOwner, string> = {
  person: 'MATCH (:Person {id: id})-[:HOLDS]->(r:Role)',
  organisation: 'MATCH (:Organisation {id: id})<-[:IN_ORGANISATION]-(r:Role)',
  place: 'MATCH (:Place {id: id})<-[:FOR_PLACE]-(r:Role)',
};

const ROLE_STATEMENTS = Object.fromEntries(
  (Object.keys(ROLE_MATCH) as RoleOwner[]).map((owner) => [
    owner,
    `UNWIND $ids AS id
${ROLE_MATCH[owner]}
WITH id, r ORDER BY ${ROLE_ORDER}
RETURN id, collect(${roleMap('r')}) AS roles`,
  ]),
) as Record<RoleOwner, string>;

const ROLE_MATCH_FROM_E: Record<RoleOwner, string> = {
  person: 'MATCH (e)-[:HOLDS]->(r:Role)',
  organisation: 'MATCH (e)<-[:IN_ORGANISATION]-(r:Role)',
  place: 'MATCH (e)<-[:FOR_PLACE]-(r:Role)',
};

const OWNERS: RoleOwner[] = ['person', 'organisation', 'place'];
const BY_KEY_WITH_ROLES_STATEMENTS = Object.fromEntries(OWNERS.map((o) => [o, BY_KEY_WITH_ROLES(o)])) as Record<RoleOwner, string>;
const BY_ID_WITH_ROLES_STATEMENTS = Object.fromEntries(OWNERS.map((o) => [o, BY_ID_WITH_ROLES(o)])) as Record<RoleOwner, string>;

export async function rolesOf(reader: Reader, owner: RoleOwner, ids: readonly string[]): Promise<RoleRecord[][]> {
  const rows = await reader.read(ROLE_STATEMENTS[owner], { ids });
  const byId = new Map(rows.map((r) => [r['id'] as string, r['roles'] as RoleRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

const MEMBER_OF = `UNWIND $ids AS id
MATCH (:Entity {id: id})-[:MEMBER_OF]->(o:Organisation)
WITH id, o ORDER BY o.name, o.id
RETURN id, collect(${entityMap('o')}) AS list`;

const MEMBERS = `UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[:MEMBER_OF]-(m:Entity)
WITH id, m ORDER BY m.name, m.id
RETURN id, collect(${entityMap('m')}) AS list`;

/** Organisations each entity is a member of ('memberOf') or members of each organisation ('members'). */
export async function membership(
  reader: Reader,
  direction: 'memberOf' | 'members',
  ids: readonly string[],
): Promise<EntityRecord[][]> {
  const rows = await reader.read(direction === 'memberOf' ? MEMBER_OF : MEMBERS, { ids });
  const byId = new Map(rows.map((r) => [r['id'] as string, r['list'] as EntityRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}
