// Several articles' bundles as one, for measuring what writing K articles per transaction
// would gain: entities, roles and memberships shared between articles appear once (aliases
// united), everything per-article is concatenated.

import { emptyBundle } from '../../src/model/bundle.js';
import type { EntityRow, GraphBundle } from '../../src/model/bundle.js';

export function mergeBundles(bundles: GraphBundle[]): GraphBundle {
  const out = emptyBundle();
  const entities = new Map<string, EntityRow>();
  const roles = new Set<string>();
  const memberships = new Set<string>();
  for (const b of bundles) {
    for (const e of b.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases] });
      else seen.aliases = [...new Set([...seen.aliases, ...e.aliases, ...(e.name !== seen.name ? [e.name] : [])])].filter((a) => a !== seen.name);
    }
    for (const r of b.roles) if (!roles.has(r.id)) {
      roles.add(r.id);
      out.roles.push(r);
    }
    for (const m of b.memberships) {
      const key = `${m.memberId}>${m.organisationId}`;
      if (!memberships.has(key)) {
        memberships.add(key);
        out.memberships.push(m);
      }
    }
    out.articles.push(...b.articles);
    out.quotes.push(...b.quotes);
    out.mentions.push(...b.mentions);
    out.facts.push(...b.facts);
  }
  out.entities = [...entities.values()];
  return out;
}
