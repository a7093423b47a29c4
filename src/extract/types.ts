// The extractor's output: FORMAT.md's quote-attribution shape (../shared/eval/FORMAT.md),
// plus the entity clusters the linker needs. Pure data, no database.

export interface TextSpan {
  /** [start, end) in UTF-16 code units of the text given to the extractor. */
  start: number;
  end: number;
  text: string;
}

export type ExtractedQuoteKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerType = 'person' | 'organisation' | 'anonymous';

export interface ExtractedQuote {
  content: TextSpan;
  kind: ExtractedQuoteKind;
  cue: TextSpan | null;
  source: TextSpan | null;
  /** Resolved speaker: the fullest name the article gives, or the description of an unnamed one. */
  speaker: string | null;
  speakerType: SpeakerType | null;
  /** Index into ExtractedArticle.entities of the resolved speaker, when known. */
  speakerEntity?: number | null;
  /** The channel phrase when the cue names one: "told the BBC" -> "the BBC", "Radio 4's Today programme". */
  channel?: TextSpan | null;
}

export type ExtractedEntityType = 'person' | 'organisation' | 'place' | 'anonymous';

/** One entity as the article refers to it: a coreference cluster of its mentions. */
export interface ExtractedEntity {
  /** Fullest name in the article ("Keir Starmer"), or the description of an unnamed source. */
  name: string;
  type: ExtractedEntityType;
  /** Other surface forms used ("Sir Keir", "Starmer"). */
  aliases: string[];
  /** Every span that refers to it, including pronouns resolved to it. */
  mentions: TextSpan[];
  /** Role descriptions the article attaches ("Chancellor", "Bassetlaw MP", "chief executive of Labour Together"). */
  roles: string[];
}

export interface ExtractedArticle {
  /** The file's base name without .txt. */
  article: string;
  quotes: ExtractedQuote[];
  entities: ExtractedEntity[];
}
