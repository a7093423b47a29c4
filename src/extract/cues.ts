// Reporting cues: a reporting verb (any tense or voice, with its auxiliaries and adverbs),
// "according to", or a colon after a speaker. Only words outside quotation marks count.
import type { Token } from './document.js';
import { CUE_FORMS, CUE_MODIFIERS, DAY_WORDS, EVIDENCE_NOUNS, isStanceTopic, PERSONAL_SUBJECT_PRONOUNS, SOFT_CUE_FORMS, STANCE_ADJECTIVES, TIME_WORDS } from './lexicon.js';
import { headsThatClause } from './thatclause.js';
import { FINITE_AUXILIARIES } from './clausewords.js';
import { copularSayingStart, fromSayerEnd, isNounCue, NOUN_CUE, reproachFacedEnd, TOPIC_NOUN_CUE, topicNounEnd } from './nouncue.js';
import { purposeFrameStart } from './purpose.js';
import { otherSense } from './othersense.js';
import { isPlainWord } from './tokens.js';

export interface Cue {
  lemma: string;
  /** Token range [first, last] of the whole cue, modifiers included. */
  first: number;
  last: number;
  /** Token index of the reporting verb itself. */
  head: number;
  /** True for a participle or infinitive with no subject of its own ("adding that", "saying"). */
  participial: boolean;
}

/** ", which officials say ...", ", which ministers claim ...": a relative pronoun after a comma and a short plain subject before token i. */
function relativeSubjectBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k > 0; k--) {
    const t = tokens[k];
    if (!isPlainWord(t)) return false;
    if (t.lower === 'which' || t.lower === 'whom') return k < i - 1 && tokens[k - 1]?.text === ',';
  }
  return false;
}

/**
 * "a PAC that intends to ...", "groups that claimed ...": after a noun, "that" with a form in -s or -ed is a
 * relative pronoun and its verb (the determiner "that" takes a singular noun: "that claim"); after a plural, a
 * base form is one too.
 */
export function relativeThatVerb(tokens: Token[], i: number): boolean {
  const antecedent = tokens[i - 2];
  const form = tokens[i]?.lower ?? '';
  if (tokens[i - 1]?.lower !== 'that' || !isPlainWord(antecedent) || CUE_FORMS.has(antecedent.lower)) return false;
  // ("cities that support the rules": a base form too after a plural antecedent, which no demonstrative "that" follows.)
  return /^[a-z]+(?:[^s]s|ed)$/.test(form) || (/^[a-z]+[^s]s$/.test(antecedent.text) && CUE_FORMS.get(form)?.lemma === form);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'no', 'any', 'every', 'such', "party's", 'whose']);
const NOUN_COMPOUNDS = new Set(['think tank', 'think tanks', 'call centre', 'call center', 'report card', 'warning signs', 'warning sign', 'claims process', 'note book']);
const NOUN_FOLLOWERS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'could', 'should', 'of']);
const NOUN_PRECEDERS = new Set(['amid', 'in', 'despite', 'over', 'about', 'of', 'with', 'following', 'against', 'among', 'after', 'before', 'by', 'for', 'new', 'fresh', 'repeated', 'earlier', 'recent', 'similar', 'such']);
const PREPOSITIONS_BEFORE_ADJECTIVE = new Set(['amid', 'despite', 'over', 'about', 'of', 'with', 'without', 'following', 'against', 'among', 'after', 'before', 'for', 'from', 'into', 'during']);
const HEDGES = new Set(['thought', 'believed', 'understood', 'estimated', 'known', 'reported', 'said']);
const NOT_SUBJECTS = new Set(['other', 'the', 'a', 'an', 'new', 'some', 'any', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'government', 'future']);
// Bare forms only: after a singular noun "fears" is a verb, "fear" is not.
/** Verbs of asserting a connection, cues only as "linked X to Y". */
const LINK_CUES = new Set(['link', 'tie']);
const NOUN_VERBS = new Set(['fear', 'hope', 'doubt', 'support', 'feel', 'know', 'suspect']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'that', 'which']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const DOCUMENT_NOUNS = new Set(['letter', 'statement', 'article', 'sign', 'signs', 'message', 'note', 'post', 'tweet', 'email', 'memo', 'caption', 'headline', 'banner', 'petition', 'resolution', 'placard', 'notice', 'text']);
const AUXILIARY_FORMS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'never']);
const ORDER_ADJECTIVES = new Set(['next', 'last', 'first', 'latest', 'new', 'recent', 'previous', 'final', 'initial', 'earlier', 'same', 'original', 'second', 'third']);
const SUPERLATIVES = /^(?:worst|best|most|least|[a-z]{3,}est)$/;
/** Words in -est that are no superlatives ("the protest", "their interest"). */
const NOT_SUPERLATIVES = new Set(['interest', 'protest', 'contest', 'request', 'arrest', 'honest', 'modest', 'earnest', 'harvest', 'forest', 'conquest', 'inquest', 'digest', 'manifest', 'suggest', 'attest', 'detest', 'invest', 'congest', 'ingest', 'guest', 'quest', 'chest', 'pest', 'west', 'rest', 'test', 'nest', 'vest', 'zest', 'crest', 'unrest', 'priest', 'behest', 'bequest']);
const OBJECT_TAKING_PAST = new Set(['made', 'had', 'took', 'gave', 'got', 'held', 'kept', 'sent', 'brought', 'heard', 'drew']);
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
const PASSIVE_JUDGEMENTS = new Set(['considered', 'rated', 'viewed', 'regarded', 'seen']);
/** Forms that are never nouns: "spoke of", "says of" report; "claims of", "reports of" name things. */
const ONLY_VERBS = new Set(['said', 'told', 'spoke', 'wrote', 'says', 'tells', 'writes', 'speaks', 'thought', 'knew', 'felt', 'saw']);
/** Pronouns and question words whose "'s" is "is" or "has", not a possessive. */
const CONTRACTED = /^(?:he|she|it|that|there|what|who|where|here|this|let)['’]s$/;

/** The lemma of "agree with": a position towards someone, unlike the weak "agree" that needs a clause or infinitive. */
export const AGREE_WITH = 'agree-with';

/** The lemma of a predicate outside the verb lists that heads a that-clause (thatclause.ts). */
export const THAT_CLAUSE = 'that-clause';

const ASPECTUAL = /^(?:on|continue|continues|continued|continuing|appear|appears|appeared|seem|seems|seemed|began|begun|begin|begins|started|starts|proceeded)$/;
/**
 * Whether a time adverbial opens at token k ("this week", "last month", "yesterday", "on Monday" is left: "on" also
 * opens a topic). After "spoke to", a time where the listener should be strands the preposition: "the experts I spoke
 * to this week about the plan" is a relative clause whose listener is the gap, and the topic is no report of its own.
 */
function timeOpens(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (DAY_WORDS.test(w) || w === 'earlier' || w === 'recently' || w === 'later') return true;
  return (w === 'this' || w === 'last') && TIME_WORDS.has(tokens[k + 1]?.lower ?? '') && !/^(?:the|on|in|at|this|last|next|same|time)$/.test(tokens[k + 1]?.lower ?? '');
}

const PARTICLE_ADVERBS = /^(?:[a-z]+ly|out|up|again|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|at|length|more|less|most|often|in|public|private)$/;

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words after "pressed on" that make it "pressed ahead" ("pressed on with the plan", "pressed on towards the city"). */
const PRESSED_ON_MOTION = new Set(['with', 'towards', 'toward', 'to', 'into', 'regardless', 'ahead', 'through', 'and']);

/**
 * The index of the topic preposition after "pressed" at p - 1, over a pronoun ("pressed him on") or a short name
 * ("pressed Smith about"), or -1 when no topic follows.
 */
function pressedTopic(tokens: Token[], p: number): number {
  let q = p;
  if (OBJECT_PRONOUNS.has(tokens[q]?.lower ?? '')) q++;
  else {
    const from = q;
    while (q < from + 3 && isPlainWord(tokens[q]) && /^\p{Lu}/u.test(tokens[q]?.text ?? '')) q++;
    if (q === from) q = p;
  }
  const after = tokens[q + 1];
  return (tokens[q]?.lower === 'on' || tokens[q]?.lower === 'about') && isPlainWord(after) && !PRESSED_ON_MOTION.has(after.lower) ? q : -1;
}

/** Prepositions of the place or occasion of speaking ("spoke at the rally", "is speaking out ahead of the vote"). */
const SETTING_PREPOSITIONS = new Set(['at', 'during', 'ahead', 'before', 'after', 'in', 'on', 'from']);

/** Nouns of an occasion of speaking, after which "of" opens the speaker's topic ("spoke during his speech of X"). */
const SPEECH_EVENTS = new Set(['speech', 'speeches', 'remarks', 'address', 'interview', 'interviews', 'appearance', 'sermon', 'lecture']);

/**
 * "spoke at a rally on Tuesday about the plan", "is speaking out ahead of the election about ...": the index of the
 * topic's "about" after a short phrase of the setting opening at or after `from`, or p when none follows. An "of"
 * there belongs to the setting's noun ("at a meeting of the council") unless that noun is itself an occasion of
 * speaking ("spoke during his speech of a slaver's block").
 */
function aboutAfterSetting(tokens: Token[], from: number, p: number): number {
  // (The particle adverbs read before p may have passed the preposition: "spoke at the rally".)
  let s = from;
  while (s <= p && !SETTING_PREPOSITIONS.has(tokens[s]?.lower ?? '')) s++;
  if (s > p) return p;
  for (let q = s + 1; q <= s + 7; q++) {
    const t = tokens[q];
    if (!isPlainWord(t) || t.lower === 'that' || (CUE_FORMS.has(t.lower) && !SPEECH_EVENTS.has(t.lower))) return p;
    const topic = t.lower === 'about' || (t.lower === 'of' && SPEECH_EVENTS.has(tokens[q - 1]?.lower ?? ''));
    if (topic) return q > s + 1 ? q : p;
  }
  return p;
}

/** What may stand between "voted" and its infinitive: a day, an -ly adverb, a tally ("19-15"). */
const VOTE_ADVERBIAL = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|[a-z]+ly|\d+-\d+)$/;

/**
 * "voted Thursday to hold ...", "voted unanimously to", "voted 19-15 along party lines, to send ...": the last token of
 * the adverbials (a comma included) between "voted" at i and its infinitive, which join the cue; i when none.
 */
function voteAdverbialEnd(tokens: Token[], i: number): number {
  let k = i + 1;
  for (;;) {
    if (isPlainWord(tokens[k]) && VOTE_ADVERBIAL.test(tokens[k]?.lower ?? '')) k++;
    else if (tokens[k]?.lower === 'along' && tokens[k + 1]?.lower === 'party' && tokens[k + 2]?.lower === 'lines') k += 3;
    else break;
  }
  if (k > i + 1 && tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'to') k++;
  return k > i + 1 && tokens[k]?.lower === 'to' && isPlainWord(tokens[k]) ? k - 1 : i;
}

/** The prepositions of what one weighs in on. */
const WEIGH_TOPICS = new Set(['on', 'about', 'with', 'over']);

/** Verbs of trying whose "to make the case" is the arguing itself ("tried on Tuesday to make the case that"). */
const TRY_FORMS = /^(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|seek|seeks|sought|seeking)$/;

/** The verb of trying before the "to" at `to`, over a day or an -ly adverb ("tried on Tuesday to"), or -1. */
function tryVerbBefore(tokens: Token[], to: number): number {
  for (let k = to - 1; k >= 0 && to - k <= 3; k--) {
    const t = tokens[k];
    if (!isPlainWord(t)) return -1;
    if (TRY_FORMS.test(t.lower)) return k;
    if (!PARTICLE_ADVERBS.test(t.lower)) return -1;
  }
  return -1;
}

/**
 * The last token of "make the case" with what joins it ("case" before "that", "for" before its object, the listener
 * of "to X" before "that"), or -1 when no argued clause or cause follows ("the case was closed").
 */
function caseEnd(tokens: Token[], c: number): number {
  const next = tokens[c + 1];
  if (!isPlainWord(next)) return -1;
  if (next.lower === 'that') return c;
  if (next.lower === 'for') return isPlainWord(tokens[c + 2]) ? c + 1 : -1;
  if (next.lower !== 'to') return -1;
  for (let k = c + 2; k < c + 10; k++) {
    const t = tokens[k];
    if (!isPlainWord(t)) return -1;
    if (t.lower === 'that') return k > c + 2 ? k - 1 : -1;
  }
  return -1;
}

/** A title-case headline: most words capitalised. */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitals++;
  }
  return capitals > words * 0.6;
}

const LY_NOUNS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'reply', 'anomaly', 'monopoly', 'bully', 'belly', 'jelly', 'italy', 'july', 'folly', 'holly', 'lily']);

/** "sharply", "repeatedly": a lower-case -ly adverb between the subject and the verb. */
const isAdverb = (t: Token): boolean => /^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.lower);

/** A form of "be" right before token i, over "not" and adverbs: "is (not widely) thought to". */
function beBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isPlainWord(tokens[k]) && (tokens[k]?.lower === 'not' || tokens[k]?.lower === "n't" || isAdverb(tokens[k] as Token))) k--;
  return BE.has(tokens[k]?.lower ?? '');
}

const PERFECT_OR_MODAL = new Set(['has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must']);

/** A passive participle after an expletive "it" ("it was announced", "it has been reported"), with no "by" before its "that". */
function impersonalPassive(tokens: Token[], i: number): boolean {
  if (!/(?:ed|said|known|thought|understood)$/.test(tokens[i]?.lower ?? '') || !beBefore(tokens, i)) return false;
  let k = i - 1;
  while (k > 0 && !BE.has(tokens[k]?.lower ?? '')) k--;
  let s = k - 1;
  if (PERFECT_OR_MODAL.has(tokens[s]?.lower ?? '')) s--;
  if (tokens[s]?.lower !== 'it' || !isPlainWord(tokens[s])) return false;
  for (let j = i + 1; j <= i + 8 && j < tokens.length; j++) {
    const w = tokens[j];
    if (!w || w.lower === 'by') return false;
    if (w.lower === 'that') return true;
    if (w.kind !== 'word') return false;
  }
  return false;
}

// Words that make the phrase before "show" a clause of its own ("the data we have show ...").
const FINITE_BEFORE_SHOW = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'and', 'or', 'but']);

/** An evidence noun ("polls", "data", "the Survey") right before token i, or one -ly adverb after it. */
function evidenceBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (isPlainWord(tokens[k]) && isAdverb(tokens[k] as Token)) k--;
  const p = tokens[k];
  return (isPlainWord(p) && EVIDENCE_NOUNS.has(p.lower)) || evidenceWithPhrase(tokens, i);
}

const EVIDENCE_PREPOSITIONS = new Set(['of', 'from', 'by', 'in', 'on', 'for']);

/** "Figures from the ministry show", "documents from his 1995 tax return show": an evidence noun, then a short phrase of its own, right before token i. */
function evidenceWithPhrase(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k > 0 && i - k <= 7; k--) {
    const t = tokens[k];
    if (!isPlainWord(t) || FINITE_BEFORE_SHOW.has(t.lower)) return false;
    const p = tokens[k - 1];
    if (EVIDENCE_PREPOSITIONS.has(t.lower) && isPlainWord(p) && EVIDENCE_NOUNS.has(p.lower)) return k < i - 1;
  }
  return false;
}

const AS_OBJECT_STOPS = new Set(['that', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'to', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had']);

/** A short object noun phrase from token p and then `particle`: "X as Y" after a verb of judging, "X to Y" after "compare". */
function objectThenAs(tokens: Token[], p: number, particle: string): boolean {
  for (let k = p; k < p + 9 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t && t.kind === 'word' && t.lower === particle && t.quote < 0) return k > p && tokens[k + 1]?.kind !== 'punct';
    // ("rated 32% of the claims as false": a percentage sign belongs to the object.)
    if (!t || (t.kind === 'punct' && t.text !== '%') || (t.kind === 'word' && AS_OBJECT_STOPS.has(t.lower))) return false;
  }
  return false;
}

/** The form of "be" before token i, over "not", degree words and -ly adverbs ("is (not so) critical of"), or -1. */
function predicative(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && i - k < 4 && isPlainWord(tokens[k]) && /^(?:not|n't|more|so|very|too|less|most|also|always|often|still|publicly|increasingly|[a-z]{3,}ly)$/.test(tokens[k]?.lower ?? '')) k--;
  return BE.has(tokens[k]?.lower ?? '') || /^(?:[a-z]+['’]re|[a-z]+['’]s)$/.test(tokens[k]?.lower ?? '') ? k : -1;
}

/** Nouns for a holder of a position towards something: "a supporter of", "an opponent of". */
const STANCE_NOUNS = new Set(['supporter', 'opponent', 'critic', 'defender', 'advocate', 'proponent', 'champion', 'backer', 'foe', 'admirer', 'detractor']);

/** The "a"/"an" before a stance noun at i over up to four lower-case modifiers ("a consistent and outspoken supporter"), or -1. */
function stanceNounArticle(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k];
    if (!isPlainWord(t) || !/^[a-z-]+$/.test(t.text)) return -1;
    if (t.lower === 'a' || t.lower === 'an') return k;
  }
  return -1;
}

/** A verb that a plural subject may take: "have", or a cue form not in -s ("say", "warned"). */
function pluralSubjectBefore(next: Token | undefined): boolean {
  if (!isPlainWord(next)) return false;
  return next.lower === 'have' || (CUE_FORMS.has(next.lower) && !next.lower.endsWith('s') && !next.lower.endsWith('ing'));
}

/** "advocates" in "Rights advocates say ...": a cue form in -s before a verb of its own is a plural noun. */
export function pluralCueNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return isPlainWord(t) && /^[a-z]+s$/.test(t.text) && !ONLY_VERBS.has(t.lower) && CUE_FORMS.has(t.lower) && pluralSubjectBefore(tokens[i + 1]);
}

/**
 * Discourse idioms built on "say" that report nothing: "Having said that,", "That said,", "Let's say you ...",
 * "It goes without saying that ...".
 */
function idiomOfSaying(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower;
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.text ?? '';
  if (w === 'said') return (prev === 'having' && tokens[i + 1]?.lower === 'that' && tokens[i + 2]?.text === ',') || ((prev === 'that' || prev === 'being') && next === ',');
  if (w === 'say') return /^let['’]s$/.test(prev) || (prev === 'us' && tokens[i - 2]?.lower === 'let');
  return w === 'saying' && prev === 'without';
}

/** The first token of a cue: its auxiliaries and adverbs join it. */
function modifiersBefore(tokens: Token[], head: number): number {
  let first = head;
  while (first > 0) {
    const p = tokens[first - 1];
    // "didn't", "doesn’t", "won't": a negated auxiliary joins the cue like the auxiliary itself.
    if (!isPlainWord(p) || !(CUE_MODIFIERS.has(p.lower) || isAdverb(p) || /^(?:did|does|do|has|have|had|is|was|are|were)n['’]t$/.test(p.lower))) break;
    first--;
  }
  return first;
}

/** Verbs of choosing between candidates or sides, which a share of those polled takes: "46 percent would choose X". */
const PREFERENCE_VERBS = new Set(['support', 'back', 'favor', 'favour', 'prefer', 'choose', 'oppose', 'vote']);
const SHARE_MODIFIERS = new Set(['would', 'will', 'now', 'still', 'strongly', 'narrowly']);

/**
 * "46 percent would choose", "44% of likely voters back", "1 percent support": a share of those polled (a number, then
 * "percent" or "%", then an optional "of" phrase) right before token i, over a modal or an adverb. Returns whether one is.
 */
function pollShareBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 2 && isPlainWord(tokens[k]) && SHARE_MODIFIERS.has(tokens[k]?.lower ?? '')) k--;
  const share = (j: number): boolean => {
    const t = tokens[j];
    if (!t || t.quote >= 0) return false;
    const pct = t.text === '%' || t.lower === 'percent' || (t.lower === 'cent' && tokens[j - 1]?.lower === 'per');
    const num = tokens[t.lower === 'cent' ? j - 2 : j - 1];
    return pct && num !== undefined && /^\d/.test(num.text);
  };
  if (share(k)) return true;
  // ("52% of respondents oppose", "40 percent of those polled favor": an "of" phrase of lower-case words after the share.)
  for (let j = k; j > 0 && k - j < 6; j--) {
    const t = tokens[j];
    if (!isPlainWord(t) || !/^[a-z-]+$/.test(t.text) || CUE_FORMS.has(t.lower)) return false;
    if (t.lower === 'of') return share(j - 1) && j < k;
  }
  return false;
}

const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** The nouns of objecting after "take", each with the preposition of its object. */
const OBJECTIONS = new Map([['offense', 'at'], ['offence', 'at'], ['umbrage', 'at'], ['exception', 'to'], ['issue', 'with']]);

/** "took offense at", "take great offence at", "took issue with", "takes exception to": the preposition's index, or -1. */
function takenObjection(tokens: Token[], i: number): number {
  const k = ['great', 'strong', 'particular'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const n = tokens[k];
  const prep = isPlainWord(n) ? OBJECTIONS.get(n.lower) : undefined;
  return prep !== undefined && tokens[k + 1]?.lower === prep && isPlainWord(tokens[k + 2]) ? k + 1 : -1;
}

const VOICING_FORMS = new Set('sound sounds sounded sounding issue issues issued issuing renew renews renewed renewing join joins joined joining'.split(' '));
const CALL_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas']);
const CALL_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'new', 'renewed', 'fresh', 'urgent', 'growing']);

/** "sounded a call for", "issued an urgent appeal for", "joined calls for": the index of "for" after a noun of calling, or -1. */
function voicedCallFor(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k <= i + 3 && CALL_DETERMINERS.has(tokens[k]?.lower ?? '') && isPlainWord(tokens[k])) k++;
  const n = tokens[k];
  return isPlainWord(n) && CALL_NOUNS.has(n.lower) && tokens[k + 1]?.lower === 'for' && isPlainWord(tokens[k + 2]) ? k + 1 : -1;
}

const PUT_FORMS = new Set(['put', 'puts', 'putting']);
const FIGURE_NOUNS = new Set(['figure', 'cost', 'costs', 'number', 'total', 'bill', 'toll', 'price', 'tally', 'shortfall', 'estimate', 'odds', 'chances', 'chance', 'probability', 'likelihood']);

/** "puts the figure at", "put the death toll at", "puts his chances at": the index of "at" after a figure noun, or -1. */
function figureAt(tokens: Token[], i: number): number {
  const det = tokens[i + 1]?.lower ?? '';
  if (!['the', 'its', 'his', 'her', 'their'].includes(det)) return -1;
  for (let k = i + 2; k <= i + 3; k++) {
    const w = tokens[k];
    if (!isPlainWord(w) || !/^[a-z-]+$/.test(w.text)) return -1;
    if (FIGURE_NOUNS.has(w.lower)) return amountAt(tokens, k + 1);
  }
  return -1;
}

/** "at $498 billion" at token j, or after a short "of" phrase ("the cost of the scheme at £2m"): the index of "at", or -1. */
function amountAt(tokens: Token[], j: number): number {
  let k = j;
  if (tokens[k]?.lower === 'of') {
    for (k++; k < j + 6 && isPlainWord(tokens[k]) && tokens[k]?.lower !== 'at'; k++) if (CUE_FORMS.has(tokens[k]?.lower ?? '')) return -1;
  }
  // ("put the cost of living at the heart of her campaign" places it, it estimates nothing: an amount must follow.)
  const amount = tokens[k + 1];
  return tokens[k]?.lower === 'at' && amount !== undefined && (/^[\d$£€]/.test(amount.text) || AMOUNT_WORDS.has(amount.lower)) ? k : -1;
}
const AMOUNT_WORDS = new Set('about around roughly nearly almost approximately some more less fewer over under between up just only one two three four five six seven eight nine ten half'.split(' '));

/** "made no secret of his ambition", "make little secret of their disagreements": the index of "of", or -1. */
function secretNotMade(tokens: Token[], i: number): number {
  const none = tokens[i + 1]?.lower ?? '';
  return (none === 'no' || none === 'little') && tokens[i + 2]?.lower === 'secret' && tokens[i + 3]?.lower === 'of' && isPlainWord(tokens[i + 4]) ? i + 3 : -1;
}

const RAISE_FORMS = new Set(['raise', 'raises', 'raised', 'raising']);
const DOUBT_NOUNS = new Set(['questions', 'concerns', 'doubts', 'objections']);

/**
 * "Trump is raising questions about his microphone", "Ms Lee raised concerns over the cost": the index of the topic's
 * preposition, or -1. Only a named or personal subject (right before, over auxiliaries) or an appositive one voices them: "the findings raised
 * questions about" and "his decision raises questions about" are the article's inference.
 */
function doubtsRaised(tokens: Token[], i: number): number {
  let s = i - 1;
  while (s > 0 && CUE_MODIFIERS.has(tokens[s]?.lower ?? '')) s--;
  const subject = tokens[s];
  // ("The solicitor, Ann Kerr, has raised questions about ...": an auxiliary after a comma closes an appositive subject.)
  const appositive = subject?.text === ',' && s < i - 1;
  if (!appositive && (!isPlainWord(subject) || (!(/^\p{Lu}/u.test(subject.text) && s > 0) && !PERSONAL_SUBJECT_PRONOUNS.has(subject.lower)))) return -1;
  let k = i + 1;
  for (let m = 0; m < 2 && isPlainWord(tokens[k]) && /^[a-z]+$/.test(tokens[k]?.text ?? '') && !DOUBT_NOUNS.has(tokens[k]?.lower ?? ''); m++) k++;
  const prep = tokens[k + 1]?.lower ?? '';
  return DOUBT_NOUNS.has(tokens[k]?.lower ?? '') && (prep === 'about' || prep === 'over') && isPlainWord(tokens[k + 2]) ? k + 1 : -1;
}

const REMARK_NOUNS = new Set('comment comments remark remarks statement statements condemnation accusation accusations allegation allegations claim claims'.split(' '));

/**
 * "made a strong condemnation of the test", "made dubious claims about vaccines": the index of the topic's preposition, or
 * -1 ("made the comments on BBC Radio 4", "on Tuesday": after "on" comes as often a channel or a day as a topic).
 */
function remarkMade(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k <= i + 3 && isPlainWord(tokens[k]) && /^[a-z-]+$/.test(tokens[k]?.text ?? '') && !REMARK_NOUNS.has(tokens[k]?.lower ?? '')) {
    // ("too canny to make any grand claims about ...": a remark under "any" or "no" is one not made.)
    if (tokens[k]?.lower === 'any' || tokens[k]?.lower === 'no') return -1;
    // ("made his infamous comment about X": an owned remark is read by the noun itself, its owner the source.)
    if (/^(?:his|her|their|its)$/.test(tokens[k]?.lower ?? '')) return -1;
    k++;
  }
  const prep = tokens[k + 1]?.lower ?? '';
  return REMARK_NOUNS.has(tokens[k]?.lower ?? '') && (prep === 'about' || prep === 'of') && isPlainWord(tokens[k + 2]) ? k + 1 : -1;
}

const OFFER_FORMS = new Set(['offer', 'offers', 'offered', 'offering']);
const MESSAGE_NOUNS = new Set('advice analysis assessment assessments insight insights proof evidence explanation explanations assurance assurances apology condolences thoughts views opinion opinions praise criticism rebuttal defence defense prediction predictions reassurance'.split(' '));

/**
 * "offered some pointed advice to Clinton", "offered no proof that ...", "experts offering their assessments": offering a
 * piece of advice, evidence or opinion is stating it; the verb alone is the cue (its index), and the object the report.
 * Other offers ("offered a deal", "offers loans") stay the weak cue that needs an infinitive.
 */
function messageOffered(tokens: Token[], i: number): number {
  for (let k = i + 1; k <= i + 3; k++) {
    const w = tokens[k];
    if (!isPlainWord(w) || !/^[a-z-]+$/.test(w.text)) return -1;
    if (MESSAGE_NOUNS.has(w.lower)) return i;
  }
  return -1;
}

/** Cues of a verb and a fixed phrase after it; `end` gives the index of the phrase's last word, or -1. */
const PHRASE_CUES: readonly { lemma: string; forms: ReadonlySet<string>; end: (tokens: Token[], i: number) => number }[] = [
  // "Trump took offense at suggestions that ...", "took issue with the ruling": objecting to a claim or a move.
  { lemma: 'take-issue', forms: TAKE_FORMS, end: takenObjection },
  // "Obama sounded a call for the United States to accept more refugees", "joined calls for a probe": voicing a call.
  { lemma: 'voice-call', forms: VOICING_FORMS, end: voicedCallFor },
  // "The Tax Foundation puts the figure at $498 billion": putting a figure at an amount is an estimate of it.
  { lemma: 'put-at', forms: PUT_FORMS, end: figureAt },
  // "The leaders made little secret of their disagreements": not hiding a view is airing it openly.
  { lemma: 'no-secret', forms: MAKE_FORMS, end: secretNotMade },
  // "Bernie Sanders offered some pointed advice to Hillary Clinton": offering advice or an opinion is giving it.
  { lemma: 'offer-message', forms: OFFER_FORMS, end: messageOffered },
  // "The Security Council made a strong condemnation of the test": making a remark about a topic is remarking on it.
  { lemma: 'make-remark', forms: MAKE_FORMS, end: remarkMade },
  // "Trump is raising questions about his microphone problems": voicing doubts about a topic.
  { lemma: 'raise-doubts', forms: RAISE_FORMS, end: doubtsRaised },
];

function phraseCueAt(tokens: Token[], i: number): { lemma: string; last: number } | undefined {
  const word = tokens[i]?.lower ?? '';
  for (const p of PHRASE_CUES) {
    if (!p.forms.has(word)) continue;
    const last = p.end(tokens, i);
    if (last > 0) return { lemma: p.lemma, last };
  }
  return undefined;
}

export function findCues(tokens: Token[]): Cue[] {
  const out: Cue[] = [];
  const headline = isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isPlainWord(t)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({ lemma: 'according', first: i, last: i + 1, head: i, participial: false });
      i++;
      continue;
    }
    // "Ham made it clear he had misgivings", "failed to make clear that ...": making clear is saying.
    const clear = MAKE_FORMS.has(t.lower) ? (tokens[i + 1]?.lower === 'clear' ? i + 1 : tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear' ? i + 2 : -1) : -1;
    if (clear > 0 && isPlainWord(tokens[clear + 1]) && tokens[i - 1]?.lower !== 'to') {
      out.push({ lemma: 'make-clear', first: modifiersBefore(tokens, i), last: clear, head: i, participial: t.lower === 'making' && !isPlainWord(tokens[i - 1]) });
      i = clear;
      continue;
    }
    // "took issue with the ruling", "sounded a call for", "puts the figure at $498 billion": a verb phrase cue.
    const phrase = phraseCueAt(tokens, i);
    if (phrase !== undefined) {
      out.push({ lemma: phrase.lemma, first: modifiersBefore(tokens, i), last: phrase.last, head: i, participial: false });
      i = phrase.last;
      continue;
    }
    // "made the case for Mrs. Clinton", "attempted to make the case to members of both parties that ...": making
    // the case is arguing; "for" and its object, or a listener before "that", join the cue.
    if (MAKE_FORMS.has(t.lower) && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'case' && isPlainWord(tokens[i + 2])) {
      const last = caseEnd(tokens, i + 2);
      if (last > 0) {
        const tried = tokens[i - 1]?.lower === 'to' ? tryVerbBefore(tokens, i - 1) : -1;
        out.push({ lemma: 'make-case', first: modifiersBefore(tokens, tried >= 0 ? tried : i), last, head: i, participial: false });
        i = last;
        continue;
      }
    }
    // "Nervo's conclusion that ...", "his claim that ...": an owned noun of saying before a clause.
    if (isNounCue(tokens, i)) {
      out.push({ lemma: NOUN_CUE, first: i, last: i, head: i, participial: false });
      continue;
    }
    // "warnings from his attorney that ...": the sayer after "from" joins the cue, and is its source.
    const sayer = fromSayerEnd(tokens, i);
    if (sayer > i) {
      out.push({ lemma: NOUN_CUE, first: i, last: sayer, head: i, participial: false });
      i = sayer;
      continue;
    }
    // "has faced sharp criticism for closing the clinic": the reproach of unnamed critics, read like an unowned topic noun.
    const reproachEnd = reproachFacedEnd(tokens, i);
    if (reproachEnd > i) {
      out.push({ lemma: TOPIC_NOUN_CUE, first: modifiersBefore(tokens, i), last: reproachEnd, head: i, participial: false });
      i = reproachEnd;
      continue;
    }
    // "his infamous comment about 47 percent", "North Korea's claims about the test": the topic after the preposition.
    const topicEnd = topicNounEnd(tokens, i);
    if (topicEnd > i) {
      out.push({ lemma: TOPIC_NOUN_CUE, first: i, last: topicEnd, head: i, participial: false });
      i = topicEnd;
      continue;
    }
    // "46 percent would choose Clinton and 44 percent would back Trump", "1 percent support the Green Party's Jill Stein": a
    // share of those polled choosing a candidate or side states a preference; the form is the verb, not the noun
    // ("85 percent support among black voters" has no object).
    if (PREFERENCE_VERBS.has(t.lower) && pollShareBefore(tokens, i)) {
      const forVote = t.lower === 'vote' && tokens[i + 1]?.lower === 'for';
      const obj = tokens[forVote ? i + 2 : i + 1];
      if ((t.lower !== 'vote' || forVote) && isPlainWord(obj) && (/^\p{Lu}/u.test(obj.text) || DETERMINERS.has(obj.lower))) {
        out.push({ lemma: 'back', first: modifiersBefore(tokens, i), last: forVote ? i + 1 : i, head: i, participial: false });
        if (forVote) i++;
        continue;
      }
    }
    const form = CUE_FORMS.get(t.lower) ?? SOFT_CUE_FORMS.get(t.lower);
    // "“...,” the letter reads.", "The statement read:": a document's text is what it says.
    if (!form && (t.lower === 'reads' || t.lower === 'read') && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '')) {
      out.push({ lemma: 'say', first: modifiersBefore(tokens, i), last: i, head: i, participial: false });
      continue;
    }
    // "Polls show a close contest", "Data from the survey show that ...": the bare form is a verb right after a
    // plural evidence noun (or one adverb after it); elsewhere "show" is usually the noun ("the show", "show insiders").
    if (!form && t.lower === 'show' && evidenceBefore(tokens, i)) {
      out.push({ lemma: 'show', first: modifiersBefore(tokens, i), last: i, head: i, participial: false });
      continue;
    }
    // "has been critical of Trump", "is more passionate about": an adjective of attitude with its topic, as a predicate of "be".
    if (!form && STANCE_ADJECTIVES.has(t.lower) && isStanceTopic(tokens[i + 1]?.lower)) {
      const be = predicative(tokens, i);
      if (be >= 0) out.push({ lemma: 'stance', first: modifiersBefore(tokens, be), last: i + 1, head: i, participial: false });
      if (be >= 0) i++;
      continue;
    }
    // "is a staunch opponent of the death penalty", "has been a consistent and outspoken supporter of NATO": a noun of
    // attitude with its topic, as a predicate of "be", ascribes a position like "is critical of".
    if (STANCE_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'of') {
      const article = stanceNounArticle(tokens, i);
      const be = article >= 0 ? predicative(tokens, article) : -1;
      if (be >= 0) {
        out.push({ lemma: 'stance', first: modifiersBefore(tokens, be), last: i + 1, head: i, participial: false });
        i++;
        continue;
      }
    }
    // "it is considered a threat", "statements were rated as true", "was viewed as favorable": a judgement
    // in the passive, held by nobody named.
    // ("The closure will be seen as a blow": a modal passive foresees a judgement nobody has made, otherSense.)
    if ((!form || form.needs?.has('as')) && PASSIVE_JUDGEMENTS.has(t.lower) && BE.has(tokens[i - 1]?.lower ?? '') && (t.lower === 'considered' || t.lower === 'rated' || tokens[i + 1]?.lower === 'as') && !otherSense(tokens, i)) {
      out.push({ lemma: 'judge', first: modifiersBefore(tokens, i), last: i, head: i, participial: false });
      continue;
    }
    if (!form) {
      if (headsThatClause(tokens, i)) out.push({ lemma: THAT_CLAUSE, first: modifiersBefore(tokens, i), last: i, head: i, participial: false });
      continue;
    }
    // Compounds whose first word looks like a cue: "think tank", "call centre", "report card".
    if (NOUN_COMPOUNDS.has(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`)) continue;
    if (idiomOfSaying(tokens, i) || otherSense(tokens, i)) continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && DETERMINERS.has(prev.lower) && !relativeThatVerb(tokens, i)) continue; // a noun: "the claims"
    // "After the 9/11 attacks", "the 2016 claims": an -s form right after a number is a noun.
    // (Not an age: "Jones, 59, says".)
    if (prev && /^\d+$/.test(prev.text) && /s$/.test(t.lower) && !ONLY_VERBS.has(t.lower) && tokens[i - 2]?.text !== ',') continue;
    // "the next attack", "the latest report": likewise after "the" and an adjective of order or time.
    if (prev && ORDER_ADJECTIVES.has(prev.lower) && DETERMINERS.has(tokens[i - 2]?.lower ?? '') && /^[a-z]+$/.test(t.text) && !/(?:ed|ing)$/.test(t.lower) && !ONLY_VERBS.has(t.lower)) continue;
    // "our worst fears", "the gravest warnings": a form after a determiner and a superlative is a noun (no subject is a superlative).
    if (prev && SUPERLATIVES.test(prev.lower) && !NOT_SUPERLATIVES.has(prev.lower) && DETERMINERS.has(tokens[i - 2]?.lower ?? '') && /^[a-z]+$/.test(t.text) && !/(?:ed|ing)$/.test(t.lower) && !ONLY_VERBS.has(t.lower)) continue;
    // "an improbable remark", "a bold claim": a singular bare form after "a/an" and an adjective is a noun.
    if (prev && prev.kind === 'word' && /^[a-z]+$/.test(prev.text) && !CUE_MODIFIERS.has(prev.lower) && !isAdverb(prev) && (tokens[i - 2]?.lower === 'a' || tokens[i - 2]?.lower === 'an') && /^[a-z]+$/.test(t.text) && !/(?:s|ed|ing)$/.test(t.lower) && !ONLY_VERBS.has(t.lower)) continue;
    // "a swiftly called meeting", "the widely reported claims": a determiner and an adverb before a form make it a modifier.
    if (prev && prev.kind === 'word' && isAdverb(prev) && DETERMINERS.has(tokens[i - 2]?.lower ?? '')) continue;
    // "his early-morning tweets", "the long-awaited report": a hyphenated modifier after a determiner makes a noun phrase.
    if (prev && prev.kind === 'word' && /^[a-z]+-[a-z-]+$/.test(prev.text) && (DETERMINERS.has(tokens[i - 2]?.lower ?? '') || /['’]s$/.test(tokens[i - 2]?.lower ?? '')) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !ONLY_VERBS.has(t.lower)) continue;
    // "Editor's note:", "the party's plans": a bare form after a possessive is a noun ("he's", "that's" are contractions).
    if (prev && prev.kind === 'word' && /^\p{L}+['’]s$/u.test(prev.text) && !CONTRACTED.test(prev.lower) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !ONLY_VERBS.has(t.lower)) continue;
    // "the United States said": a capitalised form inside a name, unless a headline capitalises every word.
    const cap = (x: Token | undefined): boolean => x !== undefined && x.kind === 'word' && /^\p{Lu}/u.test(x.text);
    if (cap(t) && cap(prev) && !cap(tokens[i + 1]) && !headline) continue;
    // ("his answer was to say he would ...": a copular infinitive of saying reports the owner's words.)
    const copular = copularSayingStart(tokens, i);
    if (copular >= 0) {
      out.push({ lemma: NOUN_CUE, first: copular, last: i, head: i, participial: false });
      continue;
    }
    const frame = prev?.lower === 'to' ? purposeFrameStart(tokens, i - 1) : -1;
    if (prev && prev.lower === 'to' && !t.lower.endsWith('ed') && !(ASPECTUAL.test(tokens[i - 2]?.lower ?? '')) && frame < 0) {
      // "wants to say" / "refused to say": not a report of what was said. "went on to say",
      // "continues to insist", "appeared to suggest": the report itself, in another aspect.
      continue;
    }
    const bare = !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !ONLY_VERBS.has(t.lower);
    // "the greatest fear that ...": a bare form that is also a noun is a verb only after its subject
    // (a name, a pronoun, a plural) or an auxiliary or adverb of its own.
    // ("tremendous support", "Americans’ support": an adjective in -s or a plural possessive before it makes it a noun.)
    if (NOUN_VERBS.has(t.lower) && prev && (prev.kind === 'quote' || (prev.kind === 'word' && !/^\p{Lu}/u.test(prev.text) && !SUBJECT_PRONOUNS.has(prev.lower) && !CUE_MODIFIERS.has(prev.lower) && !/[^us]s$/.test(prev.lower)))) continue;
    // "backed off", "back down", "were backed by", "a coalition led by X and backed by Y": phrasal verbs and passives of "back" report no stance.
    if (form.lemma === 'back' && (/^(?:off|down|away|up|out|into|onto|from|in|of|by)$/.test(tokens[i + 1]?.lower ?? '') || beBefore(tokens, i))) continue;
    // "Americans’ support for the candidates": "support for" is the noun.
    if (t.lower === 'support' && tokens[i + 1]?.lower === 'for') continue;
    // "renewed fears", "raised questions": an -s form right after a past-tense verb is its object noun.
    // ("made plans to build bunkers", "had doubts", "taking calls from listeners": likewise after an irregular past or an -ing form.)
    if (t.lower.endsWith('s') && prev && prev.kind === 'word' && ((/^[a-z]+(?:ed|ing)$/.test(prev.text) && !CUE_MODIFIERS.has(prev.lower)) || OBJECT_TAKING_PAST.has(prev.lower))) continue;
    // ("Leaked documents from the council show ...": likewise after a capitalised participle opening the sentence.)
    if (form.lemma === 'document' && t.lower.endsWith('s') && prev && isPlainWord(prev) && /^[a-z]+(?:ed|ing)$/.test(prev.lower) && !CUE_MODIFIERS.has(prev.lower)) continue;
    // "has faced ridicule online", "received praise from": a base form right after a past-tense verb is its object noun
    // ("helped promote", "dared challenge" take a bare infinitive).
    if (t.lower === form.lemma && prev && isPlainWord(prev) && /^[a-z]+ed$/.test(prev.text) && !CUE_MODIFIERS.has(prev.lower) && prev.lower !== 'helped' && prev.lower !== 'dared') continue;
    // "once-certain Republican advocates such as The Dallas Morning News": examples follow a noun, not a verb.
    if (tokens[i + 1]?.lower === 'such' && tokens[i + 2]?.lower === 'as') continue;
    // "The flagship pledge is ...", "amid claims the poll ...": a noun, not a verb.
    // "under questioning from the committee", "under attack from critics": a form after "under" is a noun.
    if (prev && isPlainWord(prev) && prev.lower === 'under') continue;
    // "despite repeated warnings from his lawyer", "amid renewed claims": an -ed form right after a preposition
    // modifies the noun after it (no preposition takes a finite verb or a passive).
    if (prev && isPlainWord(prev) && PREPOSITIONS_BEFORE_ADJECTIVE.has(prev.lower) && /^[a-z]+ed$/.test(t.text) && isPlainWord(tokens[i + 1]) && /^[a-z]+$/.test(tokens[i + 1]?.text ?? '')) continue;
    // ("The scheme, which officials say has saved millions": after an object relative and its subject the form is the verb.)
    if (bare && ((NOUN_FOLLOWERS.has(tokens[i + 1]?.lower ?? '') && !relativeSubjectBefore(tokens, i)) || NOUN_PRECEDERS.has(tokens[i - 1]?.lower ?? ''))) continue;
    // "which advocates say ...", "Rights advocates have warned ...": an -s form right before "have" or a base or
    // past form of another cue is a plural subject; a verb in -s takes no second verb after it.
    if (bare && pluralCueNoun(tokens, i)) continue;
    // "are thought to", "is expected to": hedging in the passive, not a report.
    if (HEDGES.has(t.lower) && tokens[i + 1]?.lower === 'to' && beBefore(tokens, i)) continue;
    // "It was announced last July that ...", "it is understood that": the impersonal passive names no one who said it.
    if (impersonalPassive(tokens, i)) continue;
    // "the Price report this week said": a noun-like form followed closely by a clearer cue is no cue.
    if (!t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !ONLY_VERBS.has(t.lower)) {
      let shadowed = false;
      for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
        const n = tokens[k];
        if (!n || n.kind !== 'word') break;
        const f = CUE_FORMS.get(n.lower);
        // Only a form that is surely a verb shadows: "report ... said", not "say ... questions".
        if (f && !f.needs && (n.lower.endsWith('ed') || ['said', 'says', 'told', 'tells', 'wrote', 'writes'].includes(n.lower))) shadowed = true;
      }
      if (shadowed) continue;
    }
    // "Other plans include", "government plans to": only a person or body that plans something is a cue.
    if (form.lemma === 'plan' && !(tokens[i + 1]?.lower === 'to' && prev && !NOT_SUBJECTS.has(prev.lower))) continue;
    let last = i;
    let lemma = form.lemma;
    // "agreed with Matthews about the winner", "largely agreed with his rival": agreeing with someone is a position,
    // like "disagreed with", and needs no clause after it; the preposition joins the cue.
    if (lemma === 'agree' && tokens[i + 1]?.lower === 'with') {
      lemma = AGREE_WITH;
      last = i + 1;
    }
    // "called for", "called on": the particle joins the cue.
    if (form.lemma === 'call' && (tokens[i + 1]?.lower === 'for' || tokens[i + 1]?.lower === 'on')) last = i + 1;
    // "has also commented on Crutcher's death": the topic's preposition joins the cue, so its object is the report.
    if (form.lemma === 'comment' && (tokens[i + 1]?.lower === 'on' || tokens[i + 1]?.lower === 'about')) last = i + 1;
    // "voted Thursday to hold ...", "voted unanimously to": a day or an adverb before a vote's infinitive joins the cue.
    if (form.lemma === 'vote') last = voteAdverbialEnd(tokens, i);
    // "decided against fact-checking him": deciding against doing is deciding not to do; "against" joins the cue.
    if (form.lemma === 'decide' && tokens[i + 1]?.lower === 'against' && /^[a-z][a-z-]{2,}ing$/.test(tokens[i + 2]?.lower ?? '') && isPlainWord(tokens[i + 2])) last = i + 1;
    if (form.needs) {
      // "spoke emotionally of", "spoke out on Tuesday about", "speaks more often in public about": adverbs may stand before the particle.
      let p = i + 1;
      if (form.lemma === 'speak' || form.lemma === 'talk' || form.lemma === 'brag') while (p < i + 5 && isPlainWord(tokens[p]) && !form.needs.has(tokens[p]?.lower ?? '') && PARTICLE_ADVERBS.test(tokens[p]?.lower ?? '')) p++;
      // "talks to DuVernay about the issue", "spoke with reporters about the plan": a listener may stand before the topic.
      // "had pressed him on his failure to ...", "pressed Smith about the delay": the questioned person (a pronoun or
      // a short name) may stand before the topic. (A questioner after "by" is left, like "asked by X about".)
      if (form.lemma === 'press') p = pressedTopic(tokens, p);
      if ((form.lemma === 'speak' || form.lemma === 'talk') && (tokens[p]?.lower === 'to' || tokens[p]?.lower === 'with')) {
        let q = p + 1;
        while (q < p + 6 && isPlainWord(tokens[q]) && tokens[q]?.lower !== 'about') q++;
        if (q > p + 1 && tokens[q]?.lower === 'about' && !timeOpens(tokens, p + 1)) p = q;
      }
      if ((form.lemma === 'speak' || form.lemma === 'talk') && !form.needs.has(tokens[p]?.lower ?? '')) p = aboutAfterSetting(tokens, i + 1, p);
      // "see reauthorization of the program as an opportunity": an object may stand before "as", and then it
      // is part of what is reported (the cue is the verb alone).
      // ("compared Trump to a coach": likewise an object before "to"/"with" after "compare".)
      const asAhead = form.needs.has('as') && tokens[p]?.lower !== 'as' ? objectThenAs(tokens, p, 'as') : form.lemma === 'compare' && !form.needs.has(tokens[p]?.lower ?? '') ? objectThenAs(tokens, p, 'to') || objectThenAs(tokens, p, 'with') : false;
      // ("linked X to Y", "tied X to Y": only with an object before "to", and not in the passive, "is tied to".)
      if (LINK_CUES.has(form.lemma) && (tokens[p]?.lower === 'to' || !objectThenAs(tokens, p, 'to') || beBefore(tokens, i))) continue;
      const next = tokens[p];
      const linked = LINK_CUES.has(form.lemma);
      if (!asAhead && !linked && (!next || !form.needs.has(next.lower))) continue;
      // "a set of Clean Air Act rules that could lead to ...": a "that" followed by a finite auxiliary is a relative
      // pronoun, and the form before it a noun; a needed "that" opens a clause with a subject ("ruled that the law ...").
      if (!asAhead && !linked && next?.lower === 'that' && FINITE_AUXILIARIES.has(tokens[p + 1]?.lower ?? '')) continue;
      last = asAhead || linked ? i : p;
      // "weighed in on the ruling", "weighed in Friday about whether ...", "had weighed in with any explanation":
      // weighing in is commenting, and the topic's preposition joins the cue ("weighed in at 200 pounds" is none).
      if (form.lemma === 'weigh') {
        let q = p + 1;
        while (q < p + 4 && isPlainWord(tokens[q]) && PARTICLE_ADVERBS.test(tokens[q]?.lower ?? '') && !WEIGH_TOPICS.has(tokens[q]?.lower ?? '')) q++;
        if (!isPlainWord(tokens[q]) || !WEIGH_TOPICS.has(tokens[q]?.lower ?? '')) continue;
        last = q;
      }
    }
    // "took to Twitter to accuse": the frame opens the cue, so its subject is found before it.
    let first = frame >= 0 ? modifiersBefore(tokens, frame) : modifiersBefore(tokens, i);
    // "continued to call for", "went on to explain": the aspect verb and its "to" join the cue, so its subject is found.
    if (prev?.lower === 'to' && i >= 2) {
      const aspect = tokens[i - 2]?.lower === 'on' && i >= 3 ? i - 3 : i - 2;
      if (ASPECTUAL.test(tokens[i - 2]?.lower ?? '')) {
        first = modifiersBefore(tokens, aspect);
        const before = out[out.length - 1];
        if (before && before.head >= aspect) out.pop();
      }
    }
    // ("..., even suggesting he may have been sabotaged", "also saying": adverbs before a participle leave it subjectless.)
    // (After a preposition, "for allegedly suggesting ...", the adverb keeps the old reading.)
    const participial = t.lower.endsWith('ing') && (first === i || (tokens[first - 1]?.text === ',' && tokens.slice(first, i).every((x) => !AUXILIARY_FORMS.has(x.lower) && !/n['’]t$/.test(x.lower))));
    // "denied accusing X of ...": a participle right after a cue is its complement, not a new cue.
    const previous = out[out.length - 1];
    if (participial && previous && previous.last === i - 1) continue;
    out.push({ lemma, first, last, head: i, participial });
    i = last;
  }
  return out.filter((c, n) => !deniedThenCorrected(tokens, c, out[n + 1]));
}

const NEGATIONS = new Set(['not', 'never', "n't", 'n’t']);
const isNegation = (t: Token | undefined): boolean => isPlainWord(t) && (NEGATIONS.has(t.lower) || /n['’]t$/.test(t.lower));

/**
 * "He did not defend their views but argued it was their right to hold them": a negated cue with a plain object,
 * corrected by "but" and a cue of the same subject, names what was not said; the report is the second cue's. A
 * negated cue with a clause ("did not say that ...", "has not said when ...") or without a correction stays a report.
 */
function deniedThenCorrected(tokens: Token[], cue: Cue, next: Cue | undefined): boolean {
  if (!next || tokens[next.first - 1]?.lower !== 'but' || !tokens.slice(cue.first, cue.head).some(isNegation)) return false;
  const object = tokens.slice(cue.last + 1, next.first - 1);
  // (A possessive apostrophe, "other groups' beliefs", stays inside the object.)
  const objectWord = (t: Token): boolean => t.quote < 0 && (/^['’]$/.test(t.text) || (isPlainWord(t) && t.lower !== 'that' && !FINITE_AUXILIARIES.has(t.lower)));
  return object.length > 0 && object.every(objectWord);
}
