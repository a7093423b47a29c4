import type { QuoteSpan, Token } from './document.js';

// Words keep inner apostrophes, hyphens and dots ("don't", "Labour-run", "U.S."), so one
// regex pass tokenises; each alternative is a single character class, so no backtracking.
// (Inside a word, Latin-1 symbols other than the guillemets stand for mis-decoded UTF-8: "FranÃÂ§ois".)
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-&\p{M}\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf]*[\p{L}\p{N}\p{M}])?\.?|["“”„«»‘’']|[^\s\p{L}\p{N}]/gu;
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"]);
const ABBREV_DOT = /^(?:mr|mrs|ms|dr|st|sr|jr|prof|rev|gen|gov|sen|rep|del|col|capt|lt|sgt|no|vs|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])\.$/i;

/** A word outside every quotation: what the cue, source and clause rules read as the article's own words. */
export function isPlainWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.quote < 0;
}

/** Tokens of text[start, end); `quoteAt` maps an offset to the quote containing it (or -1). */
export function tokenize(text: string, start: number, end: number, quoteAt: (offset: number) => number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let raw = m[0];
    // A sentence-final dot is punctuation, not part of the word, unless the word is an abbreviation.
    if (raw.length > 1 && raw.endsWith('.') && !ABBREV_DOT.test(raw) && !/\..*\.$/.test(raw)) {
      raw = raw.slice(0, -1);
      TOKEN.lastIndex = m.index + raw.length;
    }
    const s = start + m.index;
    // "beaten - or dead", "crap'' -- one question": a spaced hyphen or double hyphen is a typewriter dash, one
    // token read as "–" by every rule that knows dashes (the offsets stay the text's own).
    if (raw === '-') {
      let e = m.index + 1;
      while (slice[e] === '-') e++;
      if ((m.index === 0 || /\s/.test(slice[m.index - 1] ?? '')) && (e === slice.length || /\s/.test(slice[e] ?? ''))) {
        TOKEN.lastIndex = e;
        out.push({ start: s, end: start + e, text: '–', lower: '–', kind: 'punct', quote: quoteAt(s) });
        continue;
      }
    }
    const kind = QUOTE_CHARS.has(raw) ? 'quote' : /[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
    out.push({ start: s, end: s + raw.length, text: raw, lower: raw.toLowerCase(), kind, quote: quoteAt(s) });
  }
  return out;
}

/** A lookup from offset to quote index, for offsets visited in increasing order or at random. */
export function quoteIndex(quotes: QuoteSpan[]): (offset: number) => number {
  return (offset: number): number => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (!q) break;
      if (offset < q.open) hi = mid - 1;
      else if (offset >= q.close) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}
