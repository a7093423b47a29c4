// Reading a person's name as the article writes it: which part is a role ("Tory leader
// Michael Howard"), whether it is a name at all ("the prime minister"), the honorific's
// gender, and whether two names can belong to the same person.

import { aliasKey, nameWords } from '../model/names.js';
import { PRONOUNS, ROLE_WORDS } from './lexicon.js';
import { isDemonym, startsWithFirstName as nlpFirstName } from './personEvidence.js';
import { sameGivenName } from '../model/givenNames.js';

const MALE = new Set(['mr', 'sir', 'lord']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);
/** Honorifics that precede a surname ("Mr Brown"), unlike "Sir"/"Dame" which precede a first name. */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'lord', 'baroness', 'prof', 'professor']);
const HONORIFICS = new Set([...MALE, ...FEMALE, 'dr', 'prof', 'professor', 'rt', 'hon', 'rev', 'reverend']);

export type Gender = 'male' | 'female' | null;

export interface ParsedName {
  /** The name with any leading role words removed ("Michael Howard"). */
  name: string;
  /** The leading role words, when there were any ("Tory leader"). */
  role: string | null;
  key: string;
  words: string[];
  surname: string;
  /** True when the words after the honorific are only a surname ("Mr Brown"), not a full name. */
  surnameOnly: boolean;
  /** "Sir Keir": an honorific with a first name only. */
  firstNameOnly: boolean;
  /** "Mr Kilroy Silk", "Sir Keir Starmer": the name starts with an honorific. */
  hasHonorific: boolean;
  gender: Gender;
  /** "kinnock" in "Lord Kinnock of Bedwellty": the surname inside a territorial title. */
  territorial: string | null;
}

function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

export function isPronoun(text: string): boolean {
  const words = nameWords(text);
  return words.length === 1 && PRONOUNS.has(words[0] ?? '');
}

/** "the prime minister", "a Red Wall MP", "Downing Street sources": no personal name in it. */
export function isDescription(text: string): boolean {
  const tokens = text.trim().split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return true;
  if (!tokens.some(isCapitalised)) return true;
  return nameWords(text).every((w) => ROLE_WORDS.has(w) || PRONOUNS.has(w));
}

export function genderOf(text: string): Gender {
  const first = nameWords(text)[0] ?? '';
  if (MALE.has(first)) return 'male';
  if (FEMALE.has(first)) return 'female';
  if (first === 'he' || first === 'him' || first === 'his') return 'male';
  if (first === 'she' || first === 'her') return 'female';
  return null;
}

const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron']);
const POST_NOMINALS = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'am', 'obe', 'cbe', 'mbe', 'kbe', 'pc', 'jr', 'jnr', 'snr']);

/** Name tokens without post-nominals ("QC"), cut at a possessive or an " of " inside the phrase. */
function nameTokens(text: string): { tokens: string[]; lead: string[] } {
  let tokens = text.trim().replace(/['’]s$/u, '').split(/\s+/).filter((t) => t.length > 0);
  while (tokens.length > 1 && POST_NOMINALS.has((tokens[tokens.length - 1] ?? '').toLowerCase().replace(/\./g, ''))) tokens = tokens.slice(0, -1);
  let lead: string[] = [];
  // "Geoff Hoon's Ashfield" is Geoff Hoon; "LCF's Andrea Williams" is Andrea Williams.
  const possessive = tokens.findIndex((t, i) => i < tokens.length - 1 && /['’]s$/u.test(t));
  if (possessive >= 0) {
    const after = tokens.slice(possessive + 1);
    if (after.length >= 2 && /^\p{Lu}/u.test(after[0] ?? '') && nlpFirstName(after[0] ?? '')) {
      lead = tokens.slice(0, possessive + 1);
      tokens = after;
    } else {
      tokens = [...tokens.slice(0, possessive), (tokens[possessive] ?? '').replace(/['’]s$/u, '')];
    }
  }
  // "Laura Brownlees of Save" is Laura Brownlees; "Lord Roberts of Conwy" keeps its territorial title.
  const of = tokens.findIndex((t, i) => i > 0 && t === 'of');
  if (of > 0 && aliasKey(tokens.slice(0, of).join(' ')).split(' ').length >= 2) tokens = tokens.slice(0, of);
  return { tokens, lead };
}

export function parseName(text: string): ParsedName {
  const cleaned = nameTokens(text);
  const tokens = cleaned.tokens;
  // Strip leading role words ("Chancellor", "Tory leader", "Home Secretary") while a
  // capitalised name of at least one word remains.
  let cut = 0;
  // "Australian Lynton Crosby": a people's adjective describes, like a role word.
  while (cut < tokens.length - 1) {
    const w = nameWords(tokens[cut] ?? '')[0] ?? '';
    if ((!ROLE_WORDS.has(w) && !isDemonym(tokens[cut] ?? '')) || HONORIFICS.has(w)) break;
    cut += 1;
  }
  // An honorific later in the phrase starts the name: "Treasurer Lord Ashcroft".
  // "Ahead of Mr Kennedy" is Mr Kennedy.
  const honorificAt = tokens.findIndex((t, i) => i > cut && i < tokens.length - 1 && HONORIFICS.has(nameWords(t)[0] ?? '') && nameWords(t)[0] !== 'rt' && nameWords(t)[0] !== 'hon');
  if (honorificAt > 0) cut = honorificAt;
  const rest = tokens.slice(cut);
  if (rest.length === 0 || !isCapitalised(rest[0] ?? '')) cut = 0;
  const name = (cut > 0 ? rest : tokens).join(' ');
  const roleTokens = [...cleaned.lead, ...tokens.slice(0, cut)];
  const role = roleTokens.length > 0 ? roleTokens.join(' ') : null;
  const of = tokens.indexOf('of', cut + 1);
  const rawWords = nameWords(name);
  const key = aliasKey(name);
  const words = key.split(' ').filter((w) => w.length > 0);
  const honorific = rawWords[0] ?? '';
  const hasHonorific = rawWords.length > words.length;
  return {
    name,
    role,
    key,
    words,
    surname: words[words.length - 1] ?? '',
    surnameOnly: words.length === 1 && (!hasHonorific || SURNAME_HONORIFICS.has(honorific)),
    firstNameOnly: words.length === 1 && hasHonorific && !SURNAME_HONORIFICS.has(honorific),
    hasHonorific,
    gender: genderOf(name),
    // Only a peer's title names a surname: "King Michael of Romania" is not a Michael of the graph.
    territorial: of > 0 && PEERAGE.has(honorific) ? (aliasKey(tokens.slice(0, of).join(' ')).split(' ').pop() ?? null) : null,
  };
}

/**
 * Can the (full) name key `a` be the same person as name key `b`? Equal keys, one a word-suffix
 * of the other ("duncan smith" / "iain duncan smith"), or the same surname with first names that
 * agree up to an initial or a familiar form ("g brown" / "gordon brown", "jim" / "james").
 */
export function namesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const aw = a.split(' ');
  const bw = b.split(' ');
  if (aw[aw.length - 1] !== bw[bw.length - 1]) return false;
  const [short, long] = aw.length <= bw.length ? [aw, bw] : [bw, aw];
  if (short.length === 1) return true;
  if (long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  const sf = short[0] ?? '';
  const lf = long[0] ?? '';
  // "george bush" / "george w bush": the same first name and surname around a middle name;
  // "jim callaghan" / "james callaghan": one given name in two forms.
  if (sameGivenName(sf, lf)) return true;
  return sf.length === 1 ? lf.startsWith(sf) : lf.length === 1 ? sf.startsWith(lf) : false;
}
