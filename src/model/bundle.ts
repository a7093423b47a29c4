// The graph bundle: the one shape in which anything is written to Neo4j. The seed loader
// turns curated seed files into a bundle; the linker turns an extracted article into one;
// src/write persists a bundle in a single transaction with batched UNWIND + MERGE on ids.

export type EntityType = 'Person' | 'Organisation' | 'Place' | 'Topic' | 'UnnamedSource';

export type OrganisationKind =
  | 'party'
  | 'government'
  | 'department'
  | 'parliament'
  | 'think_tank'
  | 'pollster'
  | 'outlet'
  | 'programme'
  | 'group'
  | 'company'
  | 'union'
  | 'other';

export type PlaceKind = 'constituency' | 'region' | 'city' | 'country' | 'area' | 'other';

export interface EntityRow {
  /** Stable opaque id, e.g. "per_keir-starmer"; MERGE key. */
  id: string;
  type: EntityType;
  /** Canonical display name: the fullest name known. */
  name: string;
  /** Other names the entity goes by ("Sir Keir", "Starmer"); the name itself need not be repeated. */
  aliases: string[];
  /** Organisation: OrganisationKind; Place: PlaceKind; otherwise null. */
  subtype?: string | null;
  description?: string | null;
  /** Only where certain. */
  wikidataId?: string | null;
}

export interface RoleRow {
  id: string;
  personId: string;
  /** "MP", "Chancellor of the Exchequer", "convenor", "chief executive", "Prime Minister", "leader". */
  title: string;
  organisationId?: string | null;
  placeId?: string | null;
  current: boolean;
  startDate?: string | null;
  endDate?: string | null;
}

/** (member)-[:MEMBER_OF]->(organisation); member is a Person or an UnnamedSource. */
export interface MembershipRow {
  memberId: string;
  organisationId: string;
}

export interface ArticleRow {
  /** "art_" + first 16 hex digits of sha256(text): the same text always gets the same id. */
  id: string;
  title: string;
  outlet?: string | null;
  url?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, when known. */
  publishedAt?: string | null;
  text: string;
  sha256: string;
}

/** [start, end) in UTF-16 code units of the article text; text === article.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuoteKind = 'DIRECT' | 'INDIRECT' | 'MIXED';

export interface QuoteRow {
  id: string;
  articleId: string;
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  /** The mention of the speaker that the sentence itself uses ("he", "Ms Hewitt", "one Red Wall MP"). */
  source: Span | null;
  speakerId: string | null;
  /** Linking confidence in [0, 1]; 1 for curated data. */
  speakerScore?: number;
  aboutIds: string[];
  topicIds: string[];
  /** The outlet or programme the statement went through ("told the BBC"). */
  channel?: { organisationId: string; phrase: Span } | null;
}

/** (article)-[:MENTIONS {start, end, text, score}]->(entity) */
export interface MentionRow {
  articleId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
  score?: number;
}

/** Other facts an article states (a poll, an election result, a request), tied to entities. */
export interface FactRow {
  id: string;
  articleId: string;
  kind: string;
  span: Span;
  properties?: Record<string, string | number | boolean | null>;
  involves: { entityId: string; role: string }[];
}

export interface GraphBundle {
  articles: ArticleRow[];
  entities: EntityRow[];
  roles: RoleRow[];
  memberships: MembershipRow[];
  quotes: QuoteRow[];
  mentions: MentionRow[];
  facts: FactRow[];
}

export function emptyBundle(): GraphBundle {
  return { articles: [], entities: [], roles: [], memberships: [], quotes: [], mentions: [], facts: [] };
}
