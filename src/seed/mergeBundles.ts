// Several seed files become one bundle, so a run writes them in one transaction. Files may
// share entities (the same id in two articles): their aliases are unioned. Anything else
// defined twice, or one entity id with two types, is a conflict.
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
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const claim = (kind: string, id: string, file: string) => {
    const owner = owners.get(`${kind}:${id}`);
    if (owner !== undefined && owner !== file) problems.push(`${kind} ${id} is defined in both ${owner} and ${file}`);
    owners.set(`${kind}:${id}`, file);
    return owner === undefined;
  };

  for (const { file, bundle } of parts) {
    for (const e of bundle.entities) {
      const seen = entities.get(e.id);
      if (seen === undefined) entities.set(e.id, { row: e, file });
      else if (seen.row.type !== e.type) problems.push(`entity ${e.id} is a ${seen.row.type} in ${seen.file} but a ${e.type} in ${file}`);
      else seen.row = mergeEntity(seen.row, e);
    }
    for (const a of bundle.articles) if (claim('article', a.id, file)) out.articles.push(a);
    for (const r of bundle.roles) if (claim('role', r.id, file)) out.roles.push(r);
    for (const q of bundle.quotes) if (claim('quote', q.id, file)) out.quotes.push(q);
    for (const f of bundle.facts) if (claim('fact', f.id, file)) out.facts.push(f);
    out.memberships.push(...bundle.memberships);
    out.mentions.push(...bundle.mentions);
  }
  if (problems.length > 0) throw new Error(`seed files conflict, nothing written:\n  ${problems.join('\n  ')}`);
  out.entities = [...entities.values()].map((e) => e.row);
  return out;
}
