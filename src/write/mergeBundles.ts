// Several articles' bundles as one, to write a batch of articles in one transaction with the
// same result as writing them one after another: an entity or role met in several bundles is
// one row (the later row's fields win, names united as the writer unites them), memberships
// appear once, everything per article is concatenated in order.

import { emptyBundle, type EntityRow, type GraphBundle, type RoleRow } from '../model/bundle.js';

function mergeEntity(earlier: EntityRow, later: EntityRow): EntityRow {
  const names = [...earlier.aliases, ...(earlier.name === later.name ? [] : [earlier.name]), ...later.aliases].filter((a) => a !== later.name);
  return {
    ...later,
    aliases: [...new Set(names)],
    subtype: later.subtype ?? earlier.subtype ?? null,
    description: later.description ?? earlier.description ?? null,
    wikidataId: later.wikidataId ?? earlier.wikidataId ?? null,
  };
}

export function mergeBundles(bundles: readonly GraphBundle[]): GraphBundle {
  const out = emptyBundle();
  const entities = new Map<string, EntityRow>();
  const roles = new Map<string, RoleRow>();
  const memberships = new Set<string>();
  for (const b of bundles) {
    for (const e of b.entities) {
      const seen = entities.get(e.id);
      entities.set(e.id, seen ? mergeEntity(seen, e) : { ...e, aliases: [...e.aliases] });
    }
    for (const r of b.roles) roles.set(r.id, r);
    for (const m of b.memberships) {
      const key = `${m.memberId}\u0000${m.organisationId}`;
      if (memberships.has(key)) continue;
      memberships.add(key);
      out.memberships.push(m);
    }
    out.articles.push(...b.articles);
    out.quotes.push(...b.quotes);
    out.mentions.push(...b.mentions);
    out.facts.push(...b.facts);
  }
  out.entities = [...entities.values()];
  out.roles = [...roles.values()];
  return out;
}
