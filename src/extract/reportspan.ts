// Where a cue's reported words end, and words after a cue that report nothing: a noun phrase
// object ends before a second verb or a subordinator, a noun of intention's infinitive at its
// comma; a free relative, a listener after "tell" and a lone adverbial clause are no report.
import type { Token } from './document.js';
import type { Anchored } from './attributions.js';
import type { Cue } from './cues.js';
import { clauseEnd } from './clauseend.js';
import { COORDINATORS, FINITE_AUXILIARIES, finiteClause, IRREGULAR_PAST, WH_WORDS, wordCount } from './clausewords.js';
import { OBJECT_CUES } from './lexicon.js';
import { NOUN_CUE } from './nouncue.js';

/** Words that end a free relative's clause: "what X said when ...", "what she wants and ...". */
const FREE_RELATIVE_ENDS = new Set(['when', 'while', 'after', 'before', 'because', 'if', 'since', 'and', 'but', 'or']);
// (Concessives stay: "Although Trump has admitted using the tax code, he does not defend it" holds a report.)
const ADVERBIAL_SUBORDINATORS = new Set(['when', 'whenever', 'after', 'before', 'because', 'since', 'once', 'until', 'unless']);
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'these', 'those', 'some', 'more', 'new', 'lower', 'higher']);
const OPENING_PREPOSITIONS = new Set(['contrary', 'despite', 'after', 'before', 'following', 'amid', 'given', 'with', 'in', 'unlike', 'like']);
const OBJECT_ENDERS = new Set(['because', 'since', 'although', 'though', 'while', 'whereas', 'unless']);

/**
 * "That was what Liz Wahl said when she resigned", "below what she wants and Trump's supporters ...": a cue whose
 * subject follows "what" has its object in "what"; a clause joined after it reports nothing.
 */
export function freeRelative(tokens: Token[], a: Anchored, range: [number, number], hasThat: boolean): boolean {
  if (!a.source || a.inverted || a.passive || a.shared || hasThat || range[0] <= a.cue.last) return false;
  if (tokens[a.source.first - 1]?.lower !== 'what' || tokens[a.source.first - 1]?.quote !== -1) return false;
  // ("what the senators said was gerrymandering", "what analysts described as ...": the predicate or the judgement is the report.)
  return FREE_RELATIVE_ENDS.has(tokens[range[0]]?.lower ?? '');
}

/** "But when Congress cut funding two years later, Mexico said enough.": a lone subordinate clause before ", X said" is its adverbial, not its report. */
export function subordinateOnly(tokens: Token[], s: number, e: number): boolean {
  let i = s;
  if (COORDINATORS.has(tokens[i]?.lower ?? '')) i++;
  if (!ADVERBIAL_SUBORDINATORS.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k <= e; k++) if (tokens[k]?.text === ',' || tokens[k]?.quote !== -1) return false;
  return true;
}

// Prepositions that open a fronted adjunct: "In those fields, farmers feel ...", "Like Obama, I believe ...".
const FRONTED_PREPOSITIONS = new Set(['in', 'like', 'unlike', 'for', 'at', 'on', 'with', 'among', 'under', 'during', 'despite', 'amid', 'by', 'from', 'to', 'of', 'beyond', 'besides']);

/** "In those fields, many citizens feel stung ...", "Like President Obama, I believe in ...": a short fronted prepositional phrase before ", X verb" is its adjunct, not its report. */
export function prepositionalOnly(tokens: Token[], s: number, e: number): boolean {
  if (!FRONTED_PREPOSITIONS.has(tokens[s]?.lower ?? '') || wordCount(tokens, s, e) > 4) return false;
  for (let k = s + 1; k <= e; k++) {
    const t = tokens[k];
    // (A verb makes it a clause: "In 2015 prices fell, he said".)
    if (!t || t.kind !== 'word' || t.quote !== -1 || FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]+ed$/.test(t.text)) return false;
  }
  return true;
}

/**
 * "he told the group, adding ...", "Clarke told some of the miners.", "tell more jokes": after "tell" a short
 * noun phrase with no clause, infinitive or question word is the listener or the thing told, not a report.
 */
export function listenerOnly(tokens: Token[], cue: Cue, range: [number, number], hasThat: boolean): boolean {
  if (cue.lemma !== 'tell' || hasThat || range[0] <= cue.last || wordCount(tokens, range[0], range[1]) > 4 || finiteClause(tokens, range[0])) return false;
  for (let i = range[0]; i <= range[1]; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0 || t.lower === 'to' || WH_WORDS.has(t.lower)) return false;
  }
  return true;
}

// Verbs of speaking aloud whose "to" phrase is the one spoken to: "shouted to the crowd", "said to reporters".
const ADDRESSING = new Set(['say', 'shout', 'yell', 'add', 'explain', 'declare', 'announce', 'complain', 'admit', 'confess', 'insist', 'repeat', 'remark', 'joke', 'boast']);
const ADDRESSEE_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'him', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'crowds']);

/** '"Go home!" she shouted to the crowd.': a short "to" phrase right after a verb of speaking is its listener, not its report. */
export function addresseeOnly(tokens: Token[], cue: Cue, range: [number, number], hasThat: boolean): boolean {
  if (!ADDRESSING.has(cue.lemma) || hasThat || range[0] !== cue.last + 1 || tokens[range[0]]?.lower !== 'to') return false;
  if (!ADDRESSEE_STARTS.has(tokens[range[0] + 1]?.lower ?? '') || wordCount(tokens, range[0], range[1]) > 5) return false;
  for (let i = range[0] + 1; i <= range[1]; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0 || t.lower === 'to' || WH_WORDS.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) return false;
  }
  return true;
}

/**
 * "has promised a veto and attempted to make the case ...", "had called the hearing because they felt ...",
 * "echo her concerns, in large part because ...": a noun-phrase object (no clause after the cue) ends at a comma,
 * a subordinator or a second verb coordinated with the cue.
 */
export function objectEnd(tokens: Token[], a: Anchored, from: number, hasThat: boolean, end: number): number {
  const first = tokens[from];
  if (hasThat || a.inverted || a.passive || OBJECT_CUES.has(a.cue.lemma) || !first || first.quote >= 0 || !OBJECT_STARTS.has(first.lower)) return end;
  let cut = -1;
  for (let i = from + 1; i <= end && cut < 0; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0) continue;
    if (t.text === ',' || OBJECT_ENDERS.has(t.lower)) cut = i;
    else if (t.lower === 'and' && /^[a-z]+ed$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.quote === -1) cut = i;
  }
  if (cut < 0) return end;
  // ("say the program, run by the city, has brought ...": an appositive closed by a comma before a verb is inside a subject.)
  if (tokens[cut]?.text === ',') {
    let k = cut + 1;
    while (k <= end && k - cut < 16 && tokens[k]?.text !== ',') k++;
    const v = tokens[k + 1];
    if (tokens[k]?.text === ',' && v && v.kind === 'word' && v.quote < 0 && (FINITE_AUXILIARIES.has(v.lower) || IRREGULAR_PAST.has(v.lower) || /^[a-z]+(?:ed|s)$/.test(v.text))) return end;
  }
  // ("say the campaign violated the law by using material, including ...": a verb before the cut makes it a clause.)
  for (let i = from + 1; i < cut; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0 || t.kind !== 'word') continue;
    if (FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || t.lower === 'says') return end;
    if (/^[a-z]+ed$/.test(t.text) && tokens[i - 1]?.kind === 'word' && !OBJECT_STARTS.has(tokens[i - 1]?.lower ?? '') && !/ly$/.test(tokens[i - 1]?.lower ?? '')) return end;
  }
  return cut - 1;
}

const DASHES = new Set(['–', '—', '―']);
// An indefinite noun phrase after the dash sums up or labels what came before: "— a move he announced", "- a charge that".
const TAIL_OPENERS = new Set(['a', 'an', 'another', 'something']);

/**
 * "... security at last week's debate — an opportunity he largely missed": a dash before an indefinite noun phrase
 * that no second dash closes opens a comment the article adds, so the report ends before it. (A paired dash sets off
 * an aside inside the report: "Trump — even as he says ... — has proposed little".)
 */
export function loneDashEnd(tokens: Token[], from: number, end: number): number {
  const dashes: number[] = [];
  for (let i = from; i <= end; i++) if (DASHES.has(tokens[i]?.text ?? '') && tokens[i]?.quote === -1) dashes.push(i);
  const d = dashes[0];
  if (dashes.length !== 1 || d === undefined) return end;
  const n = tokens[d + 1];
  return n && n.quote === -1 && TAIL_OPENERS.has(n.lower) ? d - 1 : end;
}

/**
 * Where a cue's report ends: its clause's end, and for a noun of intention ("His promises to stick it to the rich
 * notwithstanding, independent analyses agree ...") its infinitive's first comma, a noun's complement being a phrase.
 */
export function reportEnd(tokens: Token[], cue: Cue, from: number, limit: number): number {
  const end = clauseEnd(tokens, from, limit);
  // ("Contrary to his claim that people would learn nothing, there would be ...": likewise a noun's that-clause in an opening phrase.)
  const opening = OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '') && cue.first < 6;
  if (cue.lemma !== NOUN_CUE || (tokens[from]?.lower !== 'to' && !opening)) return end;
  for (let i = from + 1; i < end; i++) {
    if (tokens[i]?.text === ',' && tokens[i]?.quote === -1) return i - 1;
    // ("... would ''learn nothing,'' there would be": a comma set inside the closing mark.)
    if (tokens[i]?.kind === 'quote' && tokens[i - 1]?.text === ',' && tokens[i + 1]?.quote === -1) return i;
  }
  return end;
}
