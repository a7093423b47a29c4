// Whether an extracted "person" cluster that the graph does not know is really a person, before
// a Person node is made for it: the extractor also clusters places and organisations ("Cape
// Town", "Migration Watch"), and a wrong node would attract later links.

import nlp from 'compromise';
import type { ExtractedEntity } from '../extract/types.js';
import { nameWords } from '../model/names.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'baroness', 'dr']);
const GENDERED = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);

/** A first word compromise's lexicon knows as a first name ("Vincent Cable", not "Cape Town"). */
export function startsWithFirstName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.length > 1 && nlp(first).has('#FirstName');
}

export function looksLikePerson(entity: ExtractedEntity, primaryName: string, isSpeaker: boolean, hasRole: boolean): boolean {
  if (isSpeaker || hasRole) return true;
  const texts = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
  if (texts.some((t) => HONORIFICS.has(nameWords(t)[0] ?? ''))) return true;
  if (entity.mentions.some((m) => GENDERED.has(m.text.toLowerCase()))) return true;
  return startsWithFirstName(primaryName);
}
