// Reading a name out of a mention: titles, role words and possessives stripped, person or
// organisation told apart by word lists. Pure string functions.
import { FEMALE_NAMES, FEMALE_TITLES, KNOWN_ORGS, MALE_NAMES, MALE_TITLES, NEUTRAL_TITLES, ORG_WORDS, PLACE_WORDS, ROLE_WORDS } from './lexicon.js';

export type Gender = 'm' | 'f' | 'u';

export interface ParsedName {
  /** The name without titles or role words ("Steve Reed"). */
  name: string;
  /** Role words before the name ("Environment Secretary"). */
  role: string;
  type: 'person' | 'organisation' | 'place';
  gender: Gender;
  /** Last word, lower-case: how surnames are matched; for a peer's territorial title, the word before "of". */
  surname: string;
  /** "Lord Kinnock of Bedwellty": a peerage title, a surname and the place the title is of. */
  territorial: boolean;
}

const PEERAGE_TITLES = new Set(['lord', 'baron', 'baroness', 'lady']);

const POSSESSIVE = /['’]s?$/;
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'der', 'la', 'le', 'du', 'al', 'bin']);

const isTitleWord = (w: string): boolean =>
  MALE_TITLES.has(w) || FEMALE_TITLES.has(w) || NEUTRAL_TITLES.has(w) || MALE_TITLES.has(`${w}.`) || FEMALE_TITLES.has(`${w}.`) || NEUTRAL_TITLES.has(`${w}.`);

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * The words of a run that name one party when a possessive sits inside it: "Labour's Jo White" is Jo White,
 * "Geoff Hoon's Ashfield" (seat) is Geoff Hoon, a full name owning a one-word thing.
 */
function ownWords(words: string[]): string[] {
  const at = words.findIndex((w, i) => i < words.length - 1 && /['’]s$/u.test(w));
  if (at < 0) return words;
  const after = words.slice(at + 1);
  if (after.length >= 2) return after;
  // "Blair's Sedgefield" or "Labour's Brown": one word each side, no telling which is the person.
  return at >= 1 ? words.slice(0, at + 1) : words;
}

/** Party words that stand before a name as its label: "Republican Donald Trump", "Lib Dem Norman Baker". */
const PARTY_LABELS = new Set(['republican', 'democrat', 'democratic', 'tory', 'conservative', 'labour', 'liberal', 'lib', 'dem', 'dems', 'ukip', 'snp', 'gop']);

/** How many leading words are a party label, when at least a given name and a surname follow them. */
function leadingParty(lowerAll: string[]): number {
  let n = 0;
  while (n < lowerAll.length && PARTY_LABELS.has(lowerAll[n] ?? '')) n++;
  return lowerAll.length - n >= 2 ? n : 0;
}

/** Letters after a name: "Frank Field MP", "Ann Cole QC". */
const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'am', 'qc', 'kc', 'obe', 'mbe', 'cbe']);

/**
 * "Frank Field MP": letters after a surname are no name and no role before it (read as a role word, "MP" hid
 * the whole name). A run ending "Tory MP" or "Labour MP" keeps its words: no surname stands before them.
 */
function withoutPostNominal(words: string[]): string[] {
  // ("The Glasgow Kelvin MP": after an article the words before "MP" are a seat, not a name.)
  if (/^(?:the|a|an)$/i.test(words[0] ?? '')) return words;
  let end = words.length;
  while (end > 2 && POST_NOMINALS.has((words[end - 1] ?? '').toLowerCase()) && !ROLE_WORDS.has((words[end - 2] ?? '').toLowerCase()) && !KNOWN_ORGS.has((words[end - 2] ?? '').toLowerCase())) end--;
  return end === words.length ? words : words.slice(0, end);
}

/**
 * "House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell": an organisation's word before a role word
 * names the office; the two or three capitalised words after the last role word are the person holding it.
 * ("Office of the Director of National Intelligence": an "of" after the role word keeps the organisation.)
 */
function namedAfterRole(words: string[], lowerAll: string[]): boolean {
  let last = -1;
  for (let i = 0; i < lowerAll.length; i++) if (ROLE_WORDS.has(lowerAll[i] ?? '')) last = i;
  const rest = words.slice(last + 1);
  if (last < 1 || rest.length < 2 || rest.length > 3) return false;
  return rest.every((w) => isCapitalised(w) && !CONNECTORS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase()));
}

/**
 * "Scottish Water", "UK Muslims", "American Community Survey": a run opening with a nationality and holding no
 * given name is a body or a group, not a person a later "he" or "she" could be.
 */
const NATIONALITIES = new Set(['uk', 'us', 'u.s', 'usa', 'british', 'english', 'scottish', 'welsh', 'irish', 'american', 'european', 'french', 'german', 'russian', 'chinese', 'israeli', 'palestinian', 'iranian', 'iraqi', 'syrian', 'afghan', 'pakistani', 'indian', 'african', 'asian', 'mexican', 'canadian']);

const isGivenName = (w: string): boolean => MALE_NAMES.has(w.toLowerCase()) || FEMALE_NAMES.has(w.toLowerCase());

/**
 * "Rival Hillary Clinton", "Crooked Hillary Clinton", "Fellow Lib Dem Norman Baker": capitalised words before a
 * given name and a surname, none of them a given name itself, describe the person (an epithet, a party label
 * opening a sentence); the name starts at the given name. ("Sarah Jessica Parker" opens with a given name and stays.)
 */
function withoutLeadingEpithet(rest: string[]): string[] {
  if (rest.length < 3 || isGivenName(rest[0] ?? '')) return rest;
  const given = rest.findIndex((w, i) => i > 0 && i < rest.length - 1 && isGivenName(w));
  if (given < 0 || rest.slice(0, given).some((w) => CONNECTORS.has(w.toLowerCase()))) return rest;
  return rest.slice(given);
}

/** Splits a capitalised run into role and name: "Bassetlaw MP Jo White" -> role "Bassetlaw MP", name "Jo White". */
export function parseName(run: string): ParsedName | null {
  const words = withoutPostNominal(ownWords(run.split(/\s+/).filter(Boolean)).map((w) => w.replace(POSSESSIVE, '')));
  while (words.length > 0 && /^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift();
  if (words.length === 0) return null;
  const lowerAll = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const joined = lowerAll.join(' ');
  // ("New Year", "New Year's Eve": a date, nobody who speaks.)
  if (/^new year(?: eve| day)?$/.test(joined)) return null;
  const known = KNOWN_ORGS.get(joined);
  if (known) return { name: known, role: '', type: 'organisation', gender: 'u', surname: joined, territorial: false };
  if (lowerAll.some((w) => PLACE_WORDS.has(w)) && !namedAfterRole(words, lowerAll)) return { name: words.join(' '), role: '', type: 'place', gender: 'u', surname: lowerAll[lowerAll.length - 1] ?? '', territorial: false };
  if (lowerAll.some((w) => ORG_WORDS.has(w)) && !namedAfterRole(words, lowerAll)) return { name: words.join(' '), role: '', type: 'organisation', gender: 'u', surname: lowerAll[lowerAll.length - 1] ?? '', territorial: false };
  let gender: Gender = 'u';
  let cut = leadingParty(lowerAll);
  for (let i = 0; i < words.length; i++) {
    const lw = lowerAll[i] ?? '';
    if (MALE_TITLES.has(lw) || MALE_TITLES.has(`${lw}.`)) gender = 'm';
    else if (FEMALE_TITLES.has(lw) || FEMALE_TITLES.has(`${lw}.`)) gender = 'f';
    // ("Del. Mary Hill": the delegate's title only with its dot; "Lana Del Rey" keeps her Del.)
    if (MALE_TITLES.has(lw) || FEMALE_TITLES.has(lw) || NEUTRAL_TITLES.has(lw) || NEUTRAL_TITLES.has(`${lw}.`) || MALE_TITLES.has(`${lw}.`) || FEMALE_TITLES.has(`${lw}.`) || ROLE_WORDS.has(lw) || words[i] === 'Del.') cut = i + 1;
    else if (!isCapitalised(words[i] ?? '') && !CONNECTORS.has(lw)) cut = i + 1;
  }
  const rest = withoutLeadingEpithet(words.slice(cut).filter((w) => isCapitalised(w) || CONNECTORS.has(w.toLowerCase())));
  while (rest.length > 0 && CONNECTORS.has((rest[0] ?? '').toLowerCase())) rest.shift();
  if (rest.length === 0) return null;
  const first = (rest[0] ?? '').toLowerCase();
  if (cut === 0 && rest.length >= 2 && NATIONALITIES.has(first.replace(/\.$/, '')) && !rest.some(isGivenName)) {
    return { name: rest.join(' '), role: '', type: 'organisation', gender: 'u', surname: rest[rest.length - 1]?.toLowerCase() ?? '', territorial: false };
  }
  // The place in "Lord Kinnock of Bedwellty" is no surname: the peer is a Kinnock.
  const of = rest.findIndex((w, i) => i > 0 && w === 'of');
  const territorial = of === 1 && cut > 0 && PEERAGE_TITLES.has(lowerAll[cut - 1] ?? '');
  if (gender === 'u' && rest.length > 1) gender = MALE_NAMES.has(first) ? 'm' : FEMALE_NAMES.has(first) ? 'f' : 'u';
  return {
    name: rest.join(' '),
    role: words
      .slice(0, cut)
      .filter((w) => !isTitleWord(w.toLowerCase()))
      .join(' '),
    type: 'person',
    gender,
    surname: (rest[territorial ? 0 : rest.length - 1] ?? '').toLowerCase(),
    territorial,
  };
}
