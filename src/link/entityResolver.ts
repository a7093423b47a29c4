// Resolving the article's entity clusters to graph entities, or to new ones. Persons with a
// full name go first (they give the context), then surname-only mentions ("Mr Brown"), then
// bare roles ("the Chancellor"). Nothing here deletes or rewrites an existing entity.

import type { ExtractedArticle, ExtractedEntity } from '../extract/types.js';
import type { EntityRow, EntityType, RoleRow, MembershipRow } from '../model/bundle.js';
import { aliasKey } from '../model/names.js';
import { disambiguatedId, entityId, roleId, unnamedSourceId } from './ids.js';
import { PARTIES, ROLE_WORDS, type PartyEntry, type TopicEntry } from './lexicon.js';
import { genderOf, isDescription, isPronoun, namesCompatible, parseName, type Gender, type ParsedName } from './personName.js';
import { isPluralDemonym, looksLikePerson, startsWithOrdinaryWord } from './personEvidence.js';
import { parseRole, partyNamedBy, titleMatches, type ParsedRole } from './roleText.js';
import { clampScore, contextScore, genderConflict, partyConflict, type EntityContext } from './scoring.js';
import type { ArticleMeta, Candidate, CandidateSet } from './types.js';

export interface Resolution {
  id: string;
  type: EntityType;
  score: number;
  created: boolean;
}

/** Last words that make a two-word "name" an organisation or place rather than a person. */
const NON_PERSON_HEADS = new Set([
  'airport', 'party', 'council', 'office', 'group', 'union', 'agency', 'commission', 'committee', 'programme',
  'news', 'times', 'street', 'house', 'university', 'college', 'school', 'hospital', 'bank', 'trust', 'foundation',
  'institute', 'association', 'federation', 'society', 'service', 'services', 'department', 'ministry', 'parliament',
  'assembly', 'government', 'police', 'court', 'essential', 'wall', 'kingdom', 'england', 'scotland', 'wales', 'ireland',
  'europe', 'america', 'states', 'nations', 'forum', 'network', 'campaign', 'league', 'club', 'company', 'limited', 'ltd',
  'plc', 'inc', 'corporation', 'board', 'authority', 'review', 'report', 'act', 'bill', 'treaty', 'budget', 'day', 'week',
  'year', 'prison', 'rights', 'palace', 'hall', 'centre', 'center', 'square', 'road', 'bridge', 'river', 'town', 'city', 'radio', 'tv', 'television', 'channel', 'post', 'mail', 'telegraph', 'guardian', 'observer', 'independent', 'sun', 'mirror', 'express',
  'international', 'watch', 'games', 'uk', 'fellowship', 'standard', 'vote', 'plan', 'country', 'leisure', 'business', 'newsnight',
  // A party, faith or people ends a phrase that describes a group ("the Blair Labour government",
  // "Roman Catholics"), never a person's name.
  'labour', 'tory', 'tories', 'nazi', 'nazis', 'catholics', 'protestants', 'muslims', 'christians', 'jews', 'hindus', 'sikhs',
  'czechs', 'scots', 'britons', 'babes',
]);

const SURNAME_ONLY_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/**
 * The article's full name for a person the graph knows only as "Mr Kilroy Silk" (a hyphenated
 * surname, hyphen lost): "Robert Kilroy Silk", the same words after a given name. Null when the
 * stored name has a given name already or the article's name is not that one plus a given name.
 */
function fullerName(stored: string, primary: ParsedName | null): string | null {
  if (primary === null || primary.role !== null) return null;
  const storedWords = stored.trim().split(/\s+/);
  if (!SURNAME_ONLY_HONORIFICS.has((storedWords[0] ?? '').toLowerCase().replace(/\.$/, ''))) return null;
  const storedKey = aliasKey(stored);
  const words = primary.name.trim().split(/\s+/);
  if (SURNAME_ONLY_HONORIFICS.has((words[0] ?? '').toLowerCase().replace(/\.$/, ''))) return null;
  return primary.words.length === storedKey.split(' ').length + 1 && primary.key.endsWith(` ${storedKey}`) ? primary.name : null;
}

const ENTITY_TYPE: Record<ExtractedEntity['type'], EntityType> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  anonymous: 'UnnamedSource',
};

function uniqueStrings(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

export class EntityResolver {
  readonly created = new Map<string, EntityRow>();
  /** Existing persons with name forms to add: the stored name and aliases plus the new ones. */
  readonly aliasAdditions = new Map<string, EntityRow>();
  readonly roles = new Map<string, RoleRow>();
  readonly memberships = new Map<string, MembershipRow>();
  /** Existing graph entities the article was linked to. */
  readonly linked = new Set<string>();
  private readonly partyIds = new Map<string, string>();
  /** Clusters some quote is attributed to: a speaker is a person or an organisation. */
  private readonly speakers = new Set<ExtractedEntity>();
  /** Surnames of the article's persons that have a full name. */
  private readonly articleSurnames = new Map<string, number>();
  private readonly byId = new Map<string, Candidate>();

  constructor(
    private readonly candidates: CandidateSet,
    private readonly meta: ArticleMeta,
  ) {
    for (const list of [...candidates.byAlias.values(), ...candidates.bySurname.values(), ...candidates.byPrefix.values(), ...candidates.roleHolders.values()]) {
      for (const c of list) this.byId.set(c.id, c);
    }
  }

  candidate(id: string): Candidate | undefined {
    return this.byId.get(id);
  }

  /** Existing entities with any of these alias keys, optionally of one type, best first. */
  byAliasKeys(keys: string[], accept: (c: Candidate) => boolean): Candidate[] {
    const hits = new Map<string, { c: Candidate; n: number }>();
    for (const key of keys) {
      for (const c of this.candidates.byAlias.get(key) ?? []) {
        if (!accept(c)) continue;
        const hit = hits.get(c.id);
        if (hit) hit.n += 1;
        else hits.set(c.id, { c, n: 1 });
      }
    }
    return [...hits.values()].sort((a, b) => b.n - a.n || b.c.articleCount - a.c.articleCount || (a.c.id < b.c.id ? -1 : 1)).map((h) => h.c);
  }

  /**
   * Forms of a confidently linked person's name the graph does not list yet ("Mr Brown"). Only
   * additions: the writer unions aliases and the row repeats the stored name, so nothing is lost.
   */
  private learnAliases(c: Candidate, info: PersonInfo, score: number): void {
    if (c.type !== 'Person') return;
    const fuller = fullerName(c.name, info.primary);
    if (score < 0.85 && fuller === null) return;
    const surname = aliasKey(c.name).split(' ').pop() ?? '';
    const known = new Set([c.name, ...c.aliases, ...(this.aliasAdditions.get(c.id)?.aliases ?? [])]);
    const fresh = info.parsed
      .filter((p) => p.surname === surname && p.words.length <= aliasKey(c.name).split(' ').length && p.role === null)
      .map((p) => p.name)
      .filter((n) => !known.has(n));
    if (fresh.length === 0 && fuller === null) return;
    const row = this.aliasAdditions.get(c.id) ?? { id: c.id, type: c.type, name: c.name, aliases: [...c.aliases], subtype: c.subtype };
    row.aliases = [...new Set([...row.aliases, ...fresh])];
    // The writer keeps the stored name as an alias when the row renames the node.
    if (fuller !== null && row.name === c.name) row.name = fuller;
    this.aliasAdditions.set(c.id, row);
  }

  private useExisting(c: Candidate, score: number): Resolution {
    this.linked.add(c.id);
    return { id: c.id, type: c.type, score: clampScore(score), created: false };
  }

  private create(row: EntityRow, score: number): Resolution {
    const existing = this.created.get(row.id);
    if (existing) {
      existing.aliases = uniqueStrings([...existing.aliases, ...row.aliases, row.name]).filter((a) => a !== existing.name);
    } else {
      row.aliases = uniqueStrings(row.aliases).filter((a) => a !== row.name);
      this.created.set(row.id, row);
    }
    return { id: row.id, type: row.type, score: clampScore(score), created: true };
  }

  private partyInGraph(entry: PartyEntry): Candidate | undefined {
    return this.byAliasKeys([entry.name, ...entry.aliases].map(aliasKey), (c) => c.type === 'Organisation')[0];
  }

  /** The party's id, linking to the graph's node or creating it: call only when the article refers to it. */
  party(entry: PartyEntry): string {
    const known = this.partyIds.get(entry.name);
    if (known) return known;
    const found = this.partyInGraph(entry);
    const id = found
      ? this.useExisting(found, 1).id
      : this.create({ id: entityId('Organisation', entry.name), type: 'Organisation', name: entry.name, aliases: entry.aliases, subtype: 'party' }, 1).id;
    this.partyIds.set(entry.name, id);
    return id;
  }

  /** A lexicon topic: the graph's Topic of that name or alias, else a new one. */
  topic(entry: TopicEntry): string {
    const found = this.byAliasKeys([entry.name, ...entry.aliases].map(aliasKey), (c) => c.type === 'Topic')[0];
    if (found) return this.useExisting(found, 1).id;
    return this.create({ id: entityId('Topic', entry.name), type: 'Topic', name: entry.name, aliases: entry.aliases }, 1).id;
  }

  /** Ids every party has or would get, without creating any. */
  allPartyIds(): Set<string> {
    return new Set(PARTIES.map((p) => this.partyIds.get(p.name) ?? this.partyInGraph(p)?.id ?? entityId('Organisation', p.name)));
  }

  /** An organisation or place by name: the graph's when known, else a new one if it is a proper name. */
  resolveNamed(type: EntityType, name: string, aliases: string[], subtype: string | null): Resolution | null {
    const names = uniqueStrings([name, ...aliases]).filter((n) => !isPronoun(n));
    const keys = names.map(aliasKey).filter((k) => k.length > 0);
    if (type === 'Organisation') {
      const party = PARTIES.find((p) => [p.name, ...p.aliases].map(aliasKey).concat(p.words).some((k) => keys.includes(k)));
      if (party) return { id: this.party(party), type, score: 0.95, created: false };
    }
    // Organisations and places are often typed the other way round by the extractor; topics never.
    const either = (c: Candidate): boolean => c.type === 'Organisation' || c.type === 'Place';
    const found = this.byAliasKeys(keys, (c) => c.type === type)[0] ?? (either({ type } as Candidate) ? this.byAliasKeys(keys, either)[0] : undefined);
    if (found) return this.useExisting(found, found.inArticle ? 1 : 0.9);
    // A new organisation or place needs a proper name: not "Industry Secretary", not "Mr Blair".
    const proper = names
      .map((n) => n.replace(/^the\s+/i, ''))
      .filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 6 && !isDescription(n) && !/^(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Dr)\b/.test(n));
    const canonical = proper.sort((a, b) => b.length - a.length)[0];
    if (canonical === undefined || aliasKey(canonical).length === 0) return null;
    return this.create({ id: entityId(type, canonical), type, name: canonical, aliases: names.filter((n) => n !== canonical), subtype }, 0.8);
  }

  resolveAll(extracted: ExtractedArticle): (Resolution | null)[] {
    for (const q of extracted.quotes) {
      const e = q.speakerEntity == null ? undefined : extracted.entities[q.speakerEntity];
      if (e && q.speakerType !== 'anonymous') this.speakers.add(e);
    }
    const out: (Resolution | null)[] = extracted.entities.map(() => null);
    const context = new Set<string>();
    const allParties = this.allPartyIds();
    // Organisations and places first: they are the context persons are judged by.
    extracted.entities.forEach((e, i) => {
      if (e.type === 'organisation' || e.type === 'place') {
        out[i] = this.resolveNamed(ENTITY_TYPE[e.type], e.name, e.aliases, null);
      }
    });
    for (const r of out) if (r) context.add(r.id);

    const persons = extracted.entities
      .map((e, i) => ({ e, i, info: this.personInfo(e) }))
      .filter((p) => p.e.type === 'person');
    const byStage = (stage: number): typeof persons => persons.filter((p) => p.info.stage === stage);
    for (const p of byStage(0)) this.articleSurnames.set(p.info.primary!.surname, (this.articleSurnames.get(p.info.primary!.surname) ?? 0) + 1);
    // Clusters typed "person" that the graph knows as a place or organisation ("United Kingdom").
    for (const p of persons) {
      if (p.info.parsed.every((n) => n.gender === null)) {
        out[p.i] = this.asKnownNonPerson(p.info);
        if (out[p.i]) {
          context.add(out[p.i]!.id);
          p.info.stage = 3;
        }
      }
    }
    for (const p of byStage(0)) {
      out[p.i] = this.resolveFullName(p.e, p.info, context, allParties);
      if (out[p.i]) context.add(out[p.i]!.id);
    }
    for (const p of byStage(1)) {
      out[p.i] = this.resolveShortName(p.e, p.info, persons, out, context, allParties);
      if (out[p.i]) context.add(out[p.i]!.id);
    }
    for (const p of byStage(2)) {
      out[p.i] = this.resolveRoleOnly(p.info, persons, out, context, allParties);
    }
    extracted.entities.forEach((e, i) => {
      if (e.type === 'anonymous') out[i] = this.resolveUnnamed(e.name, [...context]);
    });
    // Roles and memberships the article states about the persons it named.
    for (const p of persons) {
      const r = out[p.i];
      if (r && r.type === 'Person' && p.info.stage < 2) this.addRoles(r.id, p.info.roles);
    }
    return out;
  }

  personInfo(e: ExtractedEntity): PersonInfo {
    const names = [e.name, ...e.aliases].filter((n) => !isPronoun(n));
    const parsed = names.filter((n) => !isDescription(n)).map(parseName).filter((p) => p.key.length > 0);
    const roleTexts = [...e.roles, ...names.filter(isDescription), ...parsed.map((p) => p.role).filter((r): r is string => r !== null)];
    const roles = roleTexts.map(parseRole).filter((r): r is ParsedRole => r !== null);
    // A title "of" somewhere ("Kinnock of Bedwellty", "Baron Kinnock of Bedwellty") is the name only
    // when the article gives no other: the person is Neil Kinnock.
    const titled = (p: ParsedName): number => Number(p.words.includes('of'));
    const fulls = parsed
      .filter((p) => p.words.length >= 2 && !startsWithOrdinaryWord(p.name))
      .sort((a, b) => titled(a) - titled(b) || b.words.length - a.words.length || b.name.length - a.name.length);
    // "German Chancellor Gerhard Schroeder" beside "Gerhard Schroeder": the shorter is the name. Not
    // "Mr Kilroy Silk" beside "Robert Kilroy Silk": after an honorific two words are one surname.
    const plain = (q: ParsedName): boolean => !q.hasHonorific;
    const full = fulls.find((p) => !fulls.some((q) => q !== p && plain(q) && q.words.length < p.words.length && q.words.length >= 2 && p.key.endsWith(` ${q.key}`))) ?? fulls[0];
    const short = parsed.find((p) => p.surnameOnly) ?? parsed[0];
    const genders = [...names, ...e.mentions.map((m) => m.text)].map(genderOf).filter((g): g is 'male' | 'female' => g !== null);
    const male = genders.filter((g) => g === 'male').length;
    const gender: Gender = genders.length === 0 ? null : male * 2 > genders.length ? 'male' : male * 2 < genders.length ? 'female' : null;
    const stage = full ? 0 : short ? 1 : 2;
    return { names, parsed, primary: full ?? short ?? null, roles, gender, stage, firstMention: Math.min(...e.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER) };
  }

  private entityContext(info: PersonInfo, articleIds: Set<string>, allParties: Set<string>): EntityContext {
    const partyIds = new Set(info.roles.filter((r) => r.party !== null).map((r) => this.party(r.party!)));
    return { articleIds, partyIds, allPartyIds: allParties, roleTitleKeys: info.roles.filter((r) => !r.membershipOnly).map((r) => r.titleKey), gender: info.gender };
  }

  private best(cands: { c: Candidate; base: number }[], ctx: EntityContext): { c: Candidate; score: number; conflict: boolean } | null {
    const max = Math.max(0, ...cands.map((x) => x.c.articleCount));
    const scored = cands
      .filter((x) => !genderConflict(x.c, ctx.gender))
      .map((x) => ({ c: x.c, score: x.base + contextScore(x.c, ctx, max), conflict: partyConflict(x.c, ctx) && !x.c.inArticle }))
      .sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1));
    return scored[0] ?? null;
  }

  /** A "person" cluster the graph knows as an organisation or place ("Heathrow Airport"). */
  private asKnownNonPerson(info: PersonInfo): Resolution | null {
    const keys = info.parsed.map((p) => p.key);
    if (keys.some((k) => (this.candidates.byAlias.get(k) ?? []).some((c) => c.type === 'Person'))) return null;
    const found = this.byAliasKeys(keys, (c) => c.type === 'Organisation' || c.type === 'Place')[0];
    return found ? this.useExisting(found, 0.7) : null;
  }

  private resolveFullName(e: ExtractedEntity, info: PersonInfo, articleIds: Set<string>, allParties: Set<string>): Resolution | null {
    const primary = info.primary!;
    // Names that read as an organisation or place are not made into people.
    if (NON_PERSON_HEADS.has(primary.words[primary.words.length - 1] ?? '') || isPluralDemonym(primary.name.split(/\s+/).pop() ?? '')) return null;
    const ctx = this.entityContext(info, articleIds, allParties);
    const cands = new Map<string, { c: Candidate; base: number }>();
    for (const c of this.candidates.byAlias.get(primary.key) ?? []) if (c.type === 'Person') cands.set(c.id, { c, base: 0.85 });
    for (const c of this.candidates.bySurname.get(primary.surname) ?? []) {
      if (c.type !== 'Person' || cands.has(c.id)) continue;
      const keys = [c.name, ...c.aliases].map(aliasKey).filter((k) => k.split(' ').length >= 2);
      if (keys.some((k) => namesCompatible(primary.key, k))) cands.set(c.id, { c, base: 0.7 });
    }
    // "Lord Kinnock of Bedwellty" is the Kinnock the graph knows, if it knows one.
    if (primary.territorial !== null) {
      for (const c of this.candidates.bySurname.get(primary.territorial) ?? []) {
        if (c.type === 'Person' && !cands.has(c.id) && aliasKey(c.name).split(' ').pop() === primary.territorial) cands.set(c.id, { c, base: 0.6 });
      }
    }
    const best = this.best([...cands.values()], ctx);
    if (best && !best.conflict) {
      this.learnAliases(best.c, info, best.score);
      return this.useExisting(best.c, best.score);
    }
    // Keep only forms that are plainly this person's name, so a mis-clustered mention cannot
    // give the new node somebody else's alias.
    if (!looksLikePerson(e, primary.name, this.speakers.has(e), info.roles.length > 0)) return null;
    // "the Blair Brown rift" beside Tony Blair and Gordon Brown: two surnames, not a person.
    if (primary.words.length === 2 && (this.articleSurnames.get(primary.words[0] ?? '') ?? 0) > 0 && (this.articleSurnames.get(primary.surname) ?? 0) > 1) return null;
    const aliases = info.parsed
      .filter((p) => (p.surname === primary.surname && p.words.length <= primary.words.length) || (p.firstNameOnly && p.key === primary.words[0]))
      .map((p) => p.name);
    const plainId = entityId('Person', primary.name);
    // Only a different person of the same name gets a suffix: the context told them apart.
    const id = best && cands.has(plainId) ? disambiguatedId('Person', primary.name, this.meta.id) : plainId;
    return this.create({ id, type: 'Person', name: primary.name, aliases }, 0.8);
  }

  private resolveShortName(
    e: ExtractedEntity,
    info: PersonInfo,
    persons: { e: ExtractedEntity; i: number; info: PersonInfo }[],
    out: (Resolution | null)[],
    articleIds: Set<string>,
    allParties: Set<string>,
  ): Resolution | null {
    const primary = info.primary!;
    // A surname already given in full earlier in the article: the nearest such person before it.
    if (primary.surnameOnly) {
      const same = persons
        .filter((p) => p.info.stage === 0 && p.info.primary!.surname === primary.surname && out[p.i])
        .filter((p) => info.gender === null || p.info.gender === null || p.info.gender === info.gender)
        .sort((a, b) => {
          const da = a.info.firstMention <= info.firstMention ? info.firstMention - a.info.firstMention : Number.MAX_SAFE_INTEGER / 2 + a.info.firstMention;
          const db = b.info.firstMention <= info.firstMention ? info.firstMention - b.info.firstMention : Number.MAX_SAFE_INTEGER / 2 + b.info.firstMention;
          return da - db;
        });
      const first = same[0] && out[same[0].i];
      if (first) return { ...first, score: 0.9, created: false };
    }
    if (primary.firstNameOnly) {
      const same = persons.filter((p) => p.info.stage === 0 && p.info.primary!.words[0] === primary.key && out[p.i]);
      const first = same.length === 1 ? out[same[0]!.i] : null;
      if (first) return { ...first, score: 0.85, created: false };
    }
    const ctx = this.entityContext(info, articleIds, allParties);
    const cands = new Map<string, { c: Candidate; base: number }>();
    for (const c of this.candidates.byAlias.get(primary.key) ?? []) if (c.type === 'Person') cands.set(c.id, { c, base: 0.6 });
    if (primary.surnameOnly) {
      for (const c of this.candidates.bySurname.get(primary.surname) ?? []) {
        if (c.type === 'Person' && !cands.has(c.id) && aliasKey(c.name).split(' ').pop() === primary.surname) cands.set(c.id, { c, base: 0.5 });
      }
    }
    const best = this.best([...cands.values()], ctx);
    if (best && !best.conflict && best.score >= 0.4) {
      this.learnAliases(best.c, info, best.score);
      return this.useExisting(best.c, best.score);
    }
    return null;
  }

  private resolveRoleOnly(
    info: PersonInfo,
    persons: { e: ExtractedEntity; i: number; info: PersonInfo }[],
    out: (Resolution | null)[],
    articleIds: Set<string>,
    allParties: Set<string>,
  ): Resolution | null {
    const roles = info.roles.filter((r) => !r.former && !r.membershipOnly);
    if (roles.length === 0) return null;
    const fits = (r: ParsedRole, other: ParsedRole): boolean =>
      (r.titleKey === other.titleKey || titleMatches(other.title, r.titleKey)) && (r.party === null || other.party === null || r.party === other.party);
    const inArticle = persons.filter((p) => p.info.stage < 2 && out[p.i] && roles.some((r) => p.info.roles.some((o) => !o.former && fits(r, o))));
    if (inArticle.length === 1) return { ...out[inArticle[0]!.i]!, score: 0.85, created: false };
    if (this.meta.publishedAt == null) return null;
    const ctx = this.entityContext(info, articleIds, allParties);
    const cands = new Map<string, { c: Candidate; base: number }>();
    for (const r of roles) {
      for (const c of this.candidates.roleHolders.get(r.titleKey) ?? []) {
        if (c.type === 'Person' && !partyConflict(c, ctx)) cands.set(c.id, { c, base: 0.6 });
      }
    }
    const best = this.best([...cands.values()], ctx);
    return best ? this.useExisting(best.c, best.score) : null;
  }

  /** An unnamed source: one node per article and description, MEMBER_OF the organisation it names. */
  resolveUnnamed(description: string, articleIds: string[]): Resolution {
    const text = description.trim();
    const key = aliasKey(text);
    const same = (this.candidates.byAlias.get(key) ?? []).find((c) => c.type === 'UnnamedSource' && c.inArticle);
    if (same) return this.useExisting(same, 0.9);
    const id = unnamedSourceId(this.meta.id, text);
    const res = this.create({ id, type: 'UnnamedSource', name: text, aliases: [] }, 0.8);
    const org = this.organisationNamedIn(text, articleIds);
    if (org) this.memberships.set(`${id}>${org}`, { memberId: id, organisationId: org });
    return res;
  }

  private organisationNamedIn(description: string, articleIds: string[]): string | null {
    const party = partyNamedBy(description);
    if (party) return this.party(party);
    const words = aliasKey(description).split(' ');
    const grams: string[] = [];
    for (let n = Math.min(4, words.length); n >= 2; n -= 1) {
      for (let i = 0; i + n <= words.length; i += 1) grams.push(words.slice(i, i + n).join(' '));
    }
    const namesOf = (id: string): string[] => {
      const row = this.created.get(id) ?? this.byId.get(id);
      return row && row.type === 'Organisation' ? [row.name, ...row.aliases].map(aliasKey) : [];
    };
    // "a Red Wall MP" names the article's "Red Wall group"; "Downing Street sources" names "Downing Street".
    for (const id of articleIds) {
      if (namesOf(id).some((k) => grams.some((g) => k === g || k.startsWith(`${g} `)))) return id;
    }
    for (const word of description.split(/\s+/)) {
      const k = aliasKey(word);
      if (!/^\p{Lu}/u.test(word) || k.length < 2 || ROLE_WORDS.has(k)) continue;
      const hit = (this.candidates.byAlias.get(k) ?? []).filter((c) => c.type === 'Organisation');
      if (hit.length === 1) return this.useExisting(hit[0]!, 1).id;
    }
    for (const g of grams) {
      const exact = (this.candidates.byAlias.get(g) ?? []).filter((c) => c.type === 'Organisation');
      const found = exact.length > 0 ? exact : (this.candidates.byPrefix.get(g) ?? []);
      if (found.length === 1) return this.useExisting(found[0]!, 1).id;
    }
    return null;
  }

  addRoles(personId: string, roles: ParsedRole[]): void {
    const existing = this.byId.get(personId);
    for (const role of roles) {
      if (role.former) continue;
      const partyId = role.party ? this.party(role.party) : null;
      if (partyId) this.memberships.set(`${personId}>${partyId}`, { memberId: personId, organisationId: partyId });
      if (role.membershipOnly) continue;
      if (existing && existing.roles.some((r) => titleMatches(r.title, role.titleKey))) continue;
      let organisationId = partyId;
      if (role.organisationName !== null) {
        organisationId = this.byAliasKeys([aliasKey(role.organisationName)], (c) => c.type === 'Organisation')[0]?.id
          ?? [...this.created.values()].find((r) => r.type === 'Organisation' && [r.name, ...r.aliases].some((n) => aliasKey(n) === aliasKey(role.organisationName!)))?.id
          ?? organisationId;
      }
      let placeId: string | null = null;
      if (role.placeName !== null) {
        const place = this.resolveNamed('Place', role.placeName, [], 'constituency');
        placeId = place?.type === 'Place' ? place.id : null;
      }
      const id = roleId(personId, role.title, organisationId ?? placeId);
      if (!this.roles.has(id)) {
        this.roles.set(id, { id, personId, title: role.title, organisationId, placeId, current: false, startDate: null, endDate: null });
      }
    }
  }
}

export interface PersonInfo {
  names: string[];
  parsed: ParsedName[];
  primary: ParsedName | null;
  roles: ParsedRole[];
  gender: Gender;
  /** 0: has a full name; 1: a single name ("Mr Brown", "Sir Keir"); 2: a role only ("the Chancellor"); 3: not a person after all. */
  stage: 0 | 1 | 2 | 3;
  firstMention: number;
}
