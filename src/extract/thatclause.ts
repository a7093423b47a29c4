// A predicate outside the reporting-verb lists that heads a that-clause ("environmentalists worry
// that ...", "investigators have discovered that ...", "Democrats are afraid that ..."): the
// clause is a position the article ascribes to the subject. Only the complementiser reading
// counts: a relative "that" ("sanctions that bar trade") is followed by its verb, not a subject.
import type { Token } from './document.js';
import { PERSON_NOUNS } from './lexicon.js';
import { isPlainWord } from './tokens.js';

/** Words before "that" that never make a report: conjunctions, copulas, verbs of causing and meaning. */
const NOT_REPORTING = new Set(`
  so such now given provided except in order so much to the point is was are were be been being am
  's ’s seems seemed seem appears appeared appear means meant mean ensure ensures ensured ensuring make
  makes made making means fact true clear obvious likely possible unlikely sure certain way idea
  shows showed show prove proves proved proving suggests lest though although because than
  all after before until since once while whereas assuming considering realising realizing hoping
  like just only even also still not never but and or yet nor`.split(/\s+/).filter(Boolean));

/** What can open the clause after a complementiser "that". */
const CLAUSE_OPENERS = new Set(`
  he she it they we i you there the this these those his her their its our my your a an no some many
  most all any every each both few more much several such if when while because as although though
  what how whether why one two three four five six seven eight nine ten
`.split(/\s+/).filter(Boolean));

/** Auxiliaries that mark a bare form as a verb ("may wish that", "have long argued"). */
const AUXILIARIES = new Set(`
  has have had is was were are be been being will would shall should could can may might must did does do
  not never also already long still now just even really increasingly openly privately publicly
`.split(/\s+/).filter(Boolean));

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'who']);

/** Prepositions that take a noun phrase and never open a clause (unlike "after", "since", "as"). */
const PURE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'about', 'into', 'among', 'between', 'across', 'over', 'under', 'through', 'against']);

/**
 * Whether the name at `name` is the object of a preposition, directly or after "the"
 * ("many of the Patriot mines that Mr. Clarke acquired", "schools in Ohio districts that ..."):
 * a preposition's object is no subject, so an -s form after it is a plural noun, not a verb.
 */
function nameInPrepositionalPhrase(tokens: Token[], name: number): boolean {
  const before = tokens[name - 1]?.lower === 'the' ? tokens[name - 2] : tokens[name - 1];
  return isPlainWord(before) && PURE_PREPOSITIONS.has(before.lower);
}


/** Whether the "that" at token `at` opens a clause with a subject, not a relative clause (followed by its verb). */
export function thatClauseFollows(tokens: Token[], at: number): boolean {
  if (!isPlainWord(tokens[at])) return false;
  const opener = tokens[at + 1];
  // A plural noun can open the clause too ("charges that countries ..."); a relative "that" is followed by a verb.
  if (!isPlainWord(opener)) return false;
  const pluralSubject = /^[a-z]{3,}s$/.test(opener.lower) && !/^(?:is|was|has|does|says|seems|means|makes|goes)$/.test(opener.lower);
  // ("his claim that people would learn nothing": a noun for people opens it as well.)
  return CLAUSE_OPENERS.has(opener.lower) || /^\p{Lu}/u.test(opener.text) || /^\d/.test(opener.text) || pluralSubject || PERSON_NOUNS.has(opener.lower);
}

/**
 * Whether token `i` is a verb or predicative adjective heading a that-clause: followed by
 * "that" and a clause opener, and verb-like (past or -s form, after an auxiliary or a subject
 * pronoun, or an adjective after a form of "be").
 */
export function headsThatClause(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isPlainWord(t) || !/^[a-z][a-z-]+$/.test(t.text) || NOT_REPORTING.has(t.lower)) return false;
  if (tokens[i + 1]?.lower !== 'that' || !thatClauseFollows(tokens, i + 1)) return false;
  // "that the" after a plain noun can still be relative ("the report that the panel wrote"): the
  // word before "that" must read as a verb.
  const prev = tokens[i - 1];
  const afterAux = isPlainWord(prev) && (AUXILIARIES.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower));
  const afterBe = isPlainWord(prev) && /^(?:is|are|was|were|been|be|am|'re|’re|'m|’m|remain|remains|remained|grew|grow|became|become)$/.test(prev.lower);
  if (afterBe) return /(?:ed|ful|ous|ive|ent|ant|id|ain)$/.test(t.lower); // "were frustrated", "is hopeful", "are confident", "are afraid", "is certain"
  if (/(?:ed|ied)$/.test(t.lower)) return true;
  if (afterAux) return true;
  if (!isPlainWord(prev)) return false;
  // "Trump charges that", "the mayor charges that": an -s form after a name or a singular person noun.
  if (/[^s]s$/.test(t.lower)) return (/^\p{Lu}/u.test(prev.text) && !nameInPrepositionalPhrase(tokens, i - 1)) || (PERSON_NOUNS.has(prev.lower) && !/s$/.test(prev.lower));
  // "environmentalists worry that": a plain form after a plural subject.
  return /s$/.test(prev.lower) && !/^\p{Lu}/u.test(prev.text);
}
