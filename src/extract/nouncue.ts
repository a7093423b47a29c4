// Noun cues: "Nervo's conclusion that judges ...", "his proclamation that he would not run",
// "a Times report that ...". A noun of saying or believing, owned by a speaker and followed by a
// that-clause with its own subject, reports the clause as that speaker's. An unowned noun counts
// only as a claim in circulation after "amid", "by", "despite" or "there is" ("amid growing concerns that ..."),
// with no speaker: elsewhere it is the object of the sentence's own verb ("quashed speculation that").
import type { Token } from './document.js';
import type { TokenRange } from './sources.js';
import { thatClauseFollows } from './thatclause.js';
import { DAY_WORDS } from './lexicon.js';
import { isPlainWord } from './tokens.js';
import { FINITE_AUXILIARIES } from './clausewords.js';

/** The lemma given to a noun cue. */
export const NOUN_CUE = 'noun-that';
/** The lemma given to an owned noun of saying with its topic ("his comment about X"). */
export const TOPIC_NOUN_CUE = 'noun-topic';

const SAYING_NOUNS = new Set(`
  claim claims statement statements assertion assertions argument arguments conclusion conclusions
  proclamation pronouncement pronouncements announcement declaration insistence contention suggestion
  acknowledgment acknowledgement admission warning warnings prediction predictions promise promises
  pledge vow assurance assurances allegation allegations accusation accusations charge charges
  complaint complaints denial belief beliefs view hope hopes fear fears bet message report reports
  finding findings ruling verdict recognition
`.split(/\s+/).filter(Boolean));

/** Nouns of saying and stance whose topic follows a preposition: "his infamous comment about 47 percent", "North Korea's claims about X". */
const TOPIC_NOUNS = new Set(`
  claim claims allegation allegations accusation accusations comment comments remark remarks criticism criticisms
  statement statements announcement condemnation warning warnings complaint complaints assessment assessments
  views idea ideas theory attack attacks insults praise endorsement support opposition skepticism scepticism
  concern concerns questions doubts estimate estimates forecast forecasts projection projections
`.split(/\s+/).filter(Boolean));
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'over']);
const FOR_NOUNS = new Set(['support', 'praise', 'endorsement', 'criticism']);

/** Nouns of intention whose infinitive is the stance: "Obama's decision to ...", "his determination to act alone". */
const INTENT_NOUNS = new Set(`
  determination eagerness refusal promise promises pledge pledges vow vows threat threats call calls demand demands
  offer willingness unwillingness desire intention commitment resolve readiness reluctance
`.split(/\s+/).filter(Boolean));
/** Words after "to" that make it a preposition ("commitment to the group"), not an infinitive. */
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'no']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const ARTICLES = new Set(['a', 'an', 'the']);
const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|night|morning|evening|week|weekend)$/;
const JUNK = new Set(['but', 'and', 'or', 'so', 'yet', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'despite', 'after', 'before', 'while']);
const capitalised = (t: Token | undefined): boolean => isPlainWord(t) && /^\p{Lu}/u.test(t.text);

/** An owned noun of saying with its topic ("his comment about X", "Mr. Obama's announcement of X"): the preposition's index, or -1. */
export function topicNounEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  // "Clinton's comments Tuesday on the shooting": a day may stand between the noun and its topic.
  const at = isPlainWord(tokens[i + 1]) && DAY_WORDS.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const p = tokens[at];
  if (!isPlainWord(t) || !TOPIC_NOUNS.has(t.lower) || !isPlainWord(p)) return -1;
  if (!TOPIC_PREPOSITIONS.has(p.lower) && !(p.lower === 'for' && FOR_NOUNS.has(t.lower))) return -1;
  // "his remarks on Saturday": a time, not a topic.
  const next = tokens[at + 1]?.lower ?? '';
  if (!isPlainWord(tokens[at + 1]) || DAY_WORDS.test(next) || (ARTICLES.has(next) && TIME_NOUNS.test(tokens[at + 2]?.lower ?? ''))) return -1;
  return topicOwner(tokens, i) !== null ? at : -1;
}

/** Verbs of meeting or attracting a reproach: "has faced criticism for", "drew sharp criticism over", "came under fire" ("under" follows). */
const FACING_VERBS = new Set(['face', 'faces', 'faced', 'facing', 'draw', 'draws', 'drew', 'drawing']);
const UNDER_VERBS = new Set(['come', 'comes', 'came', 'coming']);
/** Reproaches whose object is what the critics say was done wrong. */
const REPROACH_NOUNS = new Set(['criticism', 'criticisms', 'condemnation', 'questions']);
const REPROACH_TOPICS = new Set(['for', 'over', 'about']);

/**
 * "Ms Diaz has faced sharp criticism for closing the clinic", "the board came under fierce criticism over the cuts": the
 * subject is the target, not the sayer; what the unnamed critics hold against it follows the preposition. The
 * preposition's index, or -1 (a topic after "after" or "from" is a time or a sayer, not the reproach).
 */
export function reproachFacedEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!isPlainWord(t)) return -1;
  let k = i + 1;
  if (UNDER_VERBS.has(t.lower) && tokens[k]?.lower === 'under') k++;
  else if (!FACING_VERBS.has(t.lower)) return -1;
  // Up to two lower-case modifiers: "withering", "fresh bipartisan".
  for (let m = 0; m < 2 && isPlainWord(tokens[k]) && /^[a-z]+$/.test(tokens[k]?.text ?? '') && !REPROACH_NOUNS.has(tokens[k]?.lower ?? ''); m++) k++;
  if (!isPlainWord(tokens[k]) || !REPROACH_NOUNS.has(tokens[k]?.lower ?? '')) return -1;
  const p = tokens[k + 1];
  return isPlainWord(p) && REPROACH_TOPICS.has(p.lower) && isPlainWord(tokens[k + 2]) ? k + 1 : -1;
}

/** The owner of a topic noun, over up to two lower-case modifiers: "his infamous comment", "the president's latest remarks". */
export function topicOwner(tokens: Token[], i: number): TokenRange | null {
  for (let k = i; k >= i - 2 && k > 0; k--) {
    if (k < i) {
      const m = tokens[k];
      if (!isPlainWord(m) || !/^[a-z][a-z-]+$/.test(m.text) || JUNK.has(m.lower) || ARTICLES.has(m.lower) || POSSESSIVE_PRONOUNS.has(m.lower)) return null;
    }
    const o = owner(tokens, k);
    if (o) return o;
  }
  return null;
}

/** Whether the "to" at `to` opens an infinitive ("to act alone"), not a prepositional phrase ("to the group"). */
function infinitiveAfter(tokens: Token[], to: number): boolean {
  const v = tokens[to + 1];
  return isPlainWord(v) && /^[a-z]+$/.test(v.text) && !NOT_INFINITIVE.has(v.lower) && !/(?:ing|tion|ment|ness|ity)$/.test(v.lower);
}

/**
 * "signalled willingness to change the law", "showed a readiness to compromise": whether the object at `s` is a noun
 * of intention with its infinitive, which states the stance a weak cue needs. (An owned one, "showed his determination
 * to", is its owner's stance, read by isNounCue.)
 */
export function intentObject(tokens: Token[], s: number): boolean {
  const n = ARTICLES.has(tokens[s]?.lower ?? '') ? s + 1 : s;
  const t = tokens[n];
  return isPlainWord(t) && INTENT_NOUNS.has(t.lower) && tokens[n + 1]?.lower === 'to' && infinitiveAfter(tokens, n + 1);
}

/** Whether token `i` is a noun of saying followed by a complement "that" clause. */
export function isNounCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isPlainWord(t)) return false;
  // "Obama's decision to jump-start relations", "his determination to act alone": an owned noun of intention and its infinitive.
  if (INTENT_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'to') return infinitiveAfter(tokens, i + 1) && owner(tokens, i) !== null;
  if (!SAYING_NOUNS.has(t.lower) && !UNOWNED_NOUNS.has(t.lower)) return false;
  if (tokens[i + 1]?.lower !== 'that' || !thatClauseFollows(tokens, i + 1)) return false;
  return owner(tokens, i) !== null || (UNOWNED_NOUNS.has(t.lower) && afterCircumstance(tokens, i));
}

/**
 * "amid growing concerns that ...", "has been dogged by charges that ...": after "amid", "by" or "despite" (over up to two
 * lower-case modifiers) an unowned noun of saying is a claim in circulation that the article reports, not asserts; after
 * a verb ("quashed speculation that", "laughed off suggestions that") it is that verb's object.
 */
function afterCircumstance(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const w = tokens[k];
    if (!isPlainWord(w) || !/^[a-z][a-z-]*$/.test(w.text)) return false;
    if (CIRCUMSTANCE.has(w.lower)) return true;
    // ("there was more agreement that ...", "there has been speculation that ...": an existential names no one either.)
    if (EXISTENTIAL_BE.has(w.lower)) return tokens[k - 1]?.lower === 'there' || (w.lower === 'been' && tokens[k - 2]?.lower === 'there');
    if (JUNK.has(w.lower) || ARTICLES.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower)) return false;
  }
  return false;
}
const CIRCUMSTANCE = new Set(['amid', 'amidst', 'by', 'despite']);
const EXISTENTIAL_BE = new Set(['is', 'was', 'are', 'were', 'been']);

/** Nouns of saying and suspicion that report a claim with nobody named: "amid growing concerns that ...", "dogged by charges that ...". */
const UNOWNED_NOUNS = new Set(`
  concerns fears worries charges allegations suspicions speculation rumours rumors suggestions claims
  concern fear suspicion agreement consensus
`.split(/\s+/).filter(Boolean));

const FROM_STOPS = new Set(['that', 'who', 'which', 'and', 'but', 'or', 'to', 'about', 'over', 'on', 'after', 'before', 'because']);

/**
 * "repeated warnings from his attorney that the showdown was fruitless", "assurances from officials that ...": a noun of
 * saying whose sayer follows "from", then a that-clause: the last token of the sayer's short noun phrase, or -1.
 */
export function fromSayerEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!isPlainWord(t) || !SAYING_NOUNS.has(t.lower) || tokens[i + 1]?.lower !== 'from') return -1;
  for (let k = i + 2; k <= i + 8 && k < tokens.length; k++) {
    const w = tokens[k];
    if (!isPlainWord(w) || FINITE_AUXILIARIES.has(w.lower)) return -1;
    if (w.lower === 'that') return k > i + 2 && thatClauseFollows(tokens, k) ? k - 1 : -1;
    if (FROM_STOPS.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * Who owns the noun: "his", "Nervo's", "the campaign's", or a name used as a modifier after an
 * article ("a New York Times report"). Null when the noun has no owner. A bare name before the
 * noun is no owner: "Trump claims that ..." is a verb.
 */
export function owner(tokens: Token[], i: number): TokenRange | null {
  const before = tokens[i - 1];
  if (!isPlainWord(before)) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) return { first: i - 1, last: i - 1 };
  const possessive = /['’]s$/.test(before.lower) || /s['’]$/.test(before.text);
  const name = (t: Token | undefined): boolean => capitalised(t) && !ARTICLES.has(t?.lower ?? '') && !JUNK.has(t?.lower ?? '');
  if (!possessive && !name(before)) return null;
  // The owner's name runs back over capitalised words.
  let k = i - 1;
  while (k - 1 >= 0 && i - k < 6 && name(tokens[k - 1])) k--;
  // "The New York Post reports that" is a verb; only a singular noun takes a bare name as its owner.
  if (!possessive) return ARTICLES.has(tokens[k - 1]?.lower ?? '') && !/s$/.test(tokens[i]?.lower ?? '') ? { first: k, last: i - 1 } : null;
  // "the campaign's claim": a lower-case owner is taken with its article.
  if (!name(tokens[k]) && ARTICLES.has(tokens[k - 1]?.lower ?? '')) k--;
  return { first: k, last: i - 1 };
}

/** Verbs of saying that a copular infinitive reports ("his answer was to say ..."). */
const COPULAR_SAYING = new Set(['say', 'tell', 'argue', 'insist', 'claim', 'deny', 'suggest', 'blame', 'warn']);

/**
 * "his best response was to say he would ...", "Obama and Clinton's gut reaction is to tell the American people that
 * ...": an owned noun, a form of "be" and the infinitive of a verb of saying at `i` report what the owner says. Returns
 * the first word of the owned noun phrase (where the cue starts, its owner right before), or -1.
 */
export function copularSayingStart(tokens: Token[], i: number): number {
  if (!COPULAR_SAYING.has(tokens[i]?.lower ?? '') || tokens[i - 1]?.lower !== 'to' || !/^(?:is|was)$/.test(tokens[i - 2]?.lower ?? '')) return -1;
  for (let k = i - 3; k >= 0 && i - 3 - k < 3; k--) {
    const t = tokens[k];
    if (!isPlainWord(t) || !/^[a-z][a-z-]*$/.test(t.text) || FINITE_AUXILIARIES.has(t.lower)) return -1;
    const before = tokens[k - 1];
    if (isPlainWord(before) && (POSSESSIVE_PRONOUNS.has(before.lower) || /\p{L}['’]s$/u.test(before.text))) return owner(tokens, k) ? k : -1;
  }
  return -1;
}

