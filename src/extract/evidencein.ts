// A finding reported by an evidence phrase that opens or closes the sentence: "In this poll, Trump rose 1 point
// since Monday's debate", "In the previous Post/ABC poll, conducted in early September, Clinton led
// Trump by 5 points". The poll is the source and the main clause what it found; only a sentence with
// no report of its own is read this way ("In its study, the group found that ..." has its cue). A clause that
// ends "in one of the first post-debate polls" reports the polls' finding the same way, and so does a sentence that
// opens "As stated in X," or "As reported by X,".
import type { Span, Token, Unit } from './document.js';
import type { RawAttribution } from './attributions.js';
import type { TokenRange } from './sources.js';
import { clauseEnd } from './clauseend.js';

const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'analyses']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'one']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const MAX_PHRASE = 14;

const plain = (t: Token | undefined): t is Token => t !== undefined && t.quote < 0;

/** The evidence phrase and the clause it reports, as token ranges of the unit, or null. */
export function evidenceOpening(tokens: Token[]): { source: TokenRange; content: TokenRange } | null {
  if (tokens[0]?.lower !== 'in' || !plain(tokens[0]) || !DETERMINERS.has(tokens[1]?.lower ?? '')) return null;
  let comma = 2;
  while (comma < MAX_PHRASE && plain(tokens[comma]) && (tokens[comma]?.kind === 'word' || /^[/&-]$/.test(tokens[comma]?.text ?? ''))) comma++;
  if (tokens[comma]?.text !== ',' || !FINDING_NOUNS.has(tokens[comma - 1]?.lower ?? '')) return null;
  let start = comma + 1;
  // ", conducted in early September,": a participle phrase after the noun still describes it.
  if (/^[a-z]+(?:ed|ing)$/.test(tokens[start]?.text ?? '')) {
    let k = start + 1;
    while (k < start + 12 && plain(tokens[k]) && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text !== ',') return null;
    start = k + 1;
  }
  const subject = tokens[start];
  if (!plain(subject) || subject.kind !== 'word' || !(/^\p{Lu}/u.test(subject.text) || DETERMINERS.has(subject.lower) || PRONOUNS.has(subject.lower))) return null;
  let end = clauseEnd(tokens, start, tokens.length - 1);
  while (end > start && tokens[end]?.kind === 'punct') end--;
  return end - start >= 3 ? { source: { first: 1, last: comma - 1 }, content: { first: start, last: end } } : null;
}

/** Participles of reporting verbs that open "As stated in X, ...", "As reported by X, ...". */
const AS_PARTICIPLES = new Set(['stated', 'reported', 'noted', 'described', 'detailed', 'outlined', 'explained', 'suggested', 'said', 'written', 'predicted', 'shown', 'documented', 'revealed', 'disclosed', 'argued', 'claimed', 'indicated', 'quoted']);

/**
 * "As stated in Davis' commentary, there are conflicting stories ...", "As reported by the Times, the council ...":
 * an opening "as" with a reporting participle and its source reports the main clause after the comma.
 */
export function asOpening(tokens: Token[]): { source: TokenRange; content: TokenRange; cue: TokenRange } | null {
  if (tokens[0]?.lower !== 'as' || !plain(tokens[0]) || !AS_PARTICIPLES.has(tokens[1]?.lower ?? '') || !plain(tokens[1])) return null;
  if (tokens[2]?.lower !== 'in' && tokens[2]?.lower !== 'by') return null;
  let comma = 3;
  while (comma < MAX_PHRASE && plain(tokens[comma]) && tokens[comma]?.kind !== 'punct') comma++;
  if (tokens[comma]?.text !== ',' || comma === 3) return null;
  const start = comma + 1;
  const subject = tokens[start];
  if (!plain(subject) || subject.kind !== 'word' || !(/^\p{Lu}/u.test(subject.text) || DETERMINERS.has(subject.lower) || PRONOUNS.has(subject.lower) || subject.lower === 'there')) return null;
  let end = clauseEnd(tokens, start, tokens.length - 1);
  while (end > start && tokens[end]?.kind === 'punct') end--;
  return end - start >= 3 ? { source: { first: 3, last: comma - 1 }, content: { first: start, last: end }, cue: { first: 0, last: 2 } } : null;
}

const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/**
 * "she did not receive a bump in one of the first post-debate polls to emerge", "Trump did fare well in online and
 * snap polls": a clause that ends in a phrase "in ... poll(s)" is what the polls found, the polls its source.
 */
export function evidenceTrailing(tokens: Token[]): { source: TokenRange; content: TokenRange } | null {
  for (let i = 3; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t?.lower !== 'in' || !plain(t)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 8 && plain(tokens[j]) && tokens[j]?.kind === 'word' && !FINDING_NOUNS.has(tokens[j]?.lower ?? '')) j++;
    if (!FINDING_NOUNS.has(tokens[j]?.lower ?? '') || !plain(tokens[j])) continue;
    // The clause before "in" starts after the last comma ("Despite X, she did not receive a bump in ...").
    let s = i - 1;
    while (s > 0 && !(tokens[s - 1]?.text === ',' && plain(tokens[s - 1]))) s--;
    const subject = tokens[s];
    if (!plain(subject) || subject.kind !== 'word' || !(/^\p{Lu}/u.test(subject.text) || SUBJECT_DETERMINERS.has(subject.lower) || PRONOUNS.has(subject.lower))) return null;
    if (i - s < 3) return null;
    return { source: { first: i + 1, last: j }, content: { first: s, last: i - 1 } };
  }
  return null;
}

/** The unit's finding as a raw attribution (an indirect report whose cue is the opening "In", or "As stated in"). */
export function evidenceAttribution(unit: Unit, u: number): RawAttribution[] {
  const tokens = unit.tokens;
  const as = asOpening(tokens);
  const found = as ?? evidenceOpening(tokens) ?? evidenceTrailing(tokens);
  if (!found) return [];
  const cue: TokenRange = as ? as.cue : { first: 0, last: 0 };
  const span = (r: TokenRange): Span => ({ start: tokens[r.first]?.start ?? 0, end: tokens[r.last]?.end ?? 0 });
  let mixed = false;
  for (let i = found.content.first; i <= found.content.last; i++) if ((tokens[i]?.quote ?? -1) >= 0) mixed = true;
  return [{ unit: u, content: span(found.content), kind: mixed ? 'mixed' : 'indirect', cue: span(cue), source: span(found.source), channel: null, inherits: false }];
}
