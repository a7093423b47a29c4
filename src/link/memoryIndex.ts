// An EntityIndex over candidates held in memory: the same lookup rules as the Neo4j index,
// for tests of the pure linker and for dry runs without a database.

import { aliasKey } from '../model/names.js';
import { titleMatches } from './roleText.js';
import type { Candidate, CandidateQuery, CandidateRole, CandidateSet, EntityIndex } from './types.js';

function validAt(role: CandidateRole, date: string): boolean {
  if (!role.current && role.startDate === null && role.endDate === null) return false;
  return (role.startDate === null || role.startDate <= date) && (role.endDate === null || role.endDate >= date);
}

export class MemoryEntityIndex implements EntityIndex {
  constructor(private readonly entities: Candidate[]) {}

  async lookup(query: CandidateQuery): Promise<CandidateSet> {
    const set: CandidateSet = { byAlias: new Map(), bySurname: new Map(), byPrefix: new Map(), roleHolders: new Map() };
    const keysOf = (c: Candidate): string[] => [c.name, ...c.aliases].map(aliasKey);
    for (const key of query.aliasKeys) {
      const hits = this.entities.filter((c) => keysOf(c).includes(key));
      if (hits.length > 0) set.byAlias.set(key, hits);
    }
    for (const s of query.surnames) {
      const hits = this.entities.filter((c) => c.type === 'Person' && keysOf(c).some((k) => k === s || k.endsWith(` ${s}`)));
      if (hits.length > 0) set.bySurname.set(s, hits);
    }
    for (const p of query.organisationPrefixes) {
      const hits = this.entities.filter((c) => c.type === 'Organisation' && keysOf(c).some((k) => k.startsWith(`${p} `)));
      if (hits.length > 0) set.byPrefix.set(p, hits);
    }
    if (query.date !== null) {
      const date = query.date;
      for (const t of query.roleTitles) {
        const hits = this.entities.filter((c) => c.type === 'Person' && c.roles.some((r) => validAt(r, date) && titleMatches(r.title, t)));
        if (hits.length > 0) set.roleHolders.set(t, hits);
      }
    }
    return set;
  }
}
