// A quoted fragment in a title-case headline with no reporting verb: "Black Lawmakers Rip Donald Trump As A
// ‘Disgusting Fraud.’", "Obama Sees 'Personal Insult' if ...". Such headlines quote their subject's words with
// no cue; the subject is the headline's opening noun phrase when the article names it again (or it ends in a
// noun for people: "Frustrated Parents Rally ..."). A quoted title ("Ava DuVernay’s ‘13th’", "a clip of
// ‘The 411’"), a term mentioned ("the words ‘...’") or a quote right after the subject is none.
import type { QuoteSpan, Span } from './document.js';
import type { RawAttribution } from './attributions.js';
import { PERSON_NOUNS } from './lexicon.js';

const MAX_HEADLINE = 200;
const MAX_SUBJECT_WORDS = 4;
const NOT_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'why', 'how', 'what', 'when', 'who', 'where', 'is', 'are', 'was', 'will', 'can', 'do', 'does']);
/**
 * Words right before a quote that make it the name of a work ("clip of ‘The 411’", "film titled ‘13th’") or a
 * term mentioned, not said ("Refusal To Use The Words ‘Islamic Terrorist’").
 */
const TITLE_BEFORE = /(?:['’]s|\bof|\btitled|\bcalled|\bnamed|\bdubbed|\bwords?|\bphrase|\bterm|\blabel)\s*$/iu;

/**
 * A title-case headline ("Obama Sees 'Personal Insult' if ..."), most words capitalised. A sentence-case one
 * ("UK 'needs true immigration data'", "Labour targets 'hardcore truants'") quotes claims its article reports
 * from others, about the subject rather than by it.
 */
function titleCase(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6;
}

/** The headline's opening noun phrase (one to four words before `limit`) as a span, or null. */
function openingSubject(text: string, headline: Span, limit: number, body: string): Span | null {
  const words: Span[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
  re.lastIndex = headline.start;
  for (let m = re.exec(text); m && m.index < limit && words.length < MAX_SUBJECT_WORDS; m = re.exec(text)) {
    // A possessive or a break ends the phrase ("Ava DuVernay’s", "Obama on Climate Change:").
    const w = { start: m.index, end: m.index + m[0].length };
    if (words.length > 0 && /[^\s]/.test(text.slice(words[words.length - 1]?.end ?? 0, w.start))) break;
    words.push(w);
    if (/['’]s$/u.test(m[0])) return null;
  }
  const first = words[0];
  if (!first || !/^\p{Lu}/u.test(text.slice(first.start, first.end)) || NOT_OPENERS.has(text.slice(first.start, first.end).toLowerCase())) return null;
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1];
    if (!last) continue;
    const phrase = text.slice(first.start, last.end);
    if (!/^\p{Lu}/u.test(text.slice(last.start, last.end))) continue;
    const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(body)) return { start: first.start, end: last.end };
    if (n >= 2 && PERSON_NOUNS.has(text.slice(last.start, last.end).toLowerCase())) return { start: first.start, end: last.end };
  }
  return null;
}

/**
 * The quote of a headline (the article's first paragraph) that no rule attributed: its first quoted fragment,
 * ascribed to the headline's opening subject. Null when the headline has a report already, or no such quote.
 */
export function headlineQuote(text: string, paragraphs: Span[], quotes: QuoteSpan[], found: RawAttribution[]): RawAttribution | null {
  const headline = paragraphs[0];
  if (!headline || headline.end - headline.start > MAX_HEADLINE || paragraphs.length < 2 || !titleCase(text.slice(headline.start, headline.end))) return null;
  if (found.some((a) => a.content.start < headline.end)) return null;
  const quote = quotes.find((q) => q.open >= headline.start && q.close <= headline.end && q.closed);
  if (!quote || quote.inner.end - quote.inner.start < 3 || TITLE_BEFORE.test(text.slice(headline.start, quote.open))) return null;
  const body = text.slice(headline.end, headline.end + 20000).toLowerCase();
  const source = openingSubject(text, headline, quote.open, body);
  // ("UK 'needs true immigration data'": a quote right after the subject is a claim about it, not its words.)
  if (!source || !/\p{L}/u.test(text.slice(source.end, quote.open))) return null;
  return { unit: 0, content: quote.inner, kind: 'direct', cue: null, source, channel: null, inherits: false };
}
