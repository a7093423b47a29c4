// The linker's view of the graph: candidates looked up by alias key, surname and role title.
// The pure linker only sees these rows, so it can be tested with in-memory data and run
// against Neo4j through one batched read per article.

import type { EntityType } from '../model/bundle.js';

export interface ArticleMeta {
  id: string;
  title: string;
  text: string;
  sha256: string;
  url?: string | null;
  outlet?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; null when unknown. */
  publishedAt?: string | null;
}

export interface CandidateRole {
  id: string;
  title: string;
  organisationId: string | null;
  placeId: string | null;
  current: boolean;
  startDate: string | null;
  endDate: string | null;
}

/** An entity already in the graph, with the context the linker scores it by. */
export interface Candidate {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  subtype: string | null;
  roles: CandidateRole[];
  /** Organisations it is a MEMBER_OF (or, for a person, organisations of the roles it holds). */
  memberOf: string[];
  /** How many articles mention it or quote it: a prior for ambiguous surnames. */
  articleCount: number;
  /** Entities most often mentioned in the same articles. */
  coMentioned: string[];
  /** Already tied to the article being linked (re-ingest, or the seed's own article). */
  inArticle: boolean;
}

export interface CandidateQuery {
  articleId: string;
  /** aliasKey() of every name the article uses. */
  aliasKeys: string[];
  /** Surname keys of person names, looked up against the last word of alias keys. */
  surnames: string[];
  /** Word runs of unnamed-source descriptions ("red wall"): organisations whose alias starts with one. */
  organisationPrefixes: string[];
  /** Role title keys ("prime minister", "chancellor") whose holders may be meant. */
  roleTitles: string[];
  /** The article's date; role holders are only looked up when it is known. */
  date: string | null;
}

export interface CandidateSet {
  byAlias: Map<string, Candidate[]>;
  bySurname: Map<string, Candidate[]>;
  /** Organisations whose alias key starts with the prefix and a space. */
  byPrefix: Map<string, Candidate[]>;
  /** Holders of a role with that title key at the query's date. */
  roleHolders: Map<string, Candidate[]>;
}

export interface EntityIndex {
  lookup(query: CandidateQuery): Promise<CandidateSet>;
}
