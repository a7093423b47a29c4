// Words and tests shared by the rules that find where a reported clause starts and ends: question
// words, clause subjects, finite auxiliaries and irregular past verbs.
import type { Token } from './document.js';
import { isPlainWord } from './tokens.js';

export const wordCount = (tokens: Token[], a: number, b: number): number => {
  let n = 0;
  for (let i = a; i <= b; i++) if (tokens[i]?.kind === 'word') n++;
  return n;
};

/** A comma that ends a phrase: outside quotes, or inside the closing mark at k ('On “The Farm Hour,” the ...'). */
export function phraseComma(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return (t?.text === ',' && t.quote === -1) || (t?.kind === 'quote' && tokens[k - 1]?.text === ',');
}

export const WH_WORDS = new Set(['how', 'what', 'whether', 'why', 'who', 'where', 'when', 'which']);

/** Words that coordinate a second verb with the first one's subject: "said X and dismissed Y", "demands X, yet refuses Y". */
export const COORDINATORS = new Set(['and', 'but', 'yet']);

export const CLAUSE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'no', 'some', 'many', 'most', 'all']);
export const FINITE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do', "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "didn't", "doesn't", "don't", 'won’t', 'wouldn’t', 'can’t', 'couldn’t', 'isn’t', 'wasn’t', 'didn’t', 'doesn’t', 'don’t']);

/** Subject-case pronouns that open a clause: "he", "it", "they". */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const CONTRACTED_PRONOUN = /^(?:he|she|it|they|we|i)['’](?:s|re|m|ve|d|ll)$/;

/**
 * "has shown it works", "signaled he wants a deal", "agreed it’s a mistake": a subject pronoun right before a verb in
 * -s or -ed (or one carrying a contracted auxiliary) opens a clause of its own; an object would be "him", "them".
 */
function pronounClause(tokens: Token[], s: number): boolean {
  const first = tokens[s];
  if (!isPlainWord(first)) return false;
  if (CONTRACTED_PRONOUN.test(first.lower)) return true;
  const verb = tokens[s + 1];
  return NOMINATIVE_PRONOUNS.has(first.lower) && isPlainWord(verb) && (/^[a-z]{2,}(?:s|ed)$/.test(verb.text) || IRREGULAR_PAST.has(verb.text));
}

/** "agreed it was a mistake": a clause with its own subject and a finite auxiliary, "that" left out. */
export function finiteClause(tokens: Token[], s: number): boolean {
  const first = tokens[s];
  if (!isPlainWord(first)) return false;
  if (pronounClause(tokens, s)) return true;
  if (!CLAUSE_SUBJECTS.has(first.lower) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let i = s + 1; i < s + 6 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!isPlainWord(t)) return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}

export const IRREGULAR_PAST = new Set(['said', 'spoke', 'told', 'wrote', 'made', 'took', 'gave', 'went', 'came', 'saw', 'knew', 'thought', 'felt', 'left', 'met', 'won', 'lost', 'led', 'ran', 'held', 'kept', 'began', 'became', 'got', 'put', 'set', 'sat', 'stood', 'sent', 'spent', 'brought', 'bought', 'fought', 'found']);
