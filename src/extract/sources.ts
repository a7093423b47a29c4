// The source: the mention of the speaker that the sentence itself uses, found next to its cue.
import type { Token } from './document.js';
import type { Cue } from './cues.js';
import { thatClauseFollows } from './thatclause.js';
import { IRREGULAR_PAST, phraseComma } from './clausewords.js';
import { pluralCueNoun, relativeThatVerb } from './cues.js';
import { ANON_DETERMINERS, CUE_FORMS, CUE_MODIFIERS, DAY_WORDS, EVIDENCE_NOUNS, MONTHS, NP_STOP, PEOPLE_SUFFIX, PERSONAL_SUBJECT_PRONOUNS, PERSON_NOUNS, PRONOUNS, TIME_WORDS } from './lexicon.js';

export interface TokenRange {
  first: number;
  last: number;
}

const MAX_NP = 14;
/** Words of a restrictive relative's antecedent kept in its source span. */
const MAX_ANTECEDENT = 5;
const MAX_APPOSITIVES = 6;
const MAX_DASHED = 30;
const LEADING_JUNK = new Set(['but', 'and', 'however', 'meanwhile', 'now', 'so', 'yet', 'also', 'then', 'still', 'instead', 'indeed', 'separately', 'later', 'earlier']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'for', 'with', 'by', 'from', 'to', 'after', 'before', 'over', 'under', 'since', 'about', 'into', 'through', 'speaking', 'writing', 'asked', 'interviewed', 'yesterday', 'today', 'last', 'this', 'on']);
const GOOD_START = new Set(['the', 'a', 'an', 'one', 'some', 'several', 'many', 'most', 'two', 'three', 'four', 'another', 'other', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'both', 'all', 'each', 'senior', 'former']);
const INVERTING = new Set(['say', 'add', 'write', 'continue', 'ask', 'explain', 'insist', 'argue', 'warn', 'reply', 'note', 'tweet', 'claim', 'suggest', 'recall', 'respond', 'concede', 'declare', 'state', 'report', 'announce', 'admit', 'retort', 'counter', 'joke', 'observe', 'remark', 'according']);

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'whose']);
/** Words that open a clause, so a subject may follow them: "after rival Donald Trump attacked ...". */
const CLAUSE_OPENING = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'because', 'although', 'though', 'if', 'until', 'once', 'whereas', 'and', 'but']);
/** "Then someone asked how ...", "not everyone agrees": indefinite pronouns are subjects too. */
const INDEFINITES = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|there)['’](?:s|re|m|ve|d|ll)$/;
const RELATIVE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'also', 'long', 'not', 'never', 'once', 'often', 'since', 'previously', 'been', 'already']);
const FINITE_AUX = new Set(['would', 'could', 'should', 'might', 'must', "won't", "wouldn't"]);

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isMark = (t: Token | undefined): boolean => t !== undefined && t.kind === 'quote';
const plainCap = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.quote < 0 && isCap(t);
/** 'Marcia "Cia" Price': a quoted one-word nickname between a given name and a surname is part of the name. */
const nicknameAt = (tokens: Token[], i: number): boolean => {
  // i is the opening mark, the nickname or the closing mark of `Given "Nick" Surname`.
  for (let open = i - 2; open <= i; open++) {
    const word = tokens[open + 1];
    if (isMark(tokens[open]) && word?.kind === 'word' && isCap(word) && isMark(tokens[open + 2]) && plainCap(tokens[open - 1]) && plainCap(tokens[open + 3])) return true;
  }
  return false;
};
/** "the workers' leader", "voters’ concerns": the apostrophe that closes a plural possessive, not a quotation mark. */
const pluralPossessiveMark = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const owner = tokens[i - 1];
  const owned = tokens[i + 1];
  return (
    t !== undefined && t.kind === 'quote' && t.quote < 0 && (t.text === "'" || t.text === '’') &&
    owner !== undefined && owner.kind === 'word' && owner.quote < 0 && owner.end === t.start && /s$/.test(owner.lower) &&
    owned !== undefined && owned.kind === 'word' && owned.quote < 0 && owned.start > t.end
  );
};
/** A noun-phrase word at i, a capitalised cue form inside a name included ("United States officials"). */
const npWordAt = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  if (nicknameAt(tokens, i)) return true;
  // ("52% of respondents": a percent sign after a number is a word of the phrase.)
  if (t?.text === '%' && t.quote < 0 && /^\d/.test(tokens[i - 1]?.text ?? '')) return true;
  if (pluralPossessiveMark(tokens, i)) return true;
  if (t === undefined || t.kind !== 'word' || t.quote >= 0 || NP_STOP.has(t.lower)) return false;
  return !CUE_FORMS.has(t.lower) || namePart(t, tokens[i - 1]) || possessed(tokens, i) || pluralCueNoun(tokens, i) || tokens[i - 1]?.lower === 'under' || governmentState(tokens, i);
};
/** "which state media claimed", "On Friday, state television said": "state" before a lower-case noun is the adjective of government, not the verb. */
const governmentState = (tokens: Token[], i: number): boolean => {
  const n = tokens[i + 1];
  return tokens[i]?.lower === 'state' && n !== undefined && n.kind === 'word' && n.quote < 0 && /^[a-z]+$/.test(n.text) && !NP_STOP.has(n.lower) && !CUE_FORMS.has(n.lower);
};
/** "Americans’ support", "the party's plans": a form right after a possessive is a noun. */
const possessed = (tokens: Token[], i: number): boolean => {
  const p = tokens[i - 1];
  if (!p || p.quote >= 0) return false;
  if (p.kind === 'word') return /^\p{L}+['’]s$/u.test(p.text) && !/^(?:he|she|it|that|there|what|who|where|here)['’]s$/.test(p.lower);
  return (p.text === '’' || p.text === "'") && /s$/.test(tokens[i - 2]?.lower ?? '') && tokens[i - 2]?.end === p.start;
};
/** "United States", "Senate Democrats Say": a capitalised word after another is part of a name, not a verb. */
const namePart = (t: Token, before: Token | undefined): boolean => isCap(t) && before !== undefined && before.kind === 'word' && before.quote < 0 && isCap(before);

/** Whether the word after a relative pronoun starts a subject of its own: a determiner or a capitalised word. */
const objectRelativeSubject = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.quote < 0 && (GOOD_START.has(t.lower) || isCap(t) || /['’]s$/.test(t.lower));

/**
 * "On Wednesday Mr Straw said", "In December the Lords rejected": a day or month closes the opening adverbial written
 * without its comma; it is capitalised as a name is but names nobody. ("May" is left out: Theresa May.)
 */
const calendarWord = (t: Token): boolean => DAY_WORDS.test(t.lower) || (MONTHS.has(t.lower) && t.lower !== 'may');

/** "These figures, based on the two parties' own detailed studies": a participle with its preposition is a modifier, not a subject. */
const participlePhrase = (tokens: Token[], first: number): boolean =>
  /^[a-z]{3,}ed$/.test(tokens[first]?.text ?? '') && PREPOSITIONS.has(tokens[first + 1]?.lower ?? '');

/** Trims a noun phrase found by scanning back to where a subject can start. */
function trimStart(tokens: Token[], first: number, last: number): number {
  let f = first;
  while (f <= last && LEADING_JUNK.has(tokens[f]?.lower ?? '')) f++;
  const t = tokens[f];
  if (t && PREPOSITIONS.has(t.lower)) {
    // "In a statement on Monday the Treasury": the subject follows the adverbial; take the last NP start.
    let g = last;
    while (g > f) {
      const u = tokens[g - 1];
      if (!u) break;
      const startsNp = GOOD_START.has(u.lower) || (isCap(u) && !PREPOSITIONS.has(u.lower));
      if (!startsNp || calendarWord(u)) break;
      g--;
    }
    return g;
  }
  return f;
}

/** Cuts a trailing time adverbial off a subject: "Bob Geldof in July" -> "Bob Geldof". */
function trimTimeTail(tokens: Token[], first: number, last: number): number {
  let cut = last + 1;
  for (let i = last; i > first; i--) {
    const t = tokens[i];
    if (!t || !(TIME_WORDS.has(t.lower) || /^\d+$/.test(t.text))) break;
    if (['in', 'on', 'at', 'last', 'this', 'earlier', 'yesterday', 'today', 'recently'].includes(t.lower)) cut = i;
  }
  return cut - 1;
}

/**
 * "The minister, who had warned of delays, said ...": a cue form in a subject relative set off by commas belongs to the
 * appositive. (In an object relative with a subject of its own, ", which ministers claim will ...", it is a report.)
 */
function inAppositiveRelative(tokens: Token[], m: number): boolean {
  for (let k = m - 1; k >= m - 4 && k > 0; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quote >= 0) return false;
    if (t.lower === 'who' || t.lower === 'which') return tokens[k - 1]?.text === ',';
    if (!RELATIVE_AUXILIARIES.has(t.lower) && !/^[a-z]+ly$/.test(t.text)) return false;
  }
  return false;
}

/**
 * "The minister, facing calls to resign, said ...": an -s form right after a participle is its object noun (as
 * cues.ts reads "taking calls"), so it stays inside the appositive.
 */
const objectOfParticiple = (t: Token, before: Token | undefined): boolean =>
  /^[a-z]+s$/.test(t.text) && before !== undefined && before.kind === 'word' && before.quote < 0 && /^[a-z]{3,}(?:ing|ed)$/.test(before.text) && !CUE_MODIFIERS.has(before.lower);

/**
 * "After the talks with Mr Smith she said": a subject pronoun right before the cue is the whole subject; the words
 * before it close an opening phrase written without its comma (a name there is no subject: "Mr Smith she").
 * ("Mr Smith and she said" coordinates two subjects.)
 */
function pronounAfterPhrase(tokens: Token[], first: number, last: number): number {
  const end = tokens[last];
  if (last <= first || end === undefined || !PERSONAL_SUBJECT_PRONOUNS.has(end.lower)) return first;
  const before = tokens[last - 1]?.lower ?? '';
  return before === 'and' || before === 'or' ? first : last;
}

/**
 * "When asked whether ...", "There have been fears that ...", "Having received his backing, ...": a lone clause opener,
 * expletive or participle before the cue is capitalised only because it opens the sentence; it names nobody.
 */
const noSubjectWord = (t: Token): boolean => CLAUSE_OPENING.has(t.lower) || t.lower === 'there' || t.lower === 'here' || t.lower === 'having' || t.lower === 'being';

/** Prepositions that open the occasion of a statement: "in an interview", "during the debate", "at a rally", "on Twitter". */
const OCCASION_PREPOSITIONS = new Set(['in', 'during', 'at', 'on']);
/** Nouns for the occasion or medium of a statement. */
const OCCASION_NOUNS = new Set(
  'interview interviews statement statements speech speeches debate debates rally rallies letter letters tweet tweets post posts email emails hearing hearings appearance appearances conference briefing briefings address op-ed column video broadcast podcast remarks testimony'.split(' '),
);
/** Words that show a clause, not an occasion, before the cue. */
const OCCASION_BREAKS = new Set(['and', 'but', 'or', 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'that']);
const MAX_OCCASION = 8;

/**
 * "Stumpf in a televised interview appeared to blame ...", "The governor in a statement said ...": where the phrase
 * right before the cue is the occasion of the statement after its subject, the index of its preposition, else -1.
 */
function occasionBefore(tokens: Token[], j: number): number {
  let event = false;
  for (let p = j; p > 0 && j - p < MAX_OCCASION; p--) {
    const t = tokens[p];
    if (!t || t.kind !== 'word' || t.quote >= 0) return -1;
    // ("Commission on Presidential Debates" is a name; "during debates and he also cautioned" holds a clause.)
    if (OCCASION_NOUNS.has(t.text)) event = true;
    if (OCCASION_BREAKS.has(t.lower)) return -1;
    if (OCCASION_PREPOSITIONS.has(t.lower)) {
      // ("members who are interested in the debate will": a phrase after an adjective or participle is its complement.)
      const subjectEnd = tokens[p - 1];
      const plain = subjectEnd !== undefined && subjectEnd.kind === 'word' && subjectEnd.quote < 0 && !PREPOSITIONS.has(subjectEnd.lower) && !/^[a-z]+(?:ed|ing)$/.test(subjectEnd.text);
      return event && p < j && plain ? p : -1;
    }
  }
  return -1;
}

/**
 * The first token of the short noun phrase before the relative "that" at `rel`: back to its determiner ("a super PAC"
 * in "a super PAC that"), or the one word before it when none is near ("cities that"; "He runs a charity that" stops
 * at "a").
 */
function antecedentStart(tokens: Token[], rel: number): number {
  for (let k = rel - 1; k >= 0 && rel - k <= MAX_ANTECEDENT && npWordAt(tokens, k); k--) if (GOOD_START.has(tokens[k]?.lower ?? '')) return k;
  return npWordAt(tokens, rel - 1) ? rel - 1 : rel;
}

/** The subject noun phrase ending right before the cue ("Ms Hewitt", "David Frost, director general of ..."). */
export function sourceBefore(tokens: Token[], cue: Cue): TokenRange | null {
  let j = cue.first - 1;
  // "the police department, which reported ...", "an architect who said ...": the relative pronoun
  // is the subject the sentence uses; its antecedent is resolved later.
  const rel = tokens[j];
  // ("Hillary Clinton — who’s called for big tax hikes": a contracted auxiliary stays with the pronoun.)
  if (rel && rel.kind === 'word' && rel.quote < 0 && /^(?:who|which)(?:['’](?:s|ve|d|ll))?$/.test(rel.lower)) return { first: j, last: j };
  // ("a super PAC that intends to ...": a restrictive "that" right before its verb is the subject with its antecedent,
  // the short noun phrase before it, which names the speaker as "the police department, which" cannot.)
  if (rel && rel.quote < 0 && cue.head === cue.first && relativeThatVerb(tokens, cue.head)) return { first: antecedentStart(tokens, j), last: j };
  // (The occasion of the statement after its subject is no part of the subject.)
  const occasion = occasionBefore(tokens, j);
  if (occasion > 0) j = occasion - 1;
  let appositiveEnd = -1;
  // "Kall -- co-editor of a book on the debates -- said": a dashed appositive after the head.
  const isDash = (t: Token | undefined): boolean => t !== undefined && t.quote < 0 && /^[-—–―]$/.test(t.text);
  if (isDash(tokens[j])) {
    let d = j;
    while (isDash(tokens[d - 1])) d--;
    let p = d - 1;
    while (p >= 0 && d - p < MAX_DASHED && !isDash(tokens[p]) && tokens[p]?.quote === -1 && tokens[p]?.text !== '.') p--;
    if (p >= 0 && isDash(tokens[p]) && p < d - 1) {
      while (isDash(tokens[p - 1])) p--;
      j = p - 1;
      appositiveEnd = d - 1;
    }
  }
  if (tokens[j]?.text === ',') {
    // "X, director of Y, which represents Z, said": the head precedes one or more appositives.
    // Going back comma by comma, the head is the farthest segment that opens the clause.
    // A cue form after a determiner is a noun ("one of the states suing ..."), not the clause's verb.
    // A capitalised form after a capitalised word is part of a name ("ambassador of the United States").
    const inAppositive = (m: number): boolean => {
      const t = tokens[m];
      const before = tokens[m - 1];
      // ("efforts to collect -- which Apple's chief executive, Tim Cook, called ...": an object relative with a subject
      // of its own opens the clause; the subject starts after it.)
      if (t !== undefined && t.quote < 0 && (t.lower === 'which' || t.lower === 'whom') && objectRelativeSubject(tokens[m + 1])) return false;
      if (nicknameAt(tokens, m)) return true;
      return t !== undefined && t.quote < 0 && (t.kind === 'word' || /^[-()'’.£$€%&/]$/.test(t.text)) && (!CUE_FORMS.has(t.lower) || NOUN_DETERMINERS.has(before?.lower ?? '') || before?.lower === 'under' || namePart(t, before) || possessed(tokens, m) || inAppositiveRelative(tokens, m) || objectOfParticiple(t, before));
    };
    let k = j;
    let nearest = -1;
    let farthest = -1;
    for (let commas = 0; commas < MAX_APPOSITIVES; commas++) {
      let m = k - 1;
      const limit = Math.max(0, k - 36);
      while (m >= limit && tokens[m]?.text !== ',' && inAppositive(m)) m--;
      if (m === k - 1) break;
      if (m < 0 || (m >= limit && tokens[m]?.text !== ',' )) {
        // The segment reaches the start of the clause: it is the head itself, not an appositive.
        if (commas > 0) farthest = k;
        break;
      }
      if (m < limit) break;
      if (nearest < 0) nearest = m;
      k = m;
    }
    const headComma = farthest >= 0 ? farthest : nearest;
    if (headComma < 0) return null;
    appositiveEnd = j - 1;
    j = headComma - 1;
  }
  // "Rep. Stephen Lynch (D-Mass.) said": a bracketed aside belongs to the subject.
  if (tokens[j]?.text === ')') {
    let p = j - 1;
    while (p >= 0 && j - p < 10 && tokens[p]?.text !== '(') p--;
    if (tokens[p]?.text === '(') {
      if (appositiveEnd < 0) appositiveEnd = j;
      j = p - 1;
    }
  }
  let k = j;
  while (k >= 0 && j - k < MAX_NP && npWordAt(tokens, k)) k--;
  // "Surety companies that had insured the mines agreed ...": a subject with a restrictive relative
  // clause, when the head before "that"/"who" opens the sentence (or follows an opening adverbial).
  if (k > 0 && k < j && (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'who') && tokens[k]?.quote === -1 && !thatClauseFollows(tokens, k)) {
    let h = k - 1;
    while (h >= 0 && k - h < 8 && npWordAt(tokens, h)) h--;
    const opener = tokens[h + 1];
    if (h < k - 1 && (h < 0 || tokens[h]?.text === ',') && opener && (isCap(opener) || GOOD_START.has(opener.lower) || PEOPLE_SUFFIX.test(opener.lower))) k = h;
  }
  // "Federal and state officials said": a coordinated subject that opens the sentence.
  // (Only with words after "and": "bemoaned the unrest and said" coordinates verbs, not subjects.)
  // ("met with her and came away convinced that": a past-tense verb after "and" coordinates verbs too.)
  const verbAfterAnd = (): boolean => tokens.slice(k + 1, j + 1).some((t) => t.quote < 0 && (IRREGULAR_PAST.has(t.text) || /^[a-z]{3,}ed$/.test(t.text)));
  if (k >= 0 && k < j && tokens[k]?.lower === 'and' && !verbAfterAnd()) {
    let k2 = k - 1;
    while (k2 >= 0 && j - k2 < 11 && npWordAt(tokens, k2)) k2--;
    // ("Political observers in Virginia and around the country say": a longer one only when it opens the sentence,
    // or its clause after an opening adverbial: "On Tuesday's show, the former secretary of state and current nominee said".)
    // (The comma may stand inside a closing mark: 'On “The Farm Hour,” the former ...'.)
    const opensClause = k2 < 0 || (phraseComma(tokens, k2) && GOOD_START.has(tokens[k2 + 1]?.lower ?? ''));
    if (!opensClause && j - k2 > 7) k2 = j - 7;
    const opener = tokens[k2 + 1];
    // Accepted when it opens the sentence or starts with a determiner: "the standards and privileges committee".
    if (k2 < 0 || (opener && GOOD_START.has(opener.lower) && k2 + 1 < k - 1)) k = k2;
  }
  j = trimTimeTail(tokens, k + 1, j);
  const first = pronounAfterPhrase(tokens, trimStart(tokens, k + 1, j), j);
  if (first > j) return null;
  const head = tokens[first];
  if (!head) return null;
  // A subject starts with a capital, a pronoun, a determiner or a number.
  // "experts", "restructuring experts", "elected officials from both parties": a bare plural of people.
  let people = false;
  for (let i = first; i <= j && i - first < 8; i++) if (PERSON_NOUNS.has(tokens[i]?.lower ?? '') || PEOPLE_SUFFIX.test(tokens[i]?.lower ?? '')) people = true;
  // "retired Air Force general Lloyd Newton", "longtime pollster Pat Caddell": lower-case descriptors before a name.
  const end = tokens[j];
  const beforeEnd = tokens[j - 1];
  const named =
    end !== undefined && beforeEnd !== undefined && isCap(end) && isCap(beforeEnd) && j - 1 > first && !/['’]s$/.test(end.text) &&
    !/ing$/.test(head.lower) && !PREPOSITIONS.has(head.lower) && head.lower !== 'of' && (first === 0 || tokens[first - 1]?.kind !== 'word' || CLAUSE_OPENING.has(tokens[first - 1]?.lower ?? ''));
  // (", he’s sought to protect ...": a pronoun with a contracted auxiliary before its cue is the subject, as "He’s" is.)
  const contractedPronoun = first === j && CONTRACTED_SUBJECT.test(head.lower) && !head.lower.startsWith('there');
  const ok = isCap(head) || PRONOUNS.has(head.lower) || contractedPronoun || GOOD_START.has(head.lower) || ANON_DETERMINERS.has(head.lower) || INDEFINITES.has(head.lower) || /^\d/.test(head.text) || people || named || governmentState(tokens, first);
  if (!ok || (first === j && noSubjectWord(head)) || participlePhrase(tokens, first)) return null;
  // "He’s given airtime to prominent anti-tax advocates": a pronoun with a contracted auxiliary opens a clause, and the
  // cue form at its end is a noun of that clause, not its verb.
  if (CONTRACTED_SUBJECT.test(head.lower) && first < j) return null;
  // "the meeting deteriorated from there, said X": a subject holds no finite auxiliary; a clause does.
  for (let i = first; i <= j; i++) if (FINITE_AUX.has(tokens[i]?.lower ?? '')) return null;
  return { first, last: appositiveEnd >= 0 ? appositiveEnd : j };
}

/** "said one GOP source in the room.": a short described subject followed by a prepositional phrase that ends the sentence. */
function trailingPhrase(tokens: Token[], k: number, start: number, head: Token): boolean {
  const end = tokens[k];
  if (!end || !PREPOSITIONS.has(end.lower) || k - start > 5) return false;
  if (!(isCap(head) || GOOD_START.has(head.lower) || ANON_DETERMINERS.has(head.lower))) return false;
  for (let i = k + 1; i < tokens.length && i <= k + 8; i++) {
    const t = tokens[i];
    if (!t || t.quote >= 0) return false;
    if (/^[.!?]$/.test(t.text)) return true;
    if (t.kind !== 'word' && t.text !== "'s" && t.text !== '’s') return false;
  }
  return false;
}

/** Nouns for what a body writes or issues: evidence, and documents ("a statement", "a memo"). */
const DOCUMENT_NOUNS = new Set([...EVIDENCE_NOUNS, 'statement', 'statements', 'memo', 'memos', 'letter', 'letters', 'text', 'complaint', 'filing', 'release', 'email', 'emails', 'briefing', 'paper', 'estimate', 'estimates']);

/**
 * "according to a statement from the White House", "according to an analysis by Lily Batchelder", "a memo obtained
 * by the Herald": a document's source phrase runs on over "from"/"by" (after a participle or not) to the body or
 * person named there; the document alone names nobody. Returns the token after the phrase.
 */
function authorAfterDocument(tokens: Token[], k: number): number {
  // (The noun phrase may already hold the participle: "a memo obtained" before "by".)
  const participleIn = /^[a-z]+ed$/.test(tokens[k - 1]?.text ?? '') && tokens[k]?.lower === 'by';
  if (!DOCUMENT_NOUNS.has(tokens[participleIn ? k - 2 : k - 1]?.lower ?? '')) return k;
  let j = k;
  if (!participleIn && /^[a-z]+ed$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.lower === 'by') j++;
  if (tokens[j]?.lower !== 'from' && tokens[j]?.lower !== 'by') return k;
  const nameStart = j + 1;
  j = nameStart;
  while (j < tokens.length && j - nameStart < MAX_NP && npWordAt(tokens, j) && !PREPOSITIONS.has(tokens[j]?.lower ?? '')) j++;
  // (Only a named author: "from the White House", "by Politico"; not "by the end of the year".)
  const named = tokens.slice(nameStart, j).some((t) => isCap(t));
  return named ? j : k;
}

/** The subject after an inverted cue: `"...," said Mr Smith` or `according to the Treasury`. */
export function sourceAfter(tokens: Token[], cue: Cue): TokenRange | null {
  if (!INVERTING.has(cue.lemma)) return null;
  const before = tokens[cue.first - 1];
  if (cue.lemma !== 'according' && before && !(before.text === ',' || before.kind === 'quote' || before.quote >= 0)) return null;
  const start = cue.last + 1;
  let k = start;
  // ("said 9/11 widow Terry Strada": a date written with a slash is one word of the phrase.)
  const slashed = (i: number): boolean => tokens[i]?.text === '/' && /^\d+$/.test(tokens[i - 1]?.text ?? '') && /^\d+$/.test(tokens[i + 1]?.text ?? '');
  while (k < tokens.length && k - start < MAX_NP && (npWordAt(tokens, k) || slashed(k)) && !PREPOSITIONS.has(tokens[k]?.lower ?? '')) k++;
  // Keep "of"-phrases inside the NP: "the leader of the council".
  while (tokens[k]?.lower === 'of' && npWordAt(tokens, k + 1)) {
    k++;
    while (k < tokens.length && npWordAt(tokens, k) && !PREPOSITIONS.has(tokens[k]?.lower ?? '')) k++;
  }
  if (k === start) return null;
  if (cue.lemma === 'according') k = authorAfterDocument(tokens, k);
  const head = tokens[start];
  if (!head) return null;
  // "said Thursday morning on Fox News": a time adverbial, not an inverted subject.
  if (cue.lemma !== 'according' && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|earlier|later|recently|next|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|january|february|march|april|june|july|august|september|october|november|december)$/.test(head.lower)) return null;
  const end = tokens[k];
  const endsClause = !end || /^[,.:;!?—–―(-]$/.test(end.text);
  // "said longtime pollster Pat Caddell.", "said 9/11 widow Terry Strada.": lower-case descriptors before a name that ends the clause.
  const describedName = endsClause && k - start <= 6 && k - start >= 3 && isCap(tokens[k - 1] as Token) && isCap(tokens[k - 2] as Token) && /^[a-z\d]/.test(head.text);
  const ok = cue.lemma === 'according' || isCap(head) || PRONOUNS.has(head.lower) || GOOD_START.has(head.lower) || ANON_DETERMINERS.has(head.lower) || describedName;
  if (!ok) return null;
  // Inverted subjects end the clause ("said Mr Smith." / "said Mr Smith, who ..." / "said Mr Smith in a statement").
  // "said he would" is not inversion: a pronoun after the cue is the subject of the reported clause.
  if (cue.lemma !== 'according') {
    if (PRONOUNS.has(head.lower) && !endsClause) return null;
    // "said Mr Smith in a statement": only a short name may stand before a trailing adverbial.
    if (!endsClause && !(PREPOSITIONS.has(end.lower) && k - start <= 4 && isCap(head)) && !trailingPhrase(tokens, k, start, head)) return null;
  }
  return { first: start, last: k - 1 };
}
