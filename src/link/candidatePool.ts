// Candidates of a batch of articles held in memory, answering each article's lookup as the
// Neo4j index would, and seeing what the batch's earlier articles created (an overlay): so
// article 2 links to the person article 1 introduced instead of creating a second one, though
// nothing of the batch is written yet.

import type { GraphBundle } from '../model/bundle.js';
import { aliasKey } from '../model/names.js';
import { titleMatches } from './roleText.js';
import type { Candidate, CandidateQuery, CandidateRole, CandidateSet, EntityIndex } from './types.js';

/** The Neo4j lookup keeps this many co-mentioned entities per candidate. */
export const CO_MENTIONED_MAX = 40;

function validAt(role: CandidateRole, date: string): boolean {
  if (!role.current && role.startDate === null && role.endDate === null) return false;
  return (role.startDate === null || role.startDate <= date) && (role.endDate === null || role.endDate >= date);
}

function add(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  if (ids) ids.add(id);
  else index.set(key, new Set([id]));
}

export class CandidatePool implements EntityIndex {
  private readonly byId = new Map<string, Candidate>();
  /** Alias key -> entity ids, as the Alias nodes index them. */
  private readonly aliasIndex = new Map<string, Set<string>>();
  /** Word suffix of a person's alias key ("brown" of "gordon brown") -> person ids. */
  private readonly surnameIndex = new Map<string, Set<string>>();
  /** Proper word prefix of an organisation's alias key ("red wall" of "red wall caucus") -> ids. */
  private readonly prefixIndex = new Map<string, Set<string>>();

  constructor(candidates: readonly Candidate[]) {
    for (const c of candidates) this.put(c);
  }

  /**
   * This pool's current view of the given entities (copies): what a later batch's lookup would
   * read once this batch is written, to lay over a lookup that ran before the write committed.
   */
  carried(ids: Iterable<string>): Candidate[] {
    const out: Candidate[] = [];
    for (const id of new Set(ids)) {
      const c = this.byId.get(id);
      if (c) out.push({ ...c });
    }
    return out;
  }

  get size(): number {
    return this.byId.size;
  }

  private put(c: Candidate): void {
    this.byId.set(c.id, c);
    this.indexNames(c, [c.name, ...c.aliases]);
  }

  private indexNames(c: Candidate, names: string[]): void {
    for (const name of names) {
      const key = aliasKey(name);
      if (key === '') continue;
      add(this.aliasIndex, key, c.id);
      const words = key.split(' ');
      if (c.type === 'Person') for (let i = 0; i < words.length; i += 1) add(this.surnameIndex, words.slice(i).join(' '), c.id);
      if (c.type === 'Organisation') for (let n = 1; n < words.length; n += 1) add(this.prefixIndex, words.slice(0, n).join(' '), c.id);
    }
  }

  private found(ids: Set<string> | undefined): Candidate[] {
    if (!ids) return [];
    return [...ids].sort().map((id) => this.byId.get(id)).filter((c): c is Candidate => c !== undefined);
  }

  async lookup(query: CandidateQuery): Promise<CandidateSet> {
    return this.lookupNow(query);
  }

  lookupNow(query: CandidateQuery): CandidateSet {
    const set: CandidateSet = { byAlias: new Map(), bySurname: new Map(), byPrefix: new Map(), roleHolders: new Map() };
    const fill = (into: Map<string, Candidate[]>, keys: string[], index: Map<string, Set<string>>): void => {
      for (const key of keys) {
        const hits = this.found(index.get(key));
        if (hits.length > 0) into.set(key, hits);
      }
    };
    fill(set.byAlias, query.aliasKeys, this.aliasIndex);
    fill(set.bySurname, query.surnames, this.surnameIndex);
    fill(set.byPrefix, query.organisationPrefixes, this.prefixIndex);
    if (query.date !== null && query.roleTitles.length > 0) {
      const date = query.date;
      const holders = [...this.byId.values()].filter((c) => c.type === 'Person' && c.roles.length > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const t of query.roleTitles) {
        const hits = holders.filter((c) => c.roles.some((r) => validAt(r, date) && titleMatches(r.title, t)));
        if (hits.length > 0) set.roleHolders.set(t, hits);
      }
    }
    return set;
  }

  /**
   * What writing this (linked, not yet written) bundle will change for later lookups: new
   * entities, names and roles as the writer merges them, and the article counts and co-mentions
   * the scoring reads.
   */
  apply(bundle: GraphBundle): void {
    for (const row of bundle.entities) {
      const known = this.byId.get(row.id);
      if (!known) {
        this.put({
          id: row.id, type: row.type, name: row.name, aliases: [...new Set(row.aliases.filter((a) => a !== row.name))], subtype: row.subtype ?? null,
          roles: [], memberOf: [], articleCount: 0, coMentioned: [], inArticle: false,
        });
        continue;
      }
      // As statements.mergeEntities: the row's name wins, an earlier different name stays an alias.
      const names = [...known.aliases, ...(known.name === row.name ? [] : [known.name]), ...row.aliases].filter((a) => a !== row.name);
      known.name = row.name;
      known.aliases = [...new Set(names)];
      known.subtype = row.subtype ?? known.subtype;
      this.indexNames(known, [row.name, ...row.aliases]);
    }
    for (const role of bundle.roles) {
      const person = this.byId.get(role.personId);
      if (!person) continue;
      const next: CandidateRole = {
        id: role.id, title: role.title, organisationId: role.organisationId ?? null, placeId: role.placeId ?? null,
        current: role.current, startDate: role.startDate ?? null, endDate: role.endDate ?? null,
      };
      person.roles = [...person.roles.filter((r) => r.id !== role.id), next];
      if (next.organisationId !== null && !person.memberOf.includes(next.organisationId)) person.memberOf = [...person.memberOf, next.organisationId];
    }
    for (const m of bundle.memberships) {
      const member = this.byId.get(m.memberId);
      if (member && !member.memberOf.includes(m.organisationId)) member.memberOf = [...member.memberOf, m.organisationId];
    }
    this.count(bundle);
  }

  // The Neo4j lookup counts every entity's MENTIONS, SAID_BY and ON_TOPIC relationships (a degree
  // read), and a person's co-mentions over its newest articles.
  private count(bundle: GraphBundle): void {
    const mentioned = new Set(bundle.mentions.map((m) => m.entityId));
    const persons = new Set([...mentioned, ...bundle.quotes.map((q) => q.speakerId).filter((id): id is string => id !== null)]);
    for (const id of persons) {
      const c = this.byId.get(id);
      if (c?.type !== 'Person') continue;
      const others = [...mentioned].filter((o) => o !== id && !c.coMentioned.includes(o)).sort();
      if (c.coMentioned.length < CO_MENTIONED_MAX) c.coMentioned = [...c.coMentioned, ...others].slice(0, CO_MENTIONED_MAX);
    }
    const degree = (id: string): void => {
      const c = this.byId.get(id);
      if (c) c.articleCount += 1;
    };
    for (const m of bundle.mentions) degree(m.entityId);
    for (const q of bundle.quotes) {
      if (q.speakerId !== null) degree(q.speakerId);
      for (const t of q.topicIds) degree(t);
    }
  }
}
