// Whether an extracted "person" cluster that the graph does not know is really a person, before
// a Person node is made for it: the extractor also clusters places and organisations ("Cape
// Town", "Migration Watch"), and a wrong node would attract later links.

import nlp from 'compromise';
import type { ExtractedEntity } from '../extract/types.js';
import { memoized, nameWords } from '../model/names.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'baroness', 'dr']);
const GENDERED = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);

/** A first word compromise's lexicon knows as a first name ("Vincent Cable", not "Cape Town"). */
export function startsWithFirstName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.length > 1 && isFirstName(first);
}

const NOT_A_NAME = ['#Verb', '#Adjective', '#Adverb', '#Preposition', '#Determiner', '#Conjunction', '#Place', '#Unit', '#Actor', '#Value'];
const TERRITORIAL = new Set(['lord', 'lady', 'baroness', 'baron', 'king', 'queen', 'prince', 'princess', 'duke', 'earl']);

// compromise tags a word from its lexicon alone here (one word, no context), so its answer for a
// word never changes: asked once per word, not once per candidate (it was a fifth of ingest's CPU).
const isFirstName = memoized((word) => nlp(word).has('#FirstName'));
const isOrdinaryWord = memoized((word) => {
  const doc = nlp(word);
  return NOT_A_NAME.some((tag) => doc.has(tag)) && !doc.has('#FirstName');
});

/** "Australian", "American": a people's adjective, which comes before a name as a description. */
export const isDemonym = memoized((word) => /^\p{Lu}/u.test(word) && nlp(word).has('#Demonym'));

/** "Americans", "Italians": a whole people, which no person's surname is. */
export const isPluralDemonym = memoized((word) => isDemonym(word) && nlp(word).has('#Plural'));

/** "Sri Lanka", "Hong Kong": the whole phrase is a country or city compromise knows. */
const isKnownPlace = memoized((name) => {
  const terms = nlp(name).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>;
  const all = terms.flatMap((s) => s.terms);
  // Country and City come from compromise's lexicon; a bare Place is its guess from a word like
  // "Hill" or "Lane", which is as often a surname ("David Hill").
  return all.length > 1 && all.every((t) => t.tags.includes('Country') || t.tags.includes('City'));
});

/** "Vote Blair", "Ahead ...", "Human Rights": the first word is an ordinary word, not a name. */
export function startsWithOrdinaryWord(name: string): boolean {
  const tokens = name.trim().split(/\s+/);
  // After an honorific the next word is the name itself: "Mr Straw" is not the word "straw".
  const first = (HONORIFICS.has(nameWords(tokens[0] ?? '')[0] ?? '') ? tokens[1] : tokens[0]) ?? '';
  return isOrdinaryWord(first);
}

/**
 * A name read as a person's only with evidence: an honorific, a known first name, or (when the
 * first word is not an ordinary English word) being quoted, holding a role or being "he"/"she".
 */
export function looksLikePerson(entity: ExtractedEntity, primaryName: string, isSpeaker: boolean, hasRole: boolean): boolean {
  const texts = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
  // "BBC2 Newsnight", "ITV1 This Morning": a channel's name has a digit, a person's never does.
  if (/\p{N}/u.test(primaryName.split(/\s+/)[0] ?? '') || isKnownPlace(primaryName)) return false;
  const honorific = texts.some((t) => HONORIFICS.has(nameWords(t)[0] ?? ''));
  // "Kilo of Semtex" is no one; "Lord Roberts of Conwy" is a peer.
  if (/\sof\s/.test(primaryName) && !texts.some((t) => TERRITORIAL.has(nameWords(t)[0] ?? ''))) return false;
  if (honorific || startsWithFirstName(primaryName)) return true;
  const weak = isSpeaker || hasRole || entity.mentions.some((m) => GENDERED.has(m.text.toLowerCase()));
  return weak && !startsWithOrdinaryWord(primaryName);
}
