// What to ask the graph about one article: every alias key, surname and role title the linker
// may need, gathered up front so the lookup is one batched read.

import type { ExtractedArticle } from '../extract/types.js';
import { aliasKey, nameWords } from '../model/names.js';
import { PARTIES, TOPICS } from './lexicon.js';
import { isDescription, isPronoun, parseName } from './personName.js';
import { parseRole } from './roleText.js';
import { channelKeys } from './channel.js';
import type { ArticleMeta, CandidateQuery } from './types.js';

/** Word n-grams (1-4) of a description: where an unnamed source names its organisation. */
export function descriptionGrams(description: string): string[] {
  const words = nameWords(description);
  const grams: string[] = [];
  for (let n = 1; n <= 4; n += 1) {
    for (let i = 0; i + n <= words.length; i += 1) grams.push(words.slice(i, i + n).join(' '));
  }
  return grams;
}

export function buildCandidateQuery(extracted: ExtractedArticle, meta: ArticleMeta): CandidateQuery {
  const aliasKeys = new Set<string>();
  const surnames = new Set<string>();
  const roleTitles = new Set<string>();
  const prefixes = new Set<string>();
  const addDescription = (description: string): void => {
    // The whole description finds this article's own unnamed source on a re-link.
    aliasKeys.add(aliasKey(description));
    for (const g of descriptionGrams(description)) {
      aliasKeys.add(g);
      if (g.includes(' ')) prefixes.add(g);
    }
  };
  const addName = (text: string): void => {
    if (isPronoun(text)) return;
    const parsed = parseName(text);
    if (parsed.key.length > 0) aliasKeys.add(parsed.key);
    if (parsed.surname.length > 0 && !parsed.firstNameOnly) surnames.add(parsed.surname);
    if (parsed.territorial) surnames.add(parsed.territorial);
    if (parsed.role !== null) addRole(parsed.role);
  };
  const addRole = (description: string): void => {
    const role = parseRole(description);
    if (role === null) return;
    if (!role.membershipOnly) roleTitles.add(role.titleKey);
    if (role.organisationName !== null) aliasKeys.add(aliasKey(role.organisationName));
    if (role.placeName !== null) aliasKeys.add(aliasKey(role.placeName));
  };

  for (const entity of extracted.entities) {
    const names = [entity.name, ...entity.aliases];
    if (entity.type === 'person') {
      for (const n of names) {
        if (isDescription(n)) addRole(n);
        else addName(n);
      }
    } else if (entity.type === 'anonymous') {
      addDescription(entity.name);
    } else {
      for (const n of names) if (!isPronoun(n)) aliasKeys.add(aliasKey(n));
    }
    for (const r of entity.roles) addRole(r);
  }
  for (const quote of extracted.quotes) {
    if (quote.speaker !== null && quote.speakerEntity == null) {
      if (quote.speakerType === 'anonymous') addDescription(quote.speaker);
      else addName(quote.speaker);
    }
    if (quote.channel) for (const k of channelKeys(quote.channel.text)) aliasKeys.add(k);
  }
  for (const party of PARTIES) for (const n of [party.name, ...party.aliases]) aliasKeys.add(aliasKey(n));
  for (const topic of TOPICS) for (const n of [topic.name, ...topic.aliases]) aliasKeys.add(aliasKey(n));
  aliasKeys.delete('');
  return {
    articleId: meta.id,
    aliasKeys: [...aliasKeys].sort(),
    surnames: [...surnames].sort(),
    organisationPrefixes: [...prefixes].sort(),
    roleTitles: [...roleTitles].sort(),
    date: meta.publishedAt ?? null,
  };
}
