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
}

const LEADING_NOISE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'then', 'new', 'current']);
const HONORIFIC_ONLY = new Set(['sir', 'dame', 'lord', 'lady', 'baroness', 'mr', 'mrs', 'ms', 'miss', 'dr', 'rt hon', 'the rt hon', 'prof', 'professor']);
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
  let former = false;
  while (tokens.length > 0) {
    const w = (tokens[0] ?? '').toLowerCase();
    if (w === 'former' || w === 'ex') former = true;
    else if (!LEADING_NOISE.has(w)) break;
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
    const kept = tokens.filter((t) => !partyWords.has(nameWords(t)[0] ?? ''));
    if (kept.length > 0) tokens = kept;
  }
  let placeName: string | null = null;
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length > 1 && SEAT_TITLES.has(last.toLowerCase())) {
    const before = tokens.slice(0, -1);
    if (before.every((t) => /^\p{Lu}/u.test(t))) {
      placeName = before.join(' ');
      tokens = [last];
    }
  }
  const title = tokens.join(' ');
  const titleKey = nameWords(title).join(' ');
  // "Sir", "Mr": an honorific is not a role.
  if (titleKey.length === 0 || aliasKey(title) === '' || HONORIFIC_ONLY.has(titleKey)) return null;
  return { title, titleKey, party, organisationName, placeName, former };
}

/** Does a graph role's title fit a title key from the article? "chancellor" fits "Chancellor of the Exchequer". */
export function titleMatches(graphTitle: string, titleKey: string): boolean {
  const g = nameWords(graphTitle).join(' ');
  if (g === titleKey) return true;
  return g.startsWith(`${titleKey} `) || titleKey.startsWith(`${g} `);
}
