// How well a graph candidate fits an entity of the article, from the article's context:
// co-mentioned entities, parties, roles, whether it is already tied to this article, and how
// often the graph has seen it.

import { nameWords } from '../model/names.js';
import type { Gender } from './personName.js';
import { titleMatches } from './roleText.js';
import type { Candidate } from './types.js';

export interface EntityContext {
  /** Ids already resolved elsewhere in the article. */
  articleIds: Set<string>;
  /** Party ids the entity's own role descriptions name ("Tory leader" -> Conservative Party). */
  partyIds: Set<string>;
  /** Every party id known to the linker, to tell a party membership from another one. */
  allPartyIds: Set<string>;
  roleTitleKeys: string[];
  gender: Gender;
}

const MALE = new Set(['mr', 'sir', 'lord']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);

export function candidateGender(candidate: Candidate): Gender {
  let male = 0;
  let female = 0;
  for (const n of [candidate.name, ...candidate.aliases]) {
    const first = nameWords(n)[0] ?? '';
    if (MALE.has(first)) male += 1;
    if (FEMALE.has(first)) female += 1;
  }
  if (male > 0 && female === 0) return 'male';
  if (female > 0 && male === 0) return 'female';
  return null;
}

export function genderConflict(candidate: Candidate, gender: Gender): boolean {
  if (gender === null) return false;
  const other = candidateGender(candidate);
  return other !== null && other !== gender;
}

/** Party conflict: the article puts the entity in one party and the graph puts the candidate in another. */
export function partyConflict(candidate: Candidate, context: EntityContext): boolean {
  if (context.partyIds.size === 0) return false;
  const parties = candidate.memberOf.filter((id) => context.allPartyIds.has(id));
  return parties.length > 0 && !parties.some((id) => context.partyIds.has(id));
}

/** Context evidence in roughly [-0.6, 1]; 0 means "nothing either way". */
export function contextScore(candidate: Candidate, context: EntityContext, maxArticleCount: number): number {
  let score = 0;
  const shared = candidate.coMentioned.filter((id) => context.articleIds.has(id)).length;
  score += Math.min(0.3, 0.1 * shared);
  if (candidate.memberOf.some((id) => context.partyIds.has(id))) score += 0.2;
  if (partyConflict(candidate, context)) score -= 0.6;
  if (context.roleTitleKeys.some((k) => candidate.roles.some((r) => titleMatches(r.title, k)))) score += 0.2;
  if (candidate.inArticle) score += 0.5;
  if (maxArticleCount > 0) score += (0.1 * Math.log1p(candidate.articleCount)) / Math.log1p(maxArticleCount);
  return score;
}

export function clampScore(value: number): number {
  return Math.round(Math.min(1, Math.max(0.05, value)) * 1000) / 1000;
}
