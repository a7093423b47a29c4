// Reading a role description ("Tory leader", "Bassetlaw MP", "chief executive of Labour
// Together", "former Home Secretary") into a title plus the party, organisation or place it
// is qualified by.

import { aliasKey, nameWords } from '../model/names.js';
import { PARTIES, type PartyEntry } from './lexicon.js';

export interface ParsedRole {
  /** Display title without the qualifier: "leader", "MP", "Chancellor", "chief executive". */
  title: string;
  /** aliasKey of the title, used to compare roles. */
  titleKey: string;
  party: PartyEntry | null;
  /** "Labour Together" in "chief executive of Labour Together". */
  organisationName: string | null;
  /** "Bassetlaw" in "Bassetlaw MP". */
  placeName: string | null;
  former: boolean;
  /** Only a party ("Conservative", "SNP"): a membership, no Role node. */
  membershipOnly: boolean;
}

const LEADING_NOISE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'then', 'new', 'current']);
const HONORIFIC_ONLY = new Set(['sir', 'dame', 'lord', 'lady', 'baroness', 'mr', 'mrs', 'ms', 'miss', 'dr', 'rt hon', 'the rt hon', 'prof', 'professor']);
/** Leading nationality words dropped from a title: "UK Chancellor" is the Chancellor. */
const NATIONAL = new Set(['uk', 'british', 'us', 'american']);
/** Words before "MP" that are not a constituency ("Euro MP", "backbench MP"). */
const NOT_PLACES = new Set(['euro', 'european', 'backbench', 'rebel', 'veteran', 'senior', 'junior', 'local', 'independent', 'opposition', 'government', 'new', 'fellow']);
/** Last words of a real title. */
const ROLE_HEADS = new Set([
  'minister', 'secretary', 'chancellor', 'leader', 'mp', 'mep', 'msp', 'am', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'chair', 'president', 'executive', 'director', 'governor', 'mayor', 'candidate', 'adviser',
  'advisor', 'official', 'convenor', 'head', 'commissioner', 'speaker', 'whip', 'peer', 'general', 'judge', 'ambassador',
  'captain', 'king', 'queen', 'prince', 'princess', 'editor', 'economist', 'treasurer', 'deputy', 'member', 'councillor',
  'constable', 'inspector', 'professor', 'lawyer', 'barrister', 'solicitor', 'bishop', 'archbishop', 'founder', 'manager',
  'officer', 'campaigner', 'correspondent', 'presenter', 'analyst', 'chief', 'premier', 'chairperson', 'aide', 'backbencher',
  'organiser', 'coordinator', 'agent', 'strategist', 'pollster', 'envoy', 'attorney', 'lord', 'mayor', 'vice-president',
  'researcher', 'fellow', 'trustee', 'boss', 'owner', 'partner', 'spokesmen', 'cardinal', 'commander', 'colonel', 'sergeant',
]);
const SEAT_TITLES = new Set(['mp', 'msp', 'mep', 'am', 'candidate']);

/** The party a word run names: "tory", "lib dem", "liberal democrat". */
export function partyNamedBy(text: string): PartyEntry | null {
  const key = ` ${nameWords(text).join(' ')} `;
  for (const party of PARTIES) {
    const keys = [...party.words, aliasKey(party.name), ...party.aliases.map(aliasKey)];
    if (keys.some((k) => key.includes(` ${k} `))) return party;
  }
  return null;
}

export function parseRole(description: string): ParsedRole | null {
  let tokens = description.trim().split(/\s+/).filter((t) => t.length > 0);
  // "Tanzania Mr": a trailing honorific belongs to the name that followed.
  while (tokens.length > 0 && HONORIFIC_ONLY.has(nameWords(tokens[tokens.length - 1] ?? '').join(' '))) tokens = tokens.slice(0, -1);
  let former = false;
  while (tokens.length > 0) {
    const w = (tokens[0] ?? '').toLowerCase();
    if (w === 'former' || w === 'ex') former = true;
    else if (!LEADING_NOISE.has(w) && !NATIONAL.has(w)) break;
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  let organisationName: string | null = null;
  const ofIndex = tokens.findIndex((t, i) => i > 0 && (t === 'of' || t === 'for' || t === 'at'));
  if (ofIndex > 0) {
    const after = tokens.slice(ofIndex + 1).join(' ').replace(/^the\s+/i, '');
    // "Chancellor of the Exchequer" is a title, "chief executive of Labour Together" names an organisation.
    if (/^\p{Lu}/u.test(after) && !/^(Exchequer|State|Commons|Lords|Parliament)\b/.test(after)) {
      organisationName = after;
      tokens = tokens.slice(0, ofIndex);
    }
  }
  const party = partyNamedBy(tokens.join(' '));
  if (party !== null) {
    const partyWords = new Set(party.words.flatMap((w) => w.split(' ')).concat(nameWords(party.name)));
    tokens = tokens.filter((t) => !partyWords.has(nameWords(t)[0] ?? ''));
    // "Conservative", "SNP": a party alone says membership, not a role.
    if (tokens.length === 0) return { title: '', titleKey: '', party, organisationName, placeName: null, former, membershipOnly: true };
  }
  let placeName: string | null = null;
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length > 1 && SEAT_TITLES.has(last.toLowerCase())) {
    const before = tokens.slice(0, -1);
    if (before.every((t) => /^\p{Lu}/u.test(t)) && !before.some((t) => NOT_PLACES.has(t.toLowerCase()))) {
      placeName = before.join(' ');
      tokens = [last];
    }
  }
  const title = tokens.join(' ');
  const titleKey = nameWords(title).join(' ');
  // "Sir", "Mr": an honorific is not a role.
  if (titleKey.length === 0 || aliasKey(title) === '' || HONORIFIC_ONLY.has(titleKey)) return null;
  // "Home", "British", "Want's": a title must end in a word that names a position.
  const words = titleKey.split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (!ROLE_HEADS.has(head ?? '')) return null;
  return { title, titleKey, party, organisationName, placeName, former, membershipOnly: false };
}

/** Does a graph role's title fit a title key from the article? "chancellor" fits "Chancellor of the Exchequer". */
export function titleMatches(graphTitle: string, titleKey: string): boolean {
  const g = nameWords(graphTitle).join(' ');
  if (g === titleKey) return true;
  return g.startsWith(`${titleKey} `) || titleKey.startsWith(`${g} `);
}
