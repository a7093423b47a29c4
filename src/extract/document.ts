// The typed article document the stages pass along. Each stage adds one layer; none mutates
// what an earlier stage produced.

export interface Span {
  start: number;
  end: number;
}

/** A stretch of quoted words: the marks and the words inside them. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the words when the quote is left open. */
  close: number;
  /** The quoted words, marks excluded. */
  inner: Span;
  /** True when the quote was closed by a matching mark rather than by a paragraph end. */
  closed: boolean;
}

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Index into the document's quotes of the quote the token lies in, or -1. */
  quote: number;
}

/** A sentence, except that a quotation is never split: a unit holds whole quotes. */
export interface Unit extends Span {
  paragraph: number;
  tokens: Token[];
}
