// Senses of reporting verbs that report nothing: the verb is in the lexicon, but this use of it
// names an action, not a claim ("found a way to", "found themselves").
import type { Token } from './document.js';
import { PERSON_NOUNS, PEOPLE_SUFFIX } from './lexicon.js';
import { isPlainWord } from './tokens.js';

const FIND = new Set(['find', 'finds', 'found']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves']);

const wordAt = (tokens: Token[], i: number): string | undefined => {
  const t = tokens[i];
  return isPlainWord(t) ? t.lower : undefined;
};

/**
 * "found a way through the Clean Air Act", "have found ways to make the code work", "find themselves in a war zone":
 * a finding is reported with a clause or an evaluated object ("found that ...", "found the action unconstitutional"),
 * never with a way or a reflexive.
 */
function findsAWay(tokens: Token[], i: number): boolean {
  if (!FIND.has(wordAt(tokens, i) ?? '')) return false;
  if (REFLEXIVES.has(wordAt(tokens, i + 1) ?? '')) return true;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = wordAt(tokens, k);
    if (w === undefined || w === 'that') return false;
    if (w === 'way' || w === 'ways') return true;
  }
  return false;
}

const CALL = new Set(['call', 'calls', 'called', 'calling']);

/** "she called into a radio program", "called in to a town hall", "calls into the hotline": calling in by phone. */
function callsIn(tokens: Token[], i: number): boolean {
  if (!CALL.has(wordAt(tokens, i) ?? '')) return false;
  const next = wordAt(tokens, i + 1);
  return next === 'into' || (next === 'in' && wordAt(tokens, i + 2) === 'to');
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'every', 'each', 'any', 'some', 'new']);
const NOT_NOUNS = new Set(['is', 'was', 'has', 'does', 'this', 'us', 'his', 'its', 'yes', 'always', 'perhaps', 'thus', 'less', 'unless']);

/**
 * "injections intended to calm her", "a bill intended to curb spending": "intended" right after a thing is a reduced
 * passive relative (injections that were intended to ...), a purpose nobody states. Someone's intention has a person for
 * its subject ("Clarke intended to sell", "the minister intended to", "he had intended to").
 */
function intendedThing(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i) !== 'intended' || wordAt(tokens, i + 1) !== 'to') return false;
  const prev = tokens[i - 1];
  if (!isPlainWord(prev) || !/^[a-z]+$/.test(prev.text) || PERSON_NOUNS.has(prev.lower) || PEOPLE_SUFFIX.test(prev.lower)) return false;
  const pluralThing = /[^s]s$/.test(prev.lower) && !NOT_NOUNS.has(prev.lower);
  return pluralThing || DETERMINERS.has(wordAt(tokens, i - 2) ?? '');
}

const ASK = new Set(['ask', 'asks', 'asked', 'asking']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'that']);

/**
 * "the question has had to be asked of a serious contender", "what voters ask of a mayor": the noun phrase after
 * "asked of" is who is asked, not what. Only a question or quotation later in the sentence is a report ("asked of the
 * war: '...'", "asked of the panel whether ...").
 */
function askedOfSomeone(tokens: Token[], i: number): boolean {
  if (!ASK.has(wordAt(tokens, i) ?? '') || wordAt(tokens, i + 1) !== 'of') return false;
  return !tokens.slice(i + 2).some((t) => t.quote >= 0 || t.text === ':' || QUESTION_OPENERS.has(t.lower));
}

const SUMMONS_FOLLOWERS = new Set(['but', 'and', 'or', 'to', 'in', 'off', 'back', 'away']);

/**
 * "The police were called but the attacker had gone", "the hearing he was formally called to", "if an election is
 * called,": a passive "called" with no complement summons, convenes or names something; a call someone made has its
 * complement ("was called a liar", "called for", "called on").
 */
function calledWithoutComplement(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i) !== 'called') return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === 'word' && !SUMMONS_FOLLOWERS.has(next.lower)) return false;
  if (next !== undefined && next.kind !== 'word' && next.kind !== 'punct') return false;
  let k = i - 1;
  while (k >= 0 && /^[a-z]+ly$/.test(wordAt(tokens, k) ?? '')) k--;
  return BE_FORMS.has(wordAt(tokens, k) ?? '');
}

/** What a passive "found" reports with: an infinitive, a clause, or a verdict ("was found to be", "found guilty"). */
const FINDING_COMPLEMENTS = new Set(['to', 'that', 'guilty', 'innocent', 'liable', 'responsible', 'negligent', 'unlawful', 'unconstitutional', 'wanting', 'lacking']);

/**
 * "the passport had been found in a cave", "files were found by a member of the public", "100 cases of TB were
 * found.": a passive "found" with a place, a finder or nothing after it is a discovery, not a finding anyone states.
 * ("was found to be infected", "had been found by intelligence services to be planning", "was found guilty" stay.)
 */
function foundAsDiscovery(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i) !== 'found' || FINDING_COMPLEMENTS.has(wordAt(tokens, i + 1) ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && /^[a-z]+ly$/.test(wordAt(tokens, k) ?? '')) k--;
  if (!BE_FORMS.has(wordAt(tokens, k) ?? '')) return false;
  return !tokens.slice(i + 1).some((t) => t.quote < 0 && (t.lower === 'to' || t.lower === 'that') && isPlainWord(t));
}

/**
 * "Let's hope this is the start of ...", "Let us say the plan fails": a cue right after "let's"/"let us" is the writer's
 * own exhortation or supposition, said by nobody the sentence names. ("may not let editorials tell them how to vote"
 * names who tells.)
 */
function afterLetUs(tokens: Token[], i: number): boolean {
  const prev = wordAt(tokens, i - 1);
  return prev === "let's" || prev === 'let’s' || (prev === 'us' && wordAt(tokens, i - 2) === 'let');
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must']);

/** The token before k, skipping adverbs and "not" ("will then be", "will not be"). */
function wordBefore(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (/^[a-z]+ly$/.test(wordAt(tokens, j) ?? '') || wordAt(tokens, j) === 'not' || wordAt(tokens, j) === 'then')) j--;
  return j;
}

/**
 * "The date will be announced on Monday", "Voters will be asked which issues matter", "such optimism could be
 * dismissed as self delusion": a modal passive with no agent foresees or supposes a telling; nobody has said anything.
 * ("could be expected to", like "is expected to", is the article's hedge read as a report, as PolNeAR has it.)
 */
function modalPassive(tokens: Token[], i: number): boolean {
  const w = wordAt(tokens, i);
  if (w === undefined || /ing$/.test(w) || w === 'expected' || wordAt(tokens, i + 1) === 'by') return false;
  const be = wordBefore(tokens, i);
  return wordAt(tokens, be) === 'be' && MODALS.has(wordAt(tokens, wordBefore(tokens, be)) ?? '');
}

/** "It is worth noting that ...", "worth pointing out": the article's own remark, made by nobody it names. */
const worthDoing = (tokens: Token[], i: number): boolean => wordAt(tokens, i - 1) === 'worth' && /ing$/.test(wordAt(tokens, i) ?? '');

const ASSUME = new Set(['assume', 'assumes', 'assumed']);
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'there']);
const FINITE = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/**
 * "would assume office in January", "would assume Patriot's obligations", "has assumed a newly created role": taking
 * something on. An assumption is a clause ("assume that ...", "assume my parents were ...").
 */
function assumesObject(tokens: Token[], i: number): boolean {
  if (!ASSUME.has(wordAt(tokens, i) ?? '') || CLAUSE_OPENERS.has(wordAt(tokens, i + 1) ?? '')) return false;
  for (let k = i + 1; k <= i + 8; k++) {
    const w = wordAt(tokens, k);
    if (w === undefined) return k > i + 1;
    if (FINITE.has(w)) return false;
  }
  return true;
}

/**
 * "Patriot failed as predicted", "as expected": "as" right before a participle is an idiom of the article's own voice
 * ("as reported by the Post" keeps its agent, and "as police have said" has a subject between).
 */
const asParticiple = (tokens: Token[], i: number): boolean =>
  wordAt(tokens, i - 1) === 'as' && /ed$/.test(wordAt(tokens, i) ?? '') && wordAt(tokens, i + 1) !== 'by';

/** "Julie Davis reported from Midway Atoll": a correspondent's byline names a place, not a report. */
const reportedFrom = (tokens: Token[], i: number): boolean => /^report(?:s|ed|ing)?$/.test(wordAt(tokens, i) ?? '') && wordAt(tokens, i + 1) === 'from';

/**
 * "earned $98,000, compared with $93,000 for women", "(as) compared to last year", "Compared with 2010, ...": "compared"
 * right before its "with"/"to", after a comma, "as", a bracket or at the sentence start, has no subject and no object
 * of its own: it is the preposition that sets two figures side by side, not someone comparing.
 */
function comparedPreposition(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i) !== 'compared') return false;
  const next = wordAt(tokens, i + 1);
  if (next !== 'with' && next !== 'to') return false;
  const prev = tokens[i - 1];
  return prev === undefined || (prev.quote < 0 && (prev.text === ',' || prev.text === '(' || prev.lower === 'as'));
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * "The holiday is observed as a day of sacrifice", "29 others were admitted as refugees": in the passive, "observed"
 * and "admitted" keep a day or let a person in; a remark or a confession in the passive has its clause ("it was
 * admitted that ...").
 */
function passiveKeeping(tokens: Token[], i: number): boolean {
  const w = wordAt(tokens, i);
  if ((w !== 'observed' && w !== 'admitted') || wordAt(tokens, i + 1) === 'that') return false;
  let k = i - 1;
  while (k >= 0 && /^[a-z]+ly$/.test(wordAt(tokens, k) ?? '')) k--;
  return BE_FORMS.has(wordAt(tokens, k) ?? '');
}

const ADD = new Set(['add', 'adds', 'added', 'adding']);
const AMOUNT_LEADS = new Set(['another', 'an', 'a', 'extra', 'additional', 'further', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'up', 'to', 'more', 'than', 'over', 'estimated']);
const CURRENCY = /^[$£€¥]$/;

/**
 * "would add $84 billion over a decade", "he added 2p per litre", "adding 30,000 jobs": "add" before an amount is
 * arithmetic. An added remark is a clause, so an amount followed by its own finite verb ("added 40% of voters were
 * undecided") stays a report.
 */
function addsAnAmount(tokens: Token[], i: number): boolean {
  if (!ADD.has(wordAt(tokens, i) ?? '')) return false;
  let k = i + 1;
  while (k <= i + 4 && AMOUNT_LEADS.has(wordAt(tokens, k) ?? '')) k++;
  const t = tokens[k];
  if (t === undefined || t.quote >= 0 || !(CURRENCY.test(t.text) || /^\d/.test(t.text))) return false;
  for (let j = k + 1; j <= k + 8; j++) {
    const n = tokens[j];
    if (n?.text === '%') continue;
    if (n === undefined || n.kind === 'punct' || n.kind === 'quote') return true;
    if (FINITE.has(n.lower)) return false;
  }
  return true;
}

const WELCOME = new Set(['welcome', 'welcomes', 'welcomed', 'welcoming']);
const GUESTS = new Set(`him her them us me guests guest visitors visitor delegates delegation crowd crowds fans audience audiences
  newcomers refugees migrants students pupils tourists attendees participants worshippers spectators`.split(/\s+/));
const OBJECT_BREAKS = new Set(['that', 'to', 'by', 'of', 'for', 'from', 'as', 'and', 'but', 'in', 'on', 'at', 'with']);

/**
 * "As he welcomed several hundred guests", "welcomed them to the hall": welcoming people is hosting them. A welcome
 * that reports a stance has a thing for its object ("welcomed the ruling", "welcomed his release").
 */
function welcomesPeople(tokens: Token[], i: number): boolean {
  if (!WELCOME.has(wordAt(tokens, i) ?? '')) return false;
  for (let k = i + 1; k <= i + 4; k++) {
    const w = wordAt(tokens, k);
    if (w === undefined || OBJECT_BREAKS.has(w)) return false;
    if (GUESTS.has(w)) return true;
  }
  return false;
}

const MAINTAIN = new Set(['maintain', 'maintains', 'maintained', 'maintaining']);

/**
 * "The center maintains a program to train ...", "has maintained a lead in the polls": "maintain" before an
 * indefinite object keeps something going. What someone maintains is a clause ("maintains a deal was struck", with a
 * verb of its own) or a stance noun after a possessive ("maintained his innocence").
 */
function maintainsAThing(tokens: Token[], i: number): boolean {
  if (!MAINTAIN.has(wordAt(tokens, i) ?? '')) return false;
  const det = wordAt(tokens, i + 1);
  if (det !== 'a' && det !== 'an') return false;
  for (let k = i + 2; k <= i + 9; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return true;
    if (FINITE.has(t.lower) || (/^[a-z]+ed$/.test(t.text) && tokens[k - 1]?.lower !== 'to')) return false;
  }
  return true;
}

const GO = new Set(['go', 'goes', 'went', 'gone', 'going']);
const PERSON_OBJECTS = new Set(['him', 'her', 'them', 'his', 'their', 'its', 'me', 'us', 'you']);

/**
 * "went after the meeting", "going after a second term": going after an event is a time, after a goal a pursuit; going
 * after a rival in words takes a person, a name or a pronoun ("gone after Trump", "went after him", "went after his rival").
 */
function goesAfterNoPerson(tokens: Token[], i: number): boolean {
  if (!GO.has(wordAt(tokens, i) ?? '')) return false;
  const object = tokens[i + 2];
  return !isPlainWord(object) || (!/^\p{Lu}/u.test(object.text) && !PERSON_OBJECTS.has(object.lower));
}

const QUESTION = new Set(['question', 'questions']);
const QUESTIONED_OBJECTS = new Set(['the', 'whether', 'why', 'how', 'if', 'his', 'her', 'their', 'its']);
const QUESTION_TAKERS = /^(?:rais|answer|ask|pos|fac|field|dodg|duck|tak|avoid)(?:e|es|s|ed|ing)?$|^(?:took|get|gets|got|are|were|is|was|there)$/;

/**
 * "answered questions about the deal", "raises questions the board must face", "the key question": "question(s)" is the
 * noun unless an object follows ("question the wisdom of ...", "questions whether ...") and no verb that takes
 * questions, nor "there are", stands right before.
 */
function questionIsNoun(tokens: Token[], i: number): boolean {
  if (!QUESTION.has(wordAt(tokens, i) ?? '')) return false;
  const object = tokens[i + 1];
  const objectFollows = isPlainWord(object) && (QUESTIONED_OBJECTS.has(object.lower) || /^\p{Lu}/u.test(object.text));
  return !objectFollows || QUESTION_TAKERS.test(wordAt(tokens, i - 1) ?? '') || /(?:ed|ing)$/.test(wordAt(tokens, i - 1) ?? '');
}

/** The senses of a cue form that report nothing, each a test at token i. */
const OTHER_SENSES: readonly ((tokens: Token[], i: number) => boolean)[] = [
  questionIsNoun, findsAWay, goesAfterNoPerson, foundAsDiscovery, modalPassive, afterLetUs, callsIn, calledWithoutComplement, askedOfSomeone, intendedThing,
  worthDoing, assumesObject, asParticiple, reportedFrom, comparedPreposition, passiveKeeping, addsAnAmount, welcomesPeople, maintainsAThing,
];

/** True when the cue form at token i is used in a sense that reports nothing. */
export function otherSense(tokens: Token[], i: number): boolean {
  return OTHER_SENSES.some((sense) => sense(tokens, i));
}
