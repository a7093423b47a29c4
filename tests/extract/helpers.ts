import { extractArticle } from '../../src/extract/index.js';
import type { ExtractedQuote } from '../../src/extract/types.js';

/** The quotes of a one-off text, for one-sentence tests. */
export const quotesOf = (text: string): ExtractedQuote[] => extractArticle('t', text).quotes;

/** The single quote whose content contains a phrase; fails loudly when there is none. */
export function quoteWith(text: string, phrase: string): ExtractedQuote {
  const q = quotesOf(text).find((x) => x.content.text.includes(phrase));
  if (!q) throw new Error(`no quote containing ${JSON.stringify(phrase)} in ${JSON.stringify(quotesOf(text).map((x) => x.content.text))}`);
  return q;
}
