// Content spans: for each sentence unit, which quotations and reported clauses belong to which
// cue and source. Direct (the words inside the marks), indirect (the reported clause) or mixed
// (a reported clause embedding quoted fragments).
import type { QuoteSpan, Span, Token, Unit } from './document.js';
import { AGREE_WITH, findCues, isTitleCase, THAT_CLAUSE, type Cue } from './cues.js';
import { clauseEnd } from './clauseend.js';
import { CLAUSE_SUBJECTS, COORDINATORS, FINITE_AUXILIARIES, finiteClause, IRREGULAR_PAST, NOMINATIVE_PRONOUNS, phraseComma, WH_WORDS, wordCount } from './clausewords.js';
import { addresseeOnly, freeRelative, listenerOnly, loneDashEnd, objectEnd, prepositionalOnly, reportEnd, subordinateOnly } from './reportspan.js';
import { intentObject, NOUN_CUE, owner, reproachFacedEnd, TOPIC_NOUN_CUE, topicOwner } from './nouncue.js';
import { sourceAfter, sourceBefore, type TokenRange } from './sources.js';
import { AS_CUES, CUE_MODIFIERS, DAY_WORDS, EVIDENCE_NOUNS, INFINITIVE_CUES, MONTHS, OBJECT_CUES, PERSON_NOUNS, WEAK_CUES } from './lexicon.js';
import type { ExtractedQuoteKind } from './types.js';
import { isPlainWord } from './tokens.js';

export interface RawAttribution {
  unit: number;
  content: Span;
  kind: ExtractedQuoteKind;
  cue: Span | null;
  source: Span | null;
  channel: Span | null;
  /** A bare quote (or a subjectless "adding that ...") whose speaker is the previous one. */
  inherits: boolean;
}

export interface Anchored {
  cue: Cue;
  source: TokenRange | null;
  inverted: boolean;
  /** "X was reported by Y": the content is the subject before the cue. */
  passive?: boolean;
  /** The subject is an earlier cue's ("said ... and dismissed ..."). */
  shared?: boolean;
  /** A passive cue with no agent ("was accused of"): its subject is not the source, and no earlier speaker is inherited. */
  unsourced?: boolean;
  /** The subject of an agentless passive cue ("a curfew was announced"): what the report is about, part of its content. */
  subject?: TokenRange;
}

const LISTENERS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'newspapers', 'broadcasters', 'parliament', 'mps', 'peers', 'supporters', 'delegates', 'voters', 'members', 'viewers', 'listeners', 'readers', 'colleagues', 'activists', 'audiences', 'the']);
const CHANNEL_NOUNS = new Set(['news', 'agency', 'programme', 'program', 'newspaper', 'website', 'radio', 'paper', 'channel', 'show', 'conference', 'meeting', 'committee', 'audience', 'crowd', 'magazine', 'broadcaster', 'network', 'station', 'podcast', 'interview', 'briefing', 'summit', 'rally', 'hearing', 'inquiry', 'reporters', 'journalists', "programme's", 'breakfast', 'today']);
const ADVERBIAL_OPENERS = new Set(['in', 'at', 'on', 'of', 'during', 'after', 'before', 'while', 'when', 'from', 'with', 'outside', 'following', 'via', 'through', 'late', 'early', 'last', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'afterward', 'afterwards', 'then', 'recently', 'privately', 'publicly']);
const OPENING_PREPOSITIONS = new Set(['in', 'by', 'while', 'after', 'when', 'before', 'upon', 'on', 'since']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'although', 'though', 'before', 'after']);
const ADVERBIAL_ONLY = /^(?:in|on|at|during|to|with|via|after|before|last|this|earlier|later|yesterday|today|tonight|on|for|from|a|an|the|statement|interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|evening|night|afternoon|recently|previously|told|'s|’s|news|conference|briefing|speech|programme|radio|tv|website|\d+)$/iu;

const spanOf = (tokens: Token[], a: number, b: number): Span | null => {
  const x = tokens[a];
  const y = tokens[b];
  return x && y && b >= a ? { start: x.start, end: y.end } : null;
};

/** Strips leading and trailing punctuation (not quote marks that belong to a fragment) from a token range. */
function trimRange(tokens: Token[], a: number, b: number): [number, number] {
  let s = a;
  let e = b;
  // ("$498 billion": a currency sign before its number is part of the amount.)
  while (s <= e && tokens[s]?.kind === 'punct' && !(/^[$£€]$/.test(tokens[s]?.text ?? '') && /^\d/.test(tokens[s + 1]?.text ?? ''))) s++;
  while (e >= s && (tokens[e]?.kind === 'punct' || CLAUSE_JOINERS.has(tokens[e]?.lower ?? '') || COORDINATORS.has(tokens[e]?.lower ?? ''))) e--;
  return [s, e];
}

const CHANNEL_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const MAX_CHANNEL_MODIFIERS = 3;

/**
 * "told his monthly news conference Britain had ...", "told a packed meeting he would ...": a determiner and lower-case
 * modifiers before a channel noun belong to the listener. Returns the index of the channel noun, else `i` unchanged.
 */
function modifiedChannelStart(tokens: Token[], i: number): number {
  if (!CHANNEL_DETERMINERS.has(tokens[i]?.lower ?? '')) return i;
  for (let k = i + 1; k <= i + MAX_CHANNEL_MODIFIERS; k++) {
    const u = tokens[k];
    if (!u || u.kind !== 'word' || u.quote >= 0 || !/^[a-z-]+$/.test(u.text)) return i;
    if (CHANNEL_NOUNS.has(u.lower)) return channelHeadEnds(tokens, k) ? k : i;
  }
  return i;
}

/** Words that may follow a listener's head noun: the report's opening word, or the listener's own phrase. */
const AFTER_CHANNEL = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'that', 'there', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'of', 'about']);

/** "a radio host": a lower-case word after the channel noun that cannot open the report makes it a modifier, not the head. */
function channelHeadEnds(tokens: Token[], k: number): boolean {
  let e = k;
  while (CHANNEL_NOUNS.has(tokens[e + 1]?.lower ?? '')) e++;
  const n = tokens[e + 1];
  return !n || n.kind !== 'word' || n.quote >= 0 || !/^[a-z]/.test(n.text) || AFTER_CHANNEL.has(n.lower);
}

/** "told a meeting of the Police Authority it would be ...": "the" after a channel noun's "of" stays in the listener. */
const ofTheAfterChannel = (tokens: Token[], k: number): boolean =>
  tokens[k]?.lower === 'the' && tokens[k - 1]?.lower === 'of' && CHANNEL_NOUNS.has(tokens[k - 2]?.lower ?? '');

// Adverbs that link a sentence to the one before it: "However, debates are not likely to alter the race, he said."
const LINKING_ADVERBS = new Set(['however', 'meanwhile', 'moreover', 'nonetheless', 'nevertheless', 'furthermore']);

/**
 * "But he then changed his mind, the book says", "However, debates alone will not alter the race, he said": a
 * coordinator or linking adverb opening the clause before ", X said" ties it to the article's previous sentence;
 * it is the article's word, not the speaker's.
 */
function skipConnective(tokens: Token[], s: number, e: number): [number, number] {
  const t = tokens[s];
  // ("However laudable the goal, ...": without its comma "however" is a degree word inside the clause.)
  const linking = LINKING_ADVERBS.has(t?.lower ?? '') && tokens[s + 1]?.text === ',';
  if (!isPlainWord(t) || !(COORDINATORS.has(t.lower) || linking) || e - s < 3) return [s, e];
  return trimRange(tokens, s + 1, e);
}

/** A finite auxiliary or past form in the article's own words: "was", "would", "decided". */
const finiteVerb = (t: Token | undefined): boolean => isPlainWord(t) && (FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text));

const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** "said this week that ...": "this" before a time noun is a time adverbial, not the report's subject ("said this was wrong"). */
const thisTime = (tokens: Token[], i: number): boolean => tokens[i]?.lower === 'this' && TIME_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i]?.quote === -1;

/** "Sky News' Sunday programme": an apostrophe right after a plural in -s, outside every quotation, is its possessive. */
function pluralPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return t !== undefined && (t.text === "'" || t.text === '’') && t.quote === -1 && isPlainWord(before) && before.end === t.start && /s$/.test(before.text);
}

/** The listener or channel after "told": "the BBC", "GMTV's Sunday programme", "reporters". Returns the index after it. */
function skipListener(tokens: Token[], i: number): { next: number; channel: TokenRange | null } {
  const t = tokens[i];
  if (!t || t.quote >= 0) return { next: i, channel: null };
  let k = modifiedChannelStart(tokens, i);
  // ("told her weekly press conference" is an owned channel; "told her the plan" a pronoun listener.)
  if (k === i && LISTENERS.has(t.lower) && t.lower !== 'the') return { next: i + 1, channel: { first: i, last: i } };
  if (k === i && t.lower === 'the') k++;
  const start = k;
  while (k < tokens.length && k - i < 9) {
    const u = tokens[k];
    if (pluralPossessive(tokens, k)) {
      k++;
      continue;
    }
    if (!u || u.kind !== 'word' || u.quote >= 0) break;
    // ("told his news conference Britain had ...": a name after a lower-case channel noun opens the report.)
    if (k > start && /^\p{Lu}/u.test(u.text) && /^[a-z]+$/.test(tokens[k - 1]?.text ?? '') && CHANNEL_NOUNS.has(tokens[k - 1]?.lower ?? '')) break;
    if (/^\p{Lu}/u.test(u.text) || CHANNEL_NOUNS.has(u.lower) || /['’]s$/.test(u.lower) || u.lower === 'of' || u.lower === 'with' || ofTheAfterChannel(tokens, k)) k++;
    else break;
  }
  if (k === start) {
    // "told a radio host that ...", "warned local officials how ...": a plain listener ends at the clause word.
    for (let m = i + 1; m <= i + 5 && m < tokens.length; m++) {
      const u = tokens[m];
      if (!u || u.kind !== 'word' || u.quote >= 0) break;
      if (u.lower === 'that' || (WH_WORDS.has(u.lower) && u.lower !== 'who' && u.lower !== 'which')) return { next: m, channel: null };
      // ("told the forum he was against the war": a subject pronoun and its verb open the clause with "that" left out.)
      if (m > i && NOMINATIVE_PRONOUNS.has(u.lower) && finiteVerb(tokens[m + 1])) return { next: m, channel: null };
    }
    return { next: i, channel: null };
  }
  return { next: k, channel: { first: i, last: k - 1 } };
}

const SUBJECT_JUNK = new Set(['but', 'and', 'so', 'yet', 'however', 'also', 'instead', 'meanwhile', 'still', 'meanwhile', 'later', 'earlier', 'then', 'now', 'still']);

/** The sentence's opening subject, when it is a pronoun or a capitalised name, before token `limit`. */
function sentenceSubject(tokens: Token[], limit: number, from = 0, depth = 0): TokenRange | null {
  let i = from === 0 ? datelineEnd(tokens) : from;
  // "“Promise me,” Blige sings to Clinton before asking ...": an opening quotation comes before the subject.
  if (i === 0 && tokens[0]?.quote !== undefined && tokens[0].quote >= 0) {
    const q = tokens[0].quote;
    while (i < limit && tokens[i]?.quote === q) i++;
    if (tokens[i]?.text === ',') i++;
  }
  // "Recently, however, it ...": sentence adverbs set off by commas come before the subject.
  const adverb = (k: number): boolean => tokens[k + 1]?.text === ',' && (/ly$/.test(tokens[k]?.lower ?? '') || SUBJECT_JUNK.has(tokens[k]?.lower ?? ''));
  while (i < limit && (tokens[i]?.kind !== 'word' || SUBJECT_JUNK.has(tokens[i]?.lower ?? '') || adverb(i))) {
    if (tokens[i]?.quote !== -1) return null;
    i++;
  }
  const t = tokens[i];
  if (!t || t.quote >= 0) return null;
  if (NOMINATIVE_PRONOUNS.has(t.lower)) return { first: i, last: i };
  // "Responding to the criticism, ...", "Chastened by X, ...", "While Obama ...", "On Thursday, ...": a participle,
  // subordinate clause or adverbial opens the sentence; the subject follows its comma.
  // ("Following a swiftly called, late-afternoon meeting, X ...": a lower-case word after the opener's first comma still belongs to it.)
  const stillOpener = depth > 0 && /^[a-z]/.test(t.text) && !NP_OPENERS.has(t.lower);
  if (t.lower.endsWith('ing') || t.lower.endsWith('ed') || SUBORDINATORS.has(t.lower) || t.lower === 'in' || t.lower === 'on' || t.lower === 'at' || stillOpener) {
    if (depth >= 2) return null;
    let c = i + 1;
    // ("Bemoaning the "phony system," Trump ...": the comma may stand inside the closing mark.)
    while (c < limit && !phraseComma(tokens, c)) c++;
    return c + 1 < limit ? sentenceSubject(tokens, limit, c + 1, depth + 1) : null;
  }
  if (NP_OPENERS.has(t.lower)) return describedSubject(tokens, i, limit);
  if (!/^\p{Lu}/u.test(t.text) || t.lower === 'in' || t.lower === 'on' || t.lower === 'at') return null;
  let j = i;
  while (j + 1 < limit && tokens[j + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
  return { first: i, last: j };
}

/** "CHARLOTTE - The wife of ...", "WASHINGTON (AP) — ...", "FAIRVIEW, W.Va. - ...": the index after an opening dateline's dash, else 0. */
function datelineEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || first.quote >= 0 || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}{3}/u.test(first.text)) return 0;
  for (let k = 1; k < 8 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return 0;
    if (/^[-—–―]$/.test(t.text)) return k + 1;
    if (t.kind === 'word' ? !/^\p{Lu}/u.test(t.text) : !/^[,()]$/.test(t.text)) return 0;
  }
  return 0;
}

/** "with Russia backing the government", "with Democrats arguing that ...", ", each touting ...": the subject of a participle at `cue` in an absolute phrase. */
function withSubject(tokens: Token[], cue: number): TokenRange | null {
  // "Trump and Clinton vied for the title, each touting their own experience": a distributive subject after the comma.
  if (/^(?:each|both)$/.test(tokens[cue - 1]?.lower ?? '') && tokens[cue - 2]?.text === ',') return { first: cue - 1, last: cue - 1 };
  let k = cue - 1;
  while (k >= 0 && cue - k <= 4 && tokens[k]?.kind === 'word' && tokens[k]?.quote === -1 && tokens[k]?.lower !== 'with') k--;
  if (k < 0 || k === cue - 1 || tokens[k]?.lower !== 'with' || tokens[k]?.quote !== -1) return null;
  const head = tokens[k + 1];
  const last = tokens[cue - 1];
  if (!head || !last) return null;
  // A name or a plural of people: "with the opposition boycotting" or "with time running out" name no speaker.
  const named = /^\p{Lu}/u.test(head.text) && /^\p{Lu}/u.test(last.text);
  const people = PERSON_NOUNS.has(last.lower) || /^[a-z]{3,}(?:ists|ers|ians|ants|ents|ors|crats|cans)$/.test(last.lower);
  return named || people ? { first: k + 1, last: cue - 1 } : null;
}

const OPENING_PARTICLES = new Set(['to', 'for', 'in']);

/** "..., and she becomes upset, shouting ...": where the last coordinated clause before token `limit` starts (0 when none). */
function lastClauseStart(tokens: Token[], limit: number): number {
  for (let k = limit - 3; k > 0; k--) {
    const t = tokens[k];
    if (t?.text === ',' && t.quote === -1 && COORDINATORS.has(tokens[k + 1]?.lower ?? '') && NOMINATIVE_PRONOUNS.has(tokens[k + 2]?.lower ?? '')) return k + 2;
  }
  return 0;
}

const GERUND_HOSTS = new Set(['stop', 'stopped', 'stops', 'keep', 'kept', 'keeps', 'start', 'started', 'began', 'begin', 'avoid', 'avoided', 'quit', 'resume', 'resumed', 'finish', 'finished', 'for', 'by', 'of', 'about', 'after', 'before', 'without', 'in', 'on', 'from', 'against', 'over']);
const SUBORDINATORS = new Set(['while', 'when', 'once', 'after', 'before', 'since', 'although', 'though', 'if', 'because', 'as', 'unless', 'until', 'following', 'despite', 'with', 'for', 'from', 'by', 'during', 'like', 'unlike']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'several', 'many', 'some', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'most', 'both']);
const SUBJECT_VERBS = new Set(['said', 'spoke', 'told', 'wrote', 'made', 'took', 'gave', 'went', 'came', 'saw', 'knew', 'thought', 'felt', 'left', 'met', 'won', 'lost', 'led', 'ran', 'held', 'kept', 'began', 'became', 'got', 'put', 'set', 'sent', 'spent', 'brought', 'fought', 'found', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'did', 'does', 'do']);

const OBJECT_PARTICIPLE_VERBS = new Set(['had', 'has', 'have', 'got', 'gets', 'saw', 'sees', 'heard', 'hears', 'watched', 'left', 'kept', 'found']);

/** The nearest finite verb before `at` in the same clause ("X filed papers opposing ..."), or -1. */
function clauseVerb(tokens: Token[], at: number): number {
  for (let v = at - 1; v > 0 && at - v <= 12; v--) {
    const t = tokens[v];
    if (!t || t.kind !== 'word' || t.quote >= 0) return -1;
    const finite = (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) && /^[a-z]/.test(t.text) && !NP_OPENERS.has(tokens[v - 1]?.lower ?? '');
    if (finite) return v;
  }
  return -1;
}

/** The subject of the clause verb before a participle at `at`. */
function clauseVerbSubject(tokens: Token[], at: number): TokenRange | null {
  const v = clauseVerb(tokens, at);
  return v < 0 ? null : sourceBefore(tokens, { lemma: 'say', first: v, last: v, head: v, participial: false });
}

/** "the swoon had Republicans wondering", "saw its critics mocking ...": after a verb of causing or perceiving, the participle is done by its object. */
function causedObject(tokens: Token[], at: number): TokenRange | null {
  const v = clauseVerb(tokens, at);
  const object = tokens.slice(v + 1, at);
  // ("had been criticizing", "has also been urging": an auxiliary's verb chain is no object.)
  const plain = object.every((x) => x.kind === 'word' && x.quote < 0 && !CLAUSE_JOINERS.has(x.lower) && !CUE_MODIFIERS.has(x.lower) && !x.lower.endsWith('ly'));
  return v >= 0 && OBJECT_PARTICIPLE_VERBS.has(tokens[v]?.lower ?? '') && object.length > 0 && plain ? { first: v + 1, last: at - 1 } : null;
}

/**
 * "Farmers want subsidies, and retailers want lower rents and suggest that ...", "(they want X and suggest that ...)": the
 * subject of the last clause opened before `at` by ", and"/", but", a semicolon or a bracket.
 */
function clauseSubject(tokens: Token[], at: number): TokenRange | null {
  for (let k = at - 2; k > 0; k--) {
    const t = tokens[k];
    if (!t || t.quote !== -1) continue;
    const opens = t.text === '(' || t.text === ';' ? k + 1 : t.text === ',' && COORDINATORS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : -1;
    if (opens < 0) continue;
    const head = tokens[opens];
    if (!isPlainWord(head) || !(NOMINATIVE_PRONOUNS.has(head.lower) || /^\p{Lu}/u.test(head.text))) return null;
    return sentenceSubject(tokens, at, opens);
  }
  return null;
}

const RESULT_PARTICLES = new Set(['away', 'out', 'back', 'home', 'off']);
const pastVerb = (t: Token | undefined): boolean => isPlainWord(t) && (IRREGULAR_PAST.has(t.text) || /^[a-z]{3,}ed$/.test(t.text));
/** "met with them and came away convinced that ...": a cue after a coordinated past verb (and its particle) completes that verb, and shares the subject. */
function afterCoordinatedVerb(tokens: Token[], at: number): boolean {
  const particle = RESULT_PARTICLES.has(tokens[at - 1]?.lower ?? '') && tokens[at - 1]?.quote === -1 ? 1 : 0;
  const v = at - 1 - particle;
  return pastVerb(tokens[v]) && COORDINATORS.has(tokens[v - 1]?.lower ?? '') && tokens[v - 1]?.quote === -1;
}

/** The capitalised name that ends right before `at` inside the sentence, if any. */
function nameBefore(tokens: Token[], at: number): TokenRange | null {
  const name = (t: Token | undefined): boolean => isPlainWord(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && !/['’]s$/.test(t.text) && !DAY_WORDS.test(t.lower) && !MONTHS.has(t.lower);
  let k = at - 1;
  while (k >= 1 && name(tokens[k])) k--;
  // At the sentence start a capitalised word may be the verb of a list line ("Keeps saying ...").
  return k < at - 1 && k >= 1 && tokens[k]?.kind === 'word' && /^[a-z]/.test(tokens[k]?.text ?? '') ? { first: k + 1, last: at - 1 } : null;
}

/** A verb's form, for matching coordinated verbs: past, third person singular, participle or base. */
function verbForm(t: Token | undefined): 'past' | 's' | 'ing' | 'base' {
  const w = t?.lower ?? '';
  if (w.endsWith('ed') || IRREGULAR_PAST.has(w)) return 'past';
  if (w.endsWith('ing')) return 'ing';
  return w.endsWith('s') && !w.endsWith('ss') ? 's' : 'base';
}

/** "The Supreme Court blocked ...", "several environmental groups granted ...": a described subject runs up to its verb. */
function describedSubject(tokens: Token[], i: number, limit: number): TokenRange | null {
  for (let j = i + 1; j < limit && j - i < 10; j++) {
    const w = tokens[j];
    if (!w || w.kind !== 'word' || w.quote >= 0) return null;
    if (/^[a-z]/.test(w.text) && (SUBJECT_VERBS.has(w.lower) || (w.lower.endsWith('ed') && j > i + 1))) return j > i + 1 ? { first: i, last: j - 1 } : null;
  }
  return null;
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'is', 'are']);

/** "Face the Nation", "All Bets Are Off": every major word capitalised, short: a title, not a quotation. */
export function isTitle(inner: string): boolean {
  const words = inner.replace(/[.,!?:;]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (words.length === 1) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR_WORDS.has(w.toLowerCase())));
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const EXPLETIVES = new Set(['it', 'there', 'this', 'that', 'which', 'who', 'what']);

/** "... was first reported by The Washington Post": the agent after "by" is the source. */
const PASSIVE_PARTICLES = new Set(['out', 'down', 'up', 'off']);

function passiveAgent(tokens: Token[], cue: Cue): TokenRange | null {
  const head = tokens[cue.head];
  if (!head || (!head.lower.endsWith('ed') && head.lower !== 'told' && head.lower !== 'said')) return null;
  let hasBe = false;
  for (let i = cue.first; i < cue.head; i++) if (BE.has(tokens[i]?.lower ?? '')) hasBe = true;
  // ("was called out by fellow doctors", "were singled out by"): a particle may stand between the participle and "by".
  const by = PASSIVE_PARTICLES.has(tokens[cue.last + 1]?.lower ?? '') && tokens[cue.last + 1]?.quote === -1 ? cue.last + 2 : cue.last + 1;
  if (!hasBe || tokens[by]?.lower !== 'by') return null;
  const first = by + 1;
  let k = first;
  while (k < tokens.length && k - first < 10 && tokens[k]?.kind === 'word' && tokens[k]?.quote === -1 && !CLAUSE_JOINERS.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'that') k++;
  return k > first ? { first, last: k - 1 } : null;
}

const PARTICIPLE_IRREGULAR = new Set(['told', 'said', 'thought', 'known', 'seen', 'heard', 'shown', 'written', 'spoken', 'found', 'taught', 'understood']);

/** "was accused", "has been criticised", "is expected": a passive cue; any "by" agent is handled by passiveAgent. */
function passiveWithoutAgent(tokens: Token[], cue: Cue): boolean {
  const head = tokens[cue.head];
  if (!head || !(head.lower.endsWith('ed') || PARTICIPLE_IRREGULAR.has(head.lower))) return false;
  // "is worried that" is a state of the subject; "is alleged to have said" reports the subject's words.
  // "Obama's veto is expected to come before Friday": an expectation held by nobody named.
  if (cue.lemma === 'worry' || cue.lemma === 'stance' || cue.lemma === THAT_CLAUSE || (tokens[cue.last + 1]?.lower === 'to' && cue.lemma !== 'expect')) return false;
  for (let i = cue.first; i < cue.head; i++) if (BE.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

const GAP_SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** In a source span "meddling the congressman" right after a dash or comma, the subject after the bare noun it opens with. */
function appositiveGapSubject(tokens: Token[], source: TokenRange): TokenRange | null {
  const sep = tokens[source.first - 1];
  const noun = tokens[source.first];
  const det = tokens[source.first + 1];
  if (!sep || !/^[,—–―-]$/.test(sep.text) || sep.quote !== -1 || !isPlainWord(noun) || !/^[a-z]+$/.test(noun.text)) return null;
  return isPlainWord(det) && GAP_SUBJECT_DETERMINERS.has(det.lower) && source.first + 1 < source.last ? { first: source.first + 1, last: source.last } : null;
}

/** A closing quotation mark at `k` right after a comma inside the quotation ('“jobs, jobs,” as he said'). */
function commaInsideClose(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  return t?.kind === 'quote' && p?.text === ',' && p.quote >= 0 && tokens[k + 1]?.quote !== p.quote;
}

/** "Speaking on Radio 4's Today programme, Reed said" / "in an interview with the BBC": the channel before a cue. */
function spokenChannel(tokens: Token[], before: number): TokenRange | null {
  for (let i = 0; i + 2 < before; i++) {
    const t = tokens[i]?.lower;
    const n = tokens[i + 1]?.lower;
    let from = -1;
    if (t === 'speaking' && (n === 'on' || n === 'to')) from = i + 2;
    else if (t === 'interview' && (n === 'with' || n === 'on')) from = i + 2;
    if (from < 0) continue;
    let k = from;
    while (k < before && k - from < 10 && tokens[k]?.text !== ',' && tokens[k]?.quote === -1) k++;
    if (k > from) return { first: from, last: k - 1 };
  }
  return null;
}


const DIRECT_INFINITIVE_CUES = new Set(['seek', 'aim', 'vote']);

/** "agreed to step down", "wants Britain to act": a stance cue's infinitive, right after it or after a short object. */
function infinitiveComplement(tokens: Token[], cue: Cue, s: number): boolean {
  if (!INFINITIVE_CUES.has(cue.lemma)) return false;
  if (s !== cue.last + 1) return false;
  // ("decided against recommending charges": the -ing form after "decided against" stands for "not to recommend".)
  if (cue.lemma === 'decide' && tokens[cue.last]?.lower === 'against') return true;
  // "voted to hold X in contempt", not "voted against a move to deselect him": an aim or a vote takes no object first.
  const reach = DIRECT_INFINITIVE_CUES.has(cue.lemma) ? 1 : 7;
  for (let i = s; i < s + reach && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || t.quote >= 0) return false;
    if (t.lower === 'to') return tokens[i + 1]?.kind === 'word';
  }
  return false;
}


// Subordinators that open a sentence's first clause ("As X said, ..." is left out: there the main clause is the report).
const OPENING_SUBORDINATORS = new Set(['while', 'although', 'though', 'if', 'when', 'because', 'since', 'after', 'before', 'unless', 'whereas', 'once', 'until', 'whenever']);

/**
 * "While his advisers have suggested X is Y, Mr. Obama is determined ...", "Although critics claim the plan is
 * too costly, the council approved it": a report inside an opening subordinate clause ends where the clause does,
 * at its first comma; the main clause after it is the article's.
 */
function openingClauseEnd(tokens: Token[], anchor: number, cueLast: number, limit: number): number {
  let i = 0;
  if (COORDINATORS.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'so') i++;
  if (!OPENING_SUBORDINATORS.has(tokens[i]?.lower ?? '') || tokens[i]?.quote !== -1) return limit;
  for (let k = i + 1; k < anchor; k++) if (tokens[k]?.text === ',' && tokens[k]?.quote === -1) return limit;
  for (let k = cueLast + 1; k <= limit; k++) if (tokens[k]?.text === ',' && tokens[k]?.quote === -1 && tokens[k + 1]?.kind === 'word') return k - 1;
  return limit;
}

/**
 * "The statement referenced the impact it would have: “Parallel to ...,” the union wrote.": a colon before a full
 * quotation that another cue claims ends this report; the quotation is that cue's.
 */
function colonQuoteEnd(tokens: Token[], from: number, limit: number, othersQuote: (q: number) => boolean): number {
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    const q = tokens[i + 1]?.quote ?? -1;
    if (t?.text === ':' && t.quote === -1 && q >= 0 && othersQuote(q)) return i - 1;
  }
  return limit;
}

const RELATIVES = new Set(['who', 'which']);
/** Words before a subject whose clause has a gap a finite verb after the cue fills: "which officials say has ...", "what he said was ...". */
const GAP_OPENERS = new Set(['who', 'whom', 'which', 'what', 'that', 'whatever', 'whoever']);
/** Prepositions that follow a past participle opening a phrase ("compared with", "flanked by", "based on"). */
const PARTICIPLE_PREPOSITIONS = new Set(['with', 'to', 'by', 'on', 'from', 'in', 'at', 'for']);

/** "what she called a “rant,”": for "call" after "what"/"which" and its subject, the relative up to the name's closing mark or comma. */
function namingRelative(tokens: Token[], a: Anchored, range: [number, number]): [number, number] | null {
  if (a.cue.lemma !== 'call' || !a.source || a.inverted || range[0] !== a.cue.last + 1) return null;
  const rel = a.source.first - 1;
  if (!/^(?:what|which)$/.test(tokens[rel]?.lower ?? '') || tokens[rel]?.quote !== -1) return null;
  for (let k = range[0]; k <= range[1] && k - range[0] < 12; k++) {
    const t = tokens[k];
    if (t?.kind === 'quote' && k > range[0] && (tokens[k - 1]?.quote ?? -1) >= 0 && tokens[k + 1]?.quote !== tokens[k - 1]?.quote) return [rel, k];
    if (t?.text === ',' && t.quote === -1) return [rel, k - 1];
  }
  return null;
}

/** A ", who" whose clause runs unbroken up to token `cue`, as the subject range, or null. */
function relativeBefore(tokens: Token[], cue: number): TokenRange | null {
  for (let k = cue - 2; k > 0 && cue - k <= 16; k--) {
    const t = tokens[k];
    if (!t || t.quote !== -1 || t.kind !== 'word') return null;
    if (t.lower === 'who' && tokens[k - 1]?.text === ',') return { first: k, last: k };
  }
  return null;
}

// Words that open the clause a passive cue's subject stands in: "..., where Obama's outreach has been opposed by X".
const PASSIVE_CLAUSE_OPENERS = new Set(['where', 'which', 'who', 'whom', 'that', 'when', 'while', 'whereas', 'because', 'although', 'though']);

/**
 * "they emphasized that sanctions got results, in contrast with Iran, where Obama's outreach has been opposed by most
 * Republicans": a passive's reported subject starts after the last clause opener before its cue, not at the
 * earlier report's cue.
 */
function passiveSubjectStart(tokens: Token[], from: number, cue: number): number {
  for (let k = cue - 1; k > from; k--) {
    const t = tokens[k];
    if (t && t.quote === -1 && (t.text === ';' || PASSIVE_CLAUSE_OPENERS.has(t.lower))) return k + 1;
  }
  return from;
}

/** The last token before a finite verb ("has", "would", "says", "came") after token `from`, within `limit`. */
function nounPhraseEnd(tokens: Token[], from: number, limit: number): number {
  for (let i = from + 1; i <= limit; i++) {
    const t = tokens[i];
    // ("Clinton's comments on the shooting came as ...": an irregular past verb is finite too.)
    if (t && t.kind === 'word' && t.quote < 0 && (FINITE_AUXILIARIES.has(t.lower) || t.lower === 'says' || IRREGULAR_PAST.has(t.lower))) return i - 1;
  }
  return limit;
}

/** The token before the comma that closes a relative clause and hands back to the main verb ("..., spoke"). */
function relativeClauseEnd(tokens: Token[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    if (t?.text !== ',' || t.quote >= 0) continue;
    const n = tokens[i + 1];
    if (n && n.kind === 'word' && n.quote < 0 && /^[a-z]/.test(n.text) && (FINITE_AUXILIARIES.has(n.lower) || IRREGULAR_PAST.has(n.lower) || /(?:ed|s)$/.test(n.lower))) return i - 1;
  }
  return limit;
}

const QUESTION_OPENERS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'have', 'has', "don't", "doesn't", "didn't", 'don’t', 'doesn’t', 'didn’t']);

/** "Do you know where the returns are?": the article's own question reports nobody. */
function isQuestion(tokens: Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  if (!first || first.quote >= 0 || !QUESTION_OPENERS.has(first.lower)) return false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === 'word') return false;
    if (t.text === '?') return t.quote < 0;
  }
  return false;
}

/** "the meeting deteriorated from there, and X ..., said Y": a span before the cue with a finite verb or a coordinated clause is a clause, not a subject. */
function clausal(tokens: Token[], r: TokenRange): boolean {
  let head = true; // before the first comma: "X, who is a lawyer, said" keeps its subject
  for (let i = r.first; i <= r.last; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0) continue;
    if (t.text === ',') head = false;
    if (head && FINITE_AUXILIARIES.has(t.lower) && i > r.first) return true;
    if (t.text === ',' && COORDINATORS.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A unit that ends in "SUBJECT CUE:" ("The New York Times reports:", "He said:"), introducing the next paragraph. */
export function colonIntro(unit: Unit | undefined): { cue: Span; source: Span } | null {
  if (!unit) return null;
  const tokens = unit.tokens;
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':' || tokens[colon]?.quote !== -1) return null;
  const cue = findCues(tokens).find((c) => c.last === colon - 1);
  if (!cue || WEAK_CUES.has(cue.lemma)) return null;
  const src = sourceBefore(tokens, cue);
  const cueSpan = spanOf(tokens, cue.first, cue.last);
  const source = src ? spanOf(tokens, src.first, src.last) : null;
  return cueSpan && source ? { cue: cueSpan, source } : null;
}

/** Cues whose object alone is what is reported: "Ted Cruz endorses Trump". */
const TRANSITIVE_CUES = new Set(['endorse', 'praise', 'attack', 'criticise', 'blame', 'support', 'welcome', 'reject', 'condemn', 'slam', 'blast', 'accuse', 'defend', 'mock', 'hail', 'laud', 'denounce', 'lambast', 'applaud', 'back', 'stance', AGREE_WITH, TOPIC_NOUN_CUE]);

/** "Polls show ...", "Video of the incident shows ...": a subject that is evidence reports a finding without "that". */
const SMALL_CLAUSE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some']);
/**
 * "It shows an officer aiming a gun at ...", "shows the mayor telling reporters ...": a noun phrase and a participle after
 * "show" are a scene it shows, a clause of their own.
 */
function smallClause(tokens: Token[], s: number): boolean {
  if (!SMALL_CLAUSE_DETERMINERS.has(tokens[s]?.lower ?? '') || !isPlainWord(tokens[s])) return false;
  for (let i = s + 1; i <= s + 4; i++) {
    const t = tokens[i];
    if (!isPlainWord(t) || !/^[a-z]/.test(t.text)) return false;
    if (i > s + 1 && /^[a-z]{3,}ing$/.test(t.text)) return true;
  }
  return false;
}

function evidenceSubject(tokens: Token[], source: TokenRange | null): boolean {
  if (!source) return false;
  for (let i = source.first; i <= source.last && i - source.first < 12; i++) if (EVIDENCE_NOUNS.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

function fullQuote(tokens: Token[], quote: QuoteSpan, openIdx: number, text: string): boolean {
  const inner = text.slice(quote.inner.start, quote.inner.end);
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (isTitle(inner)) return false;
  const sentenceLike = /[.!?,]["”’']?$/.test(inner) || words >= 4;
  if (!sentenceLike) return false;
  const before = tokens[openIdx - 1];
  if (!before) return true;
  return before.kind === 'punct' || before.kind === 'quote' || /^\p{Lu}/u.test(inner) || words >= 8;
}

/** Whether a negation ("not", "never", "-n't") stands outside quotation marks between tokens a and b (exclusive). */
function negatedSince(tokens: Token[], a: number, b: number): boolean {
  return tokens.slice(a + 1, b).some((t) => t.quote === -1 && (t.lower === 'not' || t.lower === 'never' || /n['’]t$/.test(t.lower)));
}

export function attributeUnit(text: string, units: Unit[], u: number, quotes: QuoteSpan[]): RawAttribution[] {
  const unit = units[u];
  if (!unit) return [];
  const tokens = unit.tokens;
  const out: RawAttribution[] = [];
  const cues = isQuestion(tokens) ? [] : findCues(tokens);
  const headline = isTitleCase(tokens);
  const anchored: Anchored[] = [];
  for (const cue of cues) {
    const before = tokens[cue.first - 1];
    // "Mr Sayeed said only a fifth had voted against him and he intended to get on ...": a stance
    // after a report in the same sentence is part of what was reported.
    // "He proposed X, and plans to Y" coordinates a second stance of the same subject: it stays a cue.
    const coordinated = COORDINATORS.has(before?.lower ?? '') || afterCoordinatedVerb(tokens, cue.first);
    // "X proposed A, but analysts agreed it was B": a clause boundary in between ends the first report.
    // ("While a judge found the law void, ..., and the court declined to act": an opening subordinate clause's report ends at its comma.)
    const reaches = (x: Anchored): boolean =>
      reportEnd(tokens, x.cue, x.cue.last + 1, cue.first - 1) >= cue.first - 1 && openingClauseEnd(tokens, x.source?.first ?? x.cue.first, x.cue.last, cue.first - 1) >= cue.first - 1;
    const reportedInside = anchored.some((x) => !WEAK_CUES.has(x.cue.lemma) && !x.inverted && x.cue.last < cue.first && reaches(x));
    if (WEAK_CUES.has(cue.lemma) && INFINITIVE_CUES.has(cue.lemma) && !coordinated && reportedInside) continue;
    // "He says he was not 'German bashing' but saying peace was the aim": after "not X but", a participle is the
    // second half of the contrast inside the report, not a report of its own.
    if (cue.participial && before?.lower === 'but' && reportedInside && negatedSince(tokens, anchored[anchored.length - 1]?.cue.last ?? cue.first, cue.first)) continue;
    // "An MEP suggested Germany saw the EU as an 'empire'": a judgement inside a report is what was reported.
    if ((AS_CUES.has(cue.lemma) || cue.lemma === TOPIC_NOUN_CUE) && !coordinated && reportedInside) continue;
    if (cue.lemma === NOUN_CUE || cue.lemma === TOPIC_NOUN_CUE) {
      // ("warnings from his attorney that ...": the sayer after "from" is the source.)
      const fromSayer = cue.lemma === NOUN_CUE && cue.last > cue.first + 1 && tokens[cue.first + 1]?.lower === 'from' ? { first: cue.first + 2, last: cue.last } : null;
      // ("the mayor's aide faced criticism for ...": the target of a reproach is no sayer, nor is its owner.)
      const reproach = reproachFacedEnd(tokens, cue.head) === cue.last;
      const source = fromSayer ?? (cue.lemma === NOUN_CUE ? owner(tokens, cue.first) : reproach ? null : topicOwner(tokens, cue.first));
      // ("amid growing concerns that ...": an unowned noun names nobody, and inherits no earlier speaker either.)
      anchored.push(source ? { cue, source, inverted: false } : { cue, source: null, inverted: false, unsourced: true });
      continue;
    }
    const passive = passiveAgent(tokens, cue);
    if (passive) {
      anchored.push({ cue, source: passive, inverted: true, passive: true });
      continue;
    }
    let after = cue.participial ? null : sourceAfter(tokens, cue);
    // "Phil Smith, a spokesman for X, said ...": a subject that opens the sentence beats inversion.
    if (after && before?.text === ',' && cue.lemma !== 'according') {
      const b = sourceBefore(tokens, cue);
      if (b && b.first <= 1 && !clausal(tokens, b)) after = null;
    }
    // "Said Ellis: “...”": a sentence-opening cue with its speaker and a colon.
    const openingLabel = cue.first === 0 && after !== null && tokens[after.last + 1]?.text === ':';
    const invertedContext = cue.lemma === 'according' || openingLabel || (before !== undefined && (before.text === ',' || before.kind === 'quote'));
    if (after && invertedContext) {
      anchored.push({ cue, source: after, inverted: true });
      continue;
    }
    let src = cue.participial ? null : sourceBefore(tokens, cue);
    // "is telling a veterans group that ...": a noun in the listener slot of "tell" heads no clause of its own.
    const teller = anchored[anchored.length - 1];
    if (cue.lemma === THAT_CLAUSE && src && teller && OBJECT_CUES.has(teller.cue.lemma) && src.first === teller.cue.last + 1) continue;
    // "..., with Russia backing the government": the participle of an absolute "with" phrase has its own subject.
    const absolute = cue.participial ? withSubject(tokens, cue.first) : null;
    if (absolute) {
      anchored.push({ cue, source: absolute, inverted: false });
      continue;
    }
    // "Clinton spoke on Tuesday, arguing that ...": a participle's speaker is the sentence's subject.
    if (cue.participial && anchored.length === 0) src = sentenceSubject(tokens, cue.first, lastClauseStart(tokens, cue.first));
    // "lawyers for the city filed papers opposing the merger", "the FBI decided against recommending charges":
    // a participle inside a clause is done by the subject of the clause's verb, not by an earlier speaker.
    if (cue.participial && anchored.length === 0 && !src && before?.kind === 'word') src = clauseVerbSubject(tokens, cue.first);
    if (cue.participial && anchored.length === 0 && before?.kind === 'word') src = causedObject(tokens, cue.first) ?? src;
    // "footage of Hillary Clinton asking, ...", "video of Obama saying ...": a participle right after a name is that person's.
    // (Inside an earlier report, "recalled Mr. Obama talking about ...", the participle is part of what was reported.)
    if (cue.participial && anchored.length === 0) src = nameBefore(tokens, cue.first) ?? src;
    // "Citing a conspiracy theory, Trump accused ...": an opening participle's subject is the main clause's.
    if (cue.participial && anchored.length === 0 && !src && cue.first <= 1 && !headline) src = sentenceSubject(tokens, tokens.length, cue.first);
    const last = anchored[anchored.length - 1];
    // "Smith said ..., adding that ...": the participle's source is the mention the earlier cue uses.
    // ("The film showed X telling ...": after a weak cue the participle's subject is its object.)
    // "X spoke to reporters after Trump unleashed a series of tweets criticizing Y": a subordinate clause of its own
    // between the sentence's subject (or an earlier cue) and the participle brings its own subject.
    const from = src ? src.last : last?.cue.last;
    if (cue.participial && from !== undefined && before?.kind === 'word') {
      const v = clauseVerb(tokens, cue.first);
      if (v > from && tokens.slice(from + 1, v).some((t) => t.quote === -1 && SUBORDINATORS.has(t.lower) && t.lower !== 'for' && t.lower !== 'with' && t.lower !== 'by' && t.lower !== 'from' && t.lower !== 'like')) src = clauseVerbSubject(tokens, cue.first);
    }
    // ("the FBI decided against recommending charges": a gerund after a stance verb and its preposition is the stance-taker's.)
    if (cue.participial && !src && last?.source && !last.passive && !last.unsourced && WEAK_CUES.has(last.cue.lemma) && last.cue.lemma !== 'show' && cue.first === last.cue.last + 2 && GERUND_HOSTS.has(tokens[cue.first - 1]?.lower ?? '')) {
      anchored.push({ cue, source: last.source, inverted: false, shared: true });
      continue;
    }
    if (cue.participial && !src && last?.source && !last.passive && !last.unsourced && !WEAK_CUES.has(last.cue.lemma)) {
      // "Perdue said he didn't believe X, arguing that ...": after a report nested in the first one, the
      // participle belongs to the first report's subject.
      const outer = anchored[0];
      const nested =
        outer && outer !== last && outer.source && !outer.inverted && !outer.passive && !outer.unsourced && !WEAK_CUES.has(outer.cue.lemma) && outer.source.last < outer.cue.first &&
        last.source.first > outer.cue.last && clauseEnd(tokens, outer.cue.last + 1, last.source.first) >= last.source.first;
      anchored.push({ cue, source: nested ? outer.source : last.source, inverted: false, shared: true });
      continue;
    }
    // "He said X and dismissed them as ...": a coordinated cue shares the earlier cue's subject.
    // ("is a major donor and has been mentioned as a possible successor": a coordinated passive without "by" names nobody either.)
    if (!src && !cue.participial && coordinated && passiveWithoutAgent(tokens, cue)) {
      anchored.push({ cue, source: null, inverted: false, unsourced: true });
      continue;
    }
    if (!src && !cue.participial && coordinated) {
      // "said the country would declare its intention to leave and suggested that ...": a second verb
      // coordinates with the last verb of its own form ("said ... and suggested"), never with a noun.
      const verbs = anchored.filter((x) => x.cue.lemma !== NOUN_CUE && x.cue.lemma !== TOPIC_NOUN_CUE);
      const form = verbForm(tokens[cue.head]);
      const verbal = verbs.filter((x) => verbForm(tokens[x.cue.head]) === form).pop() ?? verbs.pop();
      // ("the demonstrators, who have taken to the streets and called for ...": a second verb after a relative's first one shares the relative.)
      const subject = verbal ? verbal.source : (relativeBefore(tokens, cue.first) ?? clauseSubject(tokens, cue.first) ?? sentenceSubject(tokens, cue.first));
      if (subject) {
        anchored.push({ cue, source: subject, inverted: false, shared: true });
        continue;
      }
    }
    // "Mr Quiros was accused of fraud": the subject of a passive cue without "by" is who the report
    // is about; who made it is not said.
    if (src && passiveWithoutAgent(tokens, cue)) {
      // "It was announced that ...", "X was told ...": an expletive subject or a listener is no part of the report.
      const plainSubject = tokens.slice(src.first, src.last + 1).every((t) => !EXPLETIVES.has(t.lower) && !FINITE_AUXILIARIES.has(t.lower) && t.lower !== 'to');
      const about = !OBJECT_CUES.has(cue.lemma) && plainSubject ? src : undefined;
      anchored.push({ cue, source: null, inverted: false, unsourced: true, subject: about });
      continue;
    }
    // "In 1998, in the Senate's vote for admitting Poland to NATO, ...", "The host quit the party, calling it a joke": a
    // participle whose doer the sentence does not name, with no report before it to share one with, names no speaker.
    if (cue.participial && !src && anchored.length === 0) continue;
    if (src || cue.participial) anchored.push({ cue, source: src, inverted: false });
  }

  // Quotes that open in this unit, and whether each is a full quotation or a fragment.
  const quoteTokens: Array<{ q: number; open: number; close: number; full: boolean }> = [];
  const seenQuotes = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.quote < 0) continue;
    const q = t.quote;
    if (seenQuotes.has(q)) continue;
    seenQuotes.add(q);
    const quote = quotes[q];
    if (!quote || quote.open < unit.start) continue;
    let close = i;
    while (close + 1 < tokens.length && tokens[close + 1]?.quote === q) close++;
    quoteTokens.push({ q, open: i, close, full: fullQuote(tokens, quote, i, text) });
  }

  const assigned = new Map<number, Anchored>();
  for (const qt of quoteTokens) {
    if (!qt.full) continue;
    let best: Anchored | null = null;
    let bestDist = Infinity;
    for (const a of anchored) {
      const dist = a.cue.first > qt.close ? a.cue.first - qt.close : qt.open > a.cue.last ? qt.open - a.cue.last : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = a;
      }
    }
    if (best) assigned.set(qt.q, best);
  }
  const titles = new Map<number, boolean>();
  const quoteIsTitle = (q: number): boolean => {
    let t = titles.get(q);
    if (t === undefined) {
      const quote = quotes[q];
      t = quote ? isTitle(text.slice(quote.inner.start, quote.inner.end)) : false;
      titles.set(q, t);
    }
    return t;
  };
  const ownSource = (a: Anchored): Span | null => (a.source ? spanOf(tokens, a.source.first, a.source.last) : null);
  const channelOf = (a: Anchored): Span | null => {
    const r = OBJECT_CUES.has(a.cue.lemma) ? skipListener(tokens, a.cue.last + 1).channel : spokenChannel(tokens, a.cue.first);
    return r ? spanOf(tokens, r.first, r.last) : null;
  };
  const cueSpan = (a: Anchored): Span | null => spanOf(tokens, a.cue.first, a.cue.last);

  for (const qt of quoteTokens) {
    const quote = quotes[qt.q];
    if (!quote) continue;
    const a = assigned.get(qt.q);
    if (a) {
      out.push({ unit: u, content: quote.inner, kind: 'direct', cue: cueSpan(a), source: ownSource(a), channel: channelOf(a), inherits: !a.source && !a.unsourced });
    } else if (qt.full && anchored.length === 0 && qt.open <= 1) {
      // "The New York Times reports:" / "Caddell continued:" closing the paragraph before: its cue and source.
      const intro = colonIntro(units[u - 1]);
      if (intro) out.push({ unit: u, content: quote.inner, kind: 'direct', cue: intro.cue, source: intro.source, channel: null, inherits: false });
      else out.push({ unit: u, content: quote.inner, kind: 'direct', cue: null, source: null, channel: null, inherits: true });
    }
  }

  // Reported clauses.
  const produced = new Map<number, number[]>();
  const swallowed = new Set<number>();
  const embeddable = (x: Anchored, i: number): boolean =>
    !x.inverted && !x.shared && !x.passive && !x.unsourced && x.cue.lemma !== NOUN_CUE && x.cue.lemma !== TOPIC_NOUN_CUE && produced.has(i) && ![...assigned.values()].includes(x);
  for (let n = 0; n < anchored.length; n++) {
    const a = anchored[n];
    if (!a) continue;
    const next = anchored[n + 1];
    const prev = anchored[n - 1];
    let limit = tokens.length - 1;
    if (next) {
      // A later cue ends this clause only when a separator stands before it ("..., while X said");
      // otherwise it is reported inside this one ("She said the Conservatives would announce ...").
      const nextStart = next.source && !next.inverted && !next.shared ? next.source.first : next.cue.first;
      let k = nextStart - 1;
      while (k >= 0 && CLAUSE_JOINERS.has(tokens[k]?.lower ?? '')) k--;
      const sep = tokens[k];
      const joined = CLAUSE_JOINERS.has(tokens[nextStart - 1]?.lower ?? '');
      // "called on him to stop attacking X", "criticised for saying": a gerund after an aspect verb or
      // a preposition is part of the clause; other participles ("..., adding that") start a report.
      // "tweets accusing Machado of ...", "a policy urging ...": a participle right after a lower-case noun, with
      // no comma or break between, modifies that noun.
      const host = tokens[next.cue.first - 1];
      const modifies = host !== undefined && host.kind === 'word' && /^[a-z]/.test(host.text) && (tokens[next.cue.first]?.start ?? 0) - host.end === 1;
      const participleCuts = next.cue.participial && !GERUND_HOSTS.has(host?.lower ?? '') && !modifies;
      // "According to Yahoo News, X said Friday that ...": an opening "according to" reports the whole
      // sentence after it, the report inside included, which is no report of its own.
      const wraps =
        a.cue.lemma === 'according' && a.cue.first <= 1 && a.source !== null && tokens[a.source.last + 1]?.text === ',' && n + 2 === anchored.length && !next.inverted;
      if (wraps) swallowed.add(n + 1);
      else if (participleCuts || next.inverted || (next.shared && !next.cue.participial) || joined || (sep && /^[,;:—–―]$/.test(sep.text))) limit = k;
    }
    // "In defending himself and his record, Trump offered ...", "Bemoaning the "phony system," Trump accused ...":
    // an opening participle's report ends with its phrase.
    if (a.cue.participial && (a.cue.first === 0 || (a.cue.first === 1 && OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '')))) {
      for (let k = a.cue.last + 1; k < limit; k++) {
        if (phraseComma(tokens, k)) {
          limit = k - 1;
          break;
        }
      }
    }
    limit = Math.min(limit, openingClauseEnd(tokens, a.inverted || a.shared ? a.cue.first : (a.source?.first ?? a.cue.first), a.cue.last, limit));
    limit = Math.min(limit, colonQuoteEnd(tokens, a.cue.last + 1, limit, (q) => quoteTokens.some((qt) => qt.q === q && qt.full && assigned.has(q) && assigned.get(q) !== a)));
    // "said the country would declare X and suggested that ...": a later verb that shares this report's
    // subject ends it, even with another report nested in between.
    const sibling = anchored.slice(n + 2).find((x) => x.shared && !x.cue.participial && a.source !== null && x.source === a.source);
    if (sibling) {
      let k = sibling.cue.first - 1;
      while (k >= 0 && CLAUSE_JOINERS.has(tokens[k]?.lower ?? '')) k--;
      limit = Math.min(limit, k);
    }
    let start = a.inverted && a.source ? a.source.last + 1 : a.cue.last + 1;
    let channel: TokenRange | null = null;
    if (OBJECT_CUES.has(a.cue.lemma)) {
      const l = skipListener(tokens, start);
      start = l.next;
      channel = l.channel;
    }
    let hasThat = false;
    // "said in a phone interview (that) ...", "said of the plan": an adverbial, not the reported clause.
    if (ADVERBIAL_OPENERS.has(tokens[start]?.lower ?? '') || thisTime(tokens, start)) {
      let t = start;
      const titleOrPlain = (i: number): boolean => {
        const q = tokens[i]?.quote ?? -1;
        return q < 0 || quoteIsTitle(q);
      };
      // "told the host on Thursday how surprised he was": a wh-clause after the adverbial is the report.
      // "have not said when they would act": "when"/"where" with a subject and a finite verb is the report, not a time.
      const finiteWh = (i: number): boolean => CLAUSE_SUBJECTS.has(tokens[i + 1]?.lower ?? '') && FINITE_AUXILIARIES.has(tokens[i + 2]?.lower ?? '');
      const whClause = (i: number): boolean => (i > start || finiteWh(i)) && WH_WORDS.has(tokens[i]?.lower ?? '') && ((tokens[i]?.lower !== 'when' && tokens[i]?.lower !== 'where') || finiteWh(i));
      // ("said after the convention he would not accept ...": a subject pronoun and its verb open the clause "that" left out,
      // unless the adverbial is a clause of its own: "said after Pagliano failed to show up at the hearing he was called to",
      // "said Friday as he entered the talks".)
      const phraseOnly = (i: number): boolean => !tokens.slice(start + 1, i).some((u) => finiteVerb(u) || SUBORDINATORS.has(u.lower) || u.lower === 'as');
      const bareClause = (i: number): boolean => i > start + 1 && NOMINATIVE_PRONOUNS.has(tokens[i]?.lower ?? '') && finiteVerb(tokens[i + 1]) && phraseOnly(i);
      while (t <= limit && t - start < 12 && tokens[t]?.lower !== 'that' && tokens[t]?.lower !== 'for' && tokens[t]?.text !== ',' && !whClause(t) && !bareClause(t) && titleOrPlain(t)) t++;
      // ("told reporters after the meeting that was held on a boat": a "that" followed by its verb is a relative pronoun.)
      const relative = tokens[t]?.lower === 'that' && FINITE_AUXILIARIES.has(tokens[t + 1]?.lower ?? '');
      if (relative) start = limit + 1;
      else if (tokens[t]?.lower === 'that' || tokens[t]?.text === ',' || whClause(t) || bareClause(t) || (tokens[t]?.lower === 'for' && a.cue.lemma === 'call')) start = tokens[t]?.lower === 'for' ? t + 1 : t;
      else if (t > limit) start = limit + 1; // nothing but the adverbial follows
      // ("“Subpoenas are not optional,” Chaffetz said after Pagliano failed to show up at the hearing he was called to
      // in May": a long adverbial after a cue that already reports a quotation says when it was said, not more of it.)
      else if (t - start >= 12 && quoteTokens.some((qt) => qt.full && assigned.get(qt.q) === a)) start = limit + 1;
    }
    if (tokens[start]?.lower === 'that') {
      hasThat = true;
      start++;
    }
    // "..., he said, but there was ...": the reported clause is the one before the cue.
    const commaThenJoiner = tokens[start]?.text === ',' && CLAUSE_JOINERS.has(tokens[start + 1]?.lower ?? '');
    if (tokens[start]?.text === ',' || tokens[start]?.text === ':') start++;
    // "..., he said, cutting off a reporter", "..., the group said, compared with $2,700 ...": a participle phrase
    // after the cue's comma is the article's description of the telling, not what was told.
    // ("..., the group said, compared with $2,700 ...", "..., he said, flanked by aides": a past participle before its
    // preposition likewise.)
    const participlePhrase = (k: number): boolean => /^[a-z]+ing$/.test(tokens[k]?.text ?? '') || (/^[a-z]+ed$/.test(tokens[k]?.text ?? '') && PARTICIPLE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''));
    if (tokens[start - 1]?.text === ',' && start - 1 === a.cue.last + 1 && isPlainWord(tokens[start]) && participlePhrase(start)) start = limit + 1;
    // "..., she said as she left the court", "Brown will say as he sets out his goals": "as" and a subject pronoun right
    // after the cue open a clause of when it was said, not of what.
    // ("will say as he opens the talks that ...": a "that" after the clause opens the report.)
    if (start === (a.inverted && a.source ? a.source.last + 1 : a.cue.last + 1) && tokens[start]?.lower === 'as' && NOMINATIVE_PRONOUNS.has(tokens[start + 1]?.lower ?? '') && isPlainWord(tokens[start + 1])) {
      let k = start + 2;
      while (k <= limit && k - start < 12 && tokens[k]?.quote === -1 && tokens[k]?.lower !== 'that' && tokens[k]?.text !== ',') k++;
      if (tokens[k]?.lower === 'that' && k <= limit) {
        hasThat = true;
        start = k + 1;
      } else start = limit + 1;
    }
    // "Everything Trump says is a lie", "the things he said were untrue": a finite verb right after the cue, no comma
    // between, opens no reported clause; the cue stands in a relative clause with no pronoun, and its object is the gap.
    // (After "which"/"what" and a subject, ", which officials say has saved millions", the verb is the report's.)
    if (a.source && !a.inverted && !a.passive && start === a.cue.last + 1 && tokens[start]?.quote === -1 && FINITE_AUXILIARIES.has(tokens[start]?.lower ?? '') && tokens[a.cue.first - 1]?.text !== ',' && !GAP_OPENERS.has(tokens[a.source.first - 1]?.lower ?? '') && !GAP_OPENERS.has(tokens[a.source.first]?.lower ?? '')) {
      // ("-- meddling the congressman said is designed to sow discord": after a dash or comma, a bare noun and the subject
      // of a relative whose gap it fills; the noun, the relative and the rest of the clause are what the subject says.)
      const subject = appositiveGapSubject(tokens, a.source);
      const end = trimRange(tokens, start, clauseEnd(tokens, start, limit))[1];
      const span = subject ? spanOf(tokens, a.source.first, end) : null;
      const mixed = tokens.slice(start, end + 1).some((t) => t.quote >= 0 && !quoteIsTitle(t.quote));
      if (subject && span) out.push({ unit: u, content: span, kind: mixed ? 'mixed' : 'indirect', cue: cueSpan(a), source: spanOf(tokens, subject.first, subject.last), channel: null, inherits: false });
      continue;
    }
    // "a man who said and did the same things as Trump": "and"/"or" right after the cue coordinates a second verb
    // that shares its object; nothing is reported between them.
    if (start === a.cue.last + 1 && tokens[start]?.quote === -1 && (tokens[start]?.lower === 'and' || tokens[start]?.lower === 'or')) continue;
    // "Warren, who has called for X, spoke ...": a relative clause's report ends where the clause closes.
    if (a.source && !a.inverted && RELATIVES.has(tokens[a.source.first]?.lower ?? '') && tokens[a.source.first - 1]?.text === ',') limit = relativeClauseEnd(tokens, start, limit);
    // (", which officials say has saved millions, will be extended": likewise a report inside an object relative.)
    if (a.source && !a.inverted && RELATIVES.has(tokens[a.source.first - 1]?.lower ?? '') && tokens[a.source.first - 2]?.text === ',') limit = relativeClauseEnd(tokens, start, limit);
    // "Trump's skepticism on climate change has severely hurt ...": a noun's topic ends where the sentence's own verb starts.
    if (a.cue.lemma === TOPIC_NOUN_CUE) limit = nounPhraseEnd(tokens, start, limit);
    const [s, e] = trimRange(tokens, start, loneDashEnd(tokens, start, objectEnd(tokens, a, start, hasThat, reportEnd(tokens, a.cue, start, limit))));
    const afterWords = wordCount(tokens, s, e);
    const directAfter = quoteTokens.some((qt) => qt.full && assigned.get(qt.q) === a && qt.open >= s - 1 && qt.open <= s + 1);
    const weak = WEAK_CUES.has(a.cue.lemma) && !hasThat && !finiteClause(tokens, s) && !infinitiveComplement(tokens, a.cue, s) && !intentObject(tokens, s) && !(a.cue.lemma === 'show' && (WH_WORDS.has(tokens[s]?.lower ?? '') || evidenceSubject(tokens, a.source) || smallClause(tokens, s)));
    let range: [number, number] | null = null;
    const adverbialTail = (() => {
      for (let i = s; i <= e; i++) {
        const t = tokens[i];
        // In a title-case headline every word is capitalised: capitals mark no name there.
        if (t && t.kind === 'word' && !ADVERBIAL_ONLY.test(t.text) && (headline || !/^\p{Lu}/u.test(t.text))) return false;
      }
      return true;
    })();
    const precededByComma = (() => {
      const anchorFirst = a.inverted || a.shared ? a.cue.first : (a.source?.first ?? a.cue.first);
      const sep = tokens[anchorFirst - 1];
      return sep !== undefined && (sep.text === ',' || sep.kind === 'quote');
    })();
    // "Ted Cruz endorses Trump": a named object of a praise/blame cue is the whole report.
    // "Mr. Schultz likened RT to the BBC", "compared Trump to a coach": the object and what it is compared with are the report.
    const comparison = (a.cue.lemma === 'liken' || a.cue.lemma === 'compare' || a.cue.lemma === 'link' || a.cue.lemma === 'tie') && !a.inverted && !a.passive && s <= e && !ADVERBIAL_ONLY.test(tokens[s]?.text ?? '');
    const transitiveObject = comparison || (TRANSITIVE_CUES.has(a.cue.lemma) && !a.inverted && s <= e && wordCount(tokens, s, e) <= 3 && /^\p{Lu}/u.test(tokens[s]?.text ?? '') && !ADVERBIAL_ONLY.test(tokens[s]?.text ?? ''));
    if (a.passive) {
      const [bs, be] = trimRange(tokens, passiveSubjectStart(tokens, prev ? prev.cue.last + 1 : 0, a.cue.first), a.cue.first - 1);
      if (wordCount(tokens, bs, be) >= 1) range = [bs, be];
    } else if (a.subject && !directAfter) {
      // "a curfew was announced from midnight to 6 a.m.", "Pence was also dubbed the debate winner": an
      // agentless passive reports its whole clause, subject included, up to the first comma.
      let end = a.cue.last;
      while (end < limit && !/^[,;:—–―]$/.test(tokens[end + 1]?.text ?? '') && !(tokens[end + 1]?.text === '.' && tokens[end + 1]?.quote === -1)) end++;
      range = trimRange(tokens, a.subject.first, Math.min(end, clauseEnd(tokens, a.cue.last + 1, limit)));
    } else if (!directAfter && (afterWords >= 2 || transitiveObject) && !(a.inverted && a.cue.lemma !== 'according') && !(a.cue.lemma === 'according' && precededByComma) && (!adverbialTail || transitiveObject) && !(commaThenJoiner && precededByComma)) {
      range = [s, e];
    } else if (afterWords < 3 || adverbialTail || a.inverted || commaThenJoiner) {
      // "CLAUSE, he said." / "CLAUSE, according to X."
      let anchorFirst = a.inverted || a.shared ? a.cue.first : (a.source?.first ?? a.cue.first);
      // "CLAUSE, as police have said.": "as" joins the report to the clause before it.
      // ('... a "lawful source of income," as the memo put it.': the comma may stand inside the closing mark.)
      const asParenthetical = tokens[anchorFirst - 1]?.lower === 'as' && (tokens[anchorFirst - 2]?.text === ',' || commaInsideClose(tokens, anchorFirst - 2));
      if (asParenthetical) anchorFirst--;
      const sep = tokens[anchorFirst - 1];
      if (sep && (sep.text === ',' || sep.kind === 'quote' || sep.text === '—' || sep.text === '―')) {
        // ("Trump's skepticism on climate change has hurt him, Graham said": a noun's topic inside the clause does not cut it.)
        // ("Kadzik's refusal to answer did not go over well, said one source": nor does a noun's own report.)
        const before = prev?.cue.lemma === TOPIC_NOUN_CUE || prev?.cue.lemma === NOUN_CUE ? anchored[n - 2] : prev;
        let from = before ? before.cue.last + 1 : 0;
        // "Secret Service protocol called for X, sources said.": an earlier report whose clause runs
        // unbroken up to this attribution is part of what this one reports, and no report of its own.
        if (prev?.source && prev.source.last < prev.cue.first && sep.kind !== 'quote' && embeddable(prev, n - 1) && clauseEnd(tokens, prev.cue.last + 1, anchorFirst - 2) >= anchorFirst - 2) {
          const outer = anchored[n - 2];
          const pf = prev.source.first;
          const f2 = outer ? outer.cue.last + 1 : 0;
          if (f2 <= pf) {
            from = f2;
            // ("which he said were at his side, the footage showed": a person's own report inside stays one.)
            const personal = prev.source.first === prev.source.last && NOMINATIVE_PRONOUNS.has(tokens[pf]?.lower ?? '') && tokens[pf]?.lower !== 'it';
            if (!personal) swallowed.add(n - 1);
          }
        }
        // ("... echo her concerns, in part because X is a “lawful source of income,” as a memo put it": an "as" parenthetical
        // comments on the clause right before it, so an earlier report that ended before that clause is no part of it.)
        const prevOut = asParenthetical && before && before === prev && !swallowed.has(n - 1) ? produced.get(n - 1) : undefined;
        const prevEnd = prevOut?.length ? out[prevOut[prevOut.length - 1] ?? -1]?.content.end : undefined;
        if (prevEnd !== undefined) {
          const k = tokens.findIndex((t) => t.end === prevEnd);
          if (k >= from && k < anchorFirst - 4) from = k + 1;
        }
        // ("... would bring to the town: “This is the best deal,” the council wrote.": a quotation after a colon is all this cue reports.)
        for (let k = anchorFirst - 3; k >= from; k--) {
          const q = tokens[k + 1]?.quote ?? -1;
          if (tokens[k]?.text === ':' && tokens[k]?.quote === -1 && q >= 0 && assigned.get(q) === a) {
            from = k + 1;
            break;
          }
        }
        const [bs, be] = skipConnective(tokens, ...trimRange(tokens, from, anchorFirst - 2));
        const bWords = wordCount(tokens, bs, be);
        const coveredByDirect = quoteTokens.some((qt) => qt.full && assigned.get(qt.q) === a && qt.open <= bs + 1 && qt.close >= be - 1);
        if (bWords >= 3 && !coveredByDirect && !subordinateOnly(tokens, bs, be) && !prepositionalOnly(tokens, bs, be)) range = [bs, be];
      }
    }
    // "Responding to the criticism, Mr Pugh said ...": an opening "-ing to" phrase names what is answered, not what is said;
    // "Writing for a Times panel, X noted ...": an opening "-ing for/in" phrase names where it was said.
    if (a.cue.participial && a.cue.first <= 1 && OPENING_PARTICLES.has(tokens[a.cue.last + 1]?.lower ?? '') && tokens.slice(a.cue.last + 1, a.cue.last + 21).some((t) => t.text === ',')) continue;
    if (!range || weak || listenerOnly(tokens, a.cue, range, hasThat) || addresseeOnly(tokens, a.cue, range, hasThat) || freeRelative(tokens, a, range, hasThat)) continue;
    // "after what she called a “rant,” a series of postings": the naming and the free relative that holds it are the report.
    const named = namingRelative(tokens, a, range);
    if (named) range = named;
    const ranges: Array<[number, number]> = [range];
    // "CLAUSE, he said, but CLAUSE": the clause after the joiner continues the same report.
    if (commaThenJoiner && precededByComma && range[0] < a.cue.first && tokens[s]?.lower === 'but' && afterWords >= 5 && !directAfter) ranges.push([s + 1, e]);
    for (const [rs, re] of ranges) {
      const span = spanOf(tokens, rs, re);
      if (!span) continue;
      let quoteInside = false;
      for (let i = rs; i <= re && !quoteInside; i++) {
        const q = tokens[i]?.quote ?? -1;
        if (q >= 0 && !quoteIsTitle(q)) quoteInside = true;
      }
      // A clause that is nothing but a full quotation already came out as direct.
      if (quoteTokens.some((qt) => qt.full && assigned.has(qt.q) && qt.open <= rs && qt.close >= re)) continue;
      produced.set(n, [...(produced.get(n) ?? []), out.length]);
      out.push({
        unit: u,
        content: span,
        kind: quoteInside ? 'mixed' : 'indirect',
        cue: cueSpan(a),
        source: ownSource(a),
        channel: channel ? spanOf(tokens, channel.first, channel.last) : channelOf(a),
        inherits: !a.source && !a.unsourced,
      });
    }
  }
  if (swallowed.size === 0) return out;
  const drop = new Set([...swallowed].flatMap((n) => produced.get(n) ?? []));
  return out.filter((_, i) => !drop.has(i));
}
