// The plain objects the query modules return and the resolvers pass on. Quotes come as
// "cards" (speaker, about, topics, channel, article summary) so that listing quotes needs no
// further round trips; a card carries only the fields its request selects
// (queries/projections.ts, quoteCard), so its optional fields are absent when not asked for.

export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  subtype: string | null;
  labels: string[];
}

export interface ArticleRecord {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
}

export interface QuoteRecord {
  id: string;
  text: string;
  kind: string;
  cue: string | null;
  start: number;
  end: number;
  cueStart: number | null;
  cueEnd: number | null;
  sourceText: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  channelPhrase: string | null;
  speaker?: EntityRecord | null;
  speakerScore?: number | null;
  about?: EntityRecord[];
  topics?: EntityRecord[];
  channel?: EntityRecord | null;
  article?: ArticleRecord;
}

export interface RoleRecord {
  id: string;
  title: string;
  current: boolean;
  startDate: string | null;
  endDate: string | null;
  person: EntityRecord | null;
  organisation: EntityRecord | null;
  place: EntityRecord | null;
}

/** One page of a list plus the size of the whole list. */
export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}
