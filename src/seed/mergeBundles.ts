// Several seed files become one bundle, so a run writes them in one transaction. Files may
// share entities (the same id in two articles): their aliases are unioned. Other records
// defined twice must be identical; one entity id with two types is a conflict.
import type { EntityRow, GraphBundle } from '../model/bundle.js';
import { emptyBundle } from '../model/bundle.js';

export interface NamedBundle {
  file: string;
  bundle: GraphBundle;
}

function mergeEntity(a: EntityRow, b: EntityRow): EntityRow {
  return {
    ...a,
    aliases: [...new Set([...a.aliases, ...(b.name !== a.name ? [b.name] : []), ...b.aliases])],
    subtype: a.subtype ?? b.subtype ?? null,
    description: a.description ?? b.description ?? null,
    wikidataId: a.wikidataId ?? b.wikidataId ?? null,
  };
}

export function mergeBundles(parts: NamedBundle[]): GraphBundle {
  const out = emptyBundle();
  const entities = new Map<string, { row: EntityRow; file: string }>();
  const owners = new Map<string, { file: string; json: string }>();
  const problems: string[] = [];
  // A record defined again with identical content (a shared role, the same file twice) is
  // written once; the same id with different content is a conflict.
  const claim = (kind: string, id: string, file: string, record: unknown) => {
    const json = JSON.stringify(record);
    const owner = owners.get(`${kind}:${id}`);
    if (owner === undefined) {
      owners.set(`${kind}:${id}`, { file, json });
      return true;
    }
    if (owner.json !== json) problems.push(`${kind} ${id} differs between ${owner.file} and ${file}`);
    return false;
  };
  const membershipKeys = new Set<string>();
  const mentionKeys = new Set<string>();

  for (const { file, bundle } of parts) {
    for (const e of bundle.entities) {
      const seen = entities.get(e.id);
      if (seen === undefined) entities.set(e.id, { row: e, file });
      else if (seen.row.type !== e.type) problems.push(`entity ${e.id} is typed ${seen.row.type} in ${seen.file} but ${e.type} in ${file}`);
      else seen.row = mergeEntity(seen.row, e);
    }
    for (const a of bundle.articles) if (claim('article', a.id, file, a)) out.articles.push(a);
    for (const r of bundle.roles) if (claim('role', r.id, file, r)) out.roles.push(r);
    for (const q of bundle.quotes) if (claim('quote', q.id, file, q)) out.quotes.push(q);
    for (const f of bundle.facts) if (claim('fact', f.id, file, f)) out.facts.push(f);
    for (const m of bundle.memberships) {
      const key = `${m.memberId}\u0000${m.organisationId}`;
      if (!membershipKeys.has(key)) out.memberships.push(m);
      membershipKeys.add(key);
    }
    for (const m of bundle.mentions) {
      const key = `${m.articleId}\u0000${m.entityId}\u0000${m.start}\u0000${m.end}`;
      if (!mentionKeys.has(key)) out.mentions.push(m);
      mentionKeys.add(key);
    }
  }
  if (problems.length > 0) throw new Error(`seed files conflict, nothing written:\n  ${problems.join('\n  ')}`);
  out.entities = [...entities.values()].map((e) => e.row);
  return out;
}
