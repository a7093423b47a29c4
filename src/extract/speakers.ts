// Speakers: each attribution's source mention resolved to an entity cluster. Names go to their
// cluster (fullest name); pronouns to the most recent compatible speaker or mention; role
// descriptions to the person holding that role, else an anonymous source.
import type { Token } from './document.js';
import { NICKNAME, SCAN_BACK, type EntityIndex } from './entities.js';
import type { RawAttribution } from './attributions.js';
import type { Gender } from './names.js';
import { isCapitalised, parseName } from './names.js';
import { ANON_DETERMINERS, DAY_WORDS, EVIDENCE_NOUNS, MONTHS, FEMALE_NAMES, MALE_NAMES, PERSON_NOUNS, ROLE_WORDS } from './lexicon.js';
import type { SpeakerType } from './types.js';

export interface Resolved {
  cluster: number;
}

// Possessives own noun cues ("his claim that ..."): they resolve like the subject pronouns.
const PRONOUN_GENDER: Record<string, Gender | 'p' | 'n'> = { he: 'm', she: 'f', they: 'p', we: 'p', it: 'n', i: 'u', who: 'u', which: 'n', his: 'm', her: 'f', their: 'p', its: 'n' };
const NOT_NAMES = new Set(['the', 'a', 'an', 'one', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'both', 'all', 'each', 'another', 'other', 'such', 'no', 'any', 'most', 'few', 'two', 'three', 'but', 'and', 'in', 'on', 'at', 'so', 'yet', 'however', 'meanwhile', 'ms', 'mr', 'mrs']);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|,/gu;

/** How a source mention reads: a pronoun, a name, or a description. */
export function classifySource(text: string): { kind: 'pronoun' | 'name' | 'description'; head: string } {
  // "who’s called for ...", "he’s sought to ...": a pronoun with a contracted auxiliary is the pronoun.
  const lower = text.trim().toLowerCase().replace(/^(who|which|he|she|it|they|we|i)['’](?:s|re|m|ve|d|ll)$/, '$1');
  if (PRONOUN_GENDER[lower] !== undefined) return { kind: 'pronoun', head: lower };
  // ("a super PAC that": a relative closing the source leaves its antecedent as the head.)
  const head = text.split(/,|\s+[—–―]+\s+|\s+--\s+|\s+(?:who|which|that)(?:\s+|$)/)[0]?.trim() ?? text;
  const words = head.match(TOKEN) ?? [];
  const last = words[words.length - 1] ?? '';
  const firstLower = (words[0] ?? '').toLowerCase();
  // "The group's convenor, Bassetlaw MP Jo White": a name in the appositive names the speaker.
  const rest = text.slice(head.length);
  if (/,/.test(rest) && (rest.match(TOKEN) ?? []).some((w) => isCapitalised(w) && !NOT_NAMES.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase()))) {
    return { kind: 'name', head };
  }
  // "Downing Street sources", "one Red Wall MP", "a senior minister": an unnamed person or group.
  if (!isCapitalised(last) && PERSON_NOUNS.has(last.toLowerCase())) return { kind: 'description', head };
  if ((ANON_DETERMINERS.has(firstLower) || firstLower === 'the') && words.length >= 2 && ROLE_WORDS.has(last.toLowerCase())) return { kind: 'description', head };
  if (words.some((w) => isCapitalised(w) && !NOT_NAMES.has(w.toLowerCase()))) return { kind: 'name', head };
  return { kind: 'description', head };
}

/**
 * A lone capitalised word in -s that opens its paragraph and is followed by a lower-case word ("Keeps saying",
 * "Lacks even"): the shape of a subjectless list line, whose first word is a verb, not a name.
 */
function verbOpensParagraph(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || MALE_NAMES.has(word.toLowerCase()) || FEMALE_NAMES.has(word.toLowerCase())) return false;
  return /^ \p{Ll}/u.test(text.slice(end, end + 2));
}

export interface SpeakerContext {
  text: string;
  entities: EntityIndex;
  unitTokens: (unit: number) => Token[];
}

const genderOk = (have: Gender, want: Gender | 'p' | 'n'): boolean => want === 'u' || have === 'u' || have === want;

/** Resolves every attribution in text order; returns the cluster index per attribution (-1 for none). */
export function resolveSpeakers(ctx: SpeakerContext, atts: RawAttribution[]): number[] {
  const { entities } = ctx;
  const out: number[] = [];
  let previous = -1;
  let previousUnit = -1;
  const recent: number[] = []; // speakers, most recent last
  for (const a of atts) {
    let c = -1;
    if (!a.source) {
      c = a.inherits ? previous : -1;
    } else {
      const text = ctx.text.slice(a.source.start, a.source.end);
      const cls = classifySource(text);
      if (cls.kind === 'pronoun' && (cls.head === 'who' || cls.head === 'which')) {
        // "Mr Blair, who has said ...": the relative pronoun's antecedent is the name right before it.
        let i = entities.lastBefore(a.source.start);
        // ("it was Mr Hill, not Mr Cole, who briefed ...": a name set off by ", not" is the contrast, not the antecedent.)
        const contrast = entities.mentions[i];
        if (contrast && /,\s+not\s+$/i.test(ctx.text.slice(Math.max(0, contrast.start - 8), contrast.start))) i = entities.lastBefore(contrast.start);
        const m = entities.mentions[i];
        c = m && m.unit === a.unit && !m.inQuote ? m.cluster : -1;
      } else if (cls.head === 'i' || cls.head === 'we') {
        // "I know your returns are being audited", "we might wish ...": outside quotation marks the first
        // person is the writer, whom the article does not name (sources are never inside quotation marks).
        c = -1;
      } else if (cls.kind === 'pronoun') {
        c = resolvePronoun(entities, cls.head, a.source.start, recent, a.unit - previousUnit <= 3, previousUnit);
      } else if (cls.kind === 'name') {
        const before = entities.clusters.length;
        c = resolveName(entities, text, a.source.start, a.unit);
        // "Keeps saying she opposed the war", "Lacks even the basics, and extols ...": a list line that opens with a
        // capitalised verb in -s has no subject; the verb, named nowhere before, is no new person.
        // (A finite cue right after it, "Wines believes that ...", makes the word its subject, a name.)
        const finiteCueNext = a.cue !== null && /^\s+$/.test(ctx.text.slice(a.source.end, a.cue.start)) && !/ing$/.test(ctx.text.slice(a.cue.start, a.cue.end));
        if (c >= before && !finiteCueNext && entities.clusters[c]?.type === 'person' && verbOpensParagraph(ctx.text, a.source.start, a.source.end)) c = -1;
      } else {
        const roleWords = cls.head
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => ROLE_WORDS.has(w));
        const definite = /^(?:the|its|his|her|their)\s/i.test(cls.head);
        if (definite && roleWords.length > 0) c = entities.byRole(roleWords, a.source.start);
        if (c < 0) c = entities.anonymous(cls.head.replace(/^(?:one|some)\s/i, (m) => (m.toLowerCase().startsWith('one') ? 'a ' : '')).trim());
      }
      const cl = entities.clusters[c];
      const key = `${a.source.start}:${a.source.end}`;
      if (cl && !entities.starts.has(key)) {
        cl.mentions.push({ ...a.source, text });
        entities.starts.add(key);
      }
    }
    out.push(c);
    if (c >= 0) {
      previous = c;
      previousUnit = a.unit;
      const i = recent.lastIndexOf(c);
      if (i >= 0) recent.splice(i, 1);
      recent.push(c);
    }
  }
  return out;
}

/**
 * "A spokeswoman for the council said ... She added": an unnamed speaker described as one person is a "he" or "she"
 * (of the gender a -man/-woman noun gives). A plural description ("party sources"), a thing ("a new report") or a
 * definite role ("the prime minister", someone the article names or should) is neither.
 */
function describedPerson(description: string, want: Gender): boolean {
  if (!/^(?:a|an|one)\s/i.test(description)) return false;
  const head = description.toLowerCase().split(/\s+(?:for|of|at|from|in|with|on|to|who|close)\s+|,/)[0]?.trim().split(/\s+/).pop() ?? '';
  if (!PERSON_NOUNS.has(head) || (/s$/.test(head) && !/(?:ss|us)$/.test(head))) return false;
  const gender: Gender = head.endsWith('woman') ? 'f' : head.endsWith('man') ? 'm' : 'u';
  return genderOk(gender, want);
}

function resolvePronoun(entities: EntityIndex, pronoun: string, at: number, recent: number[], speakerIsRecent: boolean, speakerUnit: number): number {
  const want = PRONOUN_GENDER[pronoun] ?? 'u';
  const fits = (c: number): boolean => {
    const cl = entities.clusters[c];
    if (!cl) return false;
    if (want === 'p') return cl.type !== 'person';
    if (want === 'n') return cl.type === 'organisation';
    if (cl.type === 'anonymous') return describedPerson(cl.name, want);
    return cl.type === 'person' && genderOk(cl.gender, want);
  };
  // The most recent mention before the pronoun, outside quotes, that agrees with it.
  let mentionPick = -1;
  let mentionPos = -1;
  let mentionSubject = false;
  let mentionUnit = -1;
  for (let i = entities.lastBefore(at), seen = 0; i >= 0 && seen < SCAN_BACK; i--, seen++) {
    const m = entities.mentions[i];
    if (m && !m.inQuote && !m.inChannel && fits(m.cluster)) {
      mentionPick = m.cluster;
      mentionPos = m.start;
      mentionSubject = m.subject;
      mentionUnit = m.unit;
      break;
    }
  }
  const last = recent[recent.length - 1];
  if (want === 'p' && speakerIsRecent && last !== undefined && fits(last)) return last;
  if (speakerIsRecent && last !== undefined && fits(last)) {
    // The last speaker wins unless a newer agreeing name stands much closer to the pronoun.
    let lastMention = -1;
    for (let i = entities.lastBefore(at), seen = 0; i >= 0 && seen < SCAN_BACK; i--, seen++) {
      const m = entities.mentions[i];
      if (m && m.cluster === last) {
        lastMention = m.start;
        break;
      }
    }
    // (An unnamed speaker has no name mentions: the end of its last source stands in, past any name inside it.)
    const unnamed = entities.clusters[last]?.type === 'anonymous';
    if (unnamed) for (const m of entities.clusters[last]?.mentions ?? []) if (m.start < at) lastMention = Math.max(lastMention, m.end);
    // A newer agreeing name overrides the last speaker only as the subject of its sentence; an unnamed speaker, the
    // weaker antecedent, yields to any name in a later sentence ("A UKIP spokesman said ... The film showed the
    // tensions between Mr Kilroy Silk and his fellow MEPs. He denied ...").
    const laterName = unnamed && mentionUnit > speakerUnit;
    if (mentionPick < 0 || mentionPick === last || mentionPos <= lastMention || (!mentionSubject && !laterName)) return last;
    return mentionPick;
  }
  if (mentionPick >= 0) return mentionPick;
  for (let i = recent.length - 1; i >= 0; i--) if (fits(recent[i] ?? -1)) return recent[i] ?? -1;
  return -1;
}

const NAME_RUN = /(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const LIST_OPENER = /^(?:including|like|such as|among them|notably)\s/i;
/** Prepositions placing the head in a place or time, as against saying whom it works for ("for", "of", "at"). */
const LOCATIVE = new Set(['in', 'on', 'across', 'around', 'near', 'inside', 'during', 'throughout', 'outside']);
const AFFILIATION = new Set(['of', 'for', 'from', 'with', 'within', 'to', 'by', 'at']);
/** Words after which an -ed form is a finite verb or a clause's, not a reduced relative ("has pushed", "which accused"). */
const NOT_NOUN_BEFORE_PARTICIPLE = /^(?:has|have|had|is|are|was|were|be|been|being|who|which|that|also|then|not|and|or|\p{Ll}+ly)$/u;
/** Participles whose "by" names the author of what they modify ("a report published by the ministry"). */
const AUTHORING = /^(?:released|published|issued|produced|conducted|commissioned|compiled|written|prepared|revealed|filed)$/;

/**
 * Splits a source part at the first lower-case preposition or reduced relative ("A report released on March 3")
 * after its head noun phrase. A preposition between capitalised words is inside a name ("Court of Appeal").
 */
function postModifier(part: string): { head: string; locative: boolean; after: string } | null {
  const re = /\s(\p{Ll}+)(?=\s)/gu;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const word = m[1] ?? '';
    const before = part.slice(0, m.index);
    const after = part.slice(m.index + m[0].length).trim();
    if (!before.trim()) continue;
    if (insideName(word, before, after)) continue;
    if (LOCATIVE.has(word)) return { head: before, locative: true, after };
    if (AFFILIATION.has(word)) return { head: before, locative: false, after };
    if (reducedRelative(word, before, after)) {
      const byAuthor = AUTHORING.test(word) && /^by\s/.test(after);
      return { head: before, locative: !byAuthor, after };
    }
  }
  return null;
}

/** "Court of Appeal", "War on Want": a connector between capitalised words, not after a noun for people ("Experts on North Korea") nor before a date. */
function insideName(word: string, before: string, after: string): boolean {
  if (word !== 'of' && word !== 'for' && word !== 'on') return false;
  const previous = before.trim().split(/\s+/).pop() ?? '';
  const next = (after.split(/\s+/)[0] ?? '').toLowerCase();
  if (!/^\p{Lu}/u.test(previous) || !/^\p{Lu}/u.test(after)) return false;
  return word !== 'on' || (!PERSON_NOUNS.has(previous.toLowerCase()) && !DAY_WORDS.test(next) && !MONTHS.has(next));
}

/** "a poll released on Friday", "a memo obtained by the Herald": an -ed form after a noun, before a preposition or a name. */
function reducedRelative(word: string, before: string, after: string): boolean {
  if (!/ed$/.test(word)) return false;
  const previous = before.trim().split(/\s+/).pop() ?? '';
  if (!/^\p{Ll}+$/u.test(previous) || NOT_NOUN_BEFORE_PARTICIPLE.test(previous) || NOT_NAMES.has(previous)) return false;
  const next = after.split(/\s+/)[0] ?? '';
  return LOCATIVE.has(next) || AFFILIATION.has(next) || /^\p{Lu}/u.test(next);
}

/** Lower-case words that end a name without making it a modifier ("Robert Peston and ..."). */
const FUNCTION_WORDS = /^(?:and|or|but|nor|has|have|had|is|are|was|were|who|which|will|would|also)$/;

/**
 * Whether a head noun phrase holds a name: a capitalised run not made of determiners, not a capitalised modifier
 * of a lower-case noun ("Security experts", "Recent polls", "the Labour spokesman") and not a capitalised common
 * noun opening the sentence ("Sources", "Critics", "Data").
 */
function nameInHead(head: string): boolean {
  for (const m of head.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    if (words.every((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
    if (words.length === 1 && (PERSON_NOUNS.has(m[0].toLowerCase()) || EVIDENCE_NOUNS.has(m[0].toLowerCase()) || /ing$/.test(m[0]))) continue;
    const next = head.slice((m.index ?? 0) + m[0].length).match(/^\s+(\p{Ll}+)/u)?.[1];
    if (next === undefined || FUNCTION_WORDS.test(next)) return true;
  }
  return false;
}

/**
 * The words of a source part to read its speaker's name from, in order: the head before a post-modifier when the
 * head holds a name ("Hannah Ward of the Refugee Council", "Dan McLaughlin at the National Review"; not an
 * organisation's own "the Joint Council for the Welfare of ..."); none when the head is a description placed
 * somewhere or somewhen ("Security experts in the United States", "a narrator in the Clinton ad", "A report
 * released on March 3"), which the place or date does not name; else the whole part ("a spokesman for UKIP"
 * speaks for the party).
 */
function speakerWords(part: string): string[] {
  const split = postModifier(part);
  if (!split) return [part];
  if (nameInHead(split.head)) {
    const ownName = /\b[Tt]he\s+\p{Lu}/u.test(split.head) || !/^(?:the|a|an)\s/.test(split.after);
    return split.locative || !ownName ? [split.head, part] : [part];
  }
  return split.locative ? organisationModifiers(split.head) : [part];
}

/** "A Quinnipiac University poll", "A National Audit Office report": an organisation's name modifying the head is its author. */
function organisationModifiers(head: string): string[] {
  return [...head.matchAll(NAME_RUN)].map((m) => m[0]).filter((run) => parseName(run)?.type === 'organisation');
}

/** Nouns that give a person's sex: kinship, and the -woman forms (the -man forms are often used of anyone). */
const FEMALE_NOUNS = new Set(['widow', 'wife', 'mother', 'daughter', 'sister', 'grandmother', 'aunt', 'niece', 'actress', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'policewoman', 'woman', 'girl']);
const MALE_NOUNS = new Set(['widower', 'husband', 'father', 'son', 'brother', 'grandfather', 'uncle', 'nephew', 'boy']);

/**
 * "9/11 widow Terry Strada", "Robin Hale, the wife of the senator": a person takes the sex of the noun right
 * before the name or heading a comma description, so a later "she" or "he" finds them.
 */
function genderFromDescription(entities: EntityIndex, c: number, beforeName: string, descriptions: string[]): void {
  const cl = entities.clusters[c];
  if (!cl || cl.type !== 'person') return;
  const heads = [beforeName.trim().split(/\s+/).pop() ?? '', ...descriptions.map(descriptionHead)].map((w) => w.toLowerCase());
  // (The noun outweighs a given name's usual sex: "Terry" is listed as a man's name.)
  const said = heads.find((w) => FEMALE_NOUNS.has(w) || MALE_NOUNS.has(w));
  if (said) cl.gender = FEMALE_NOUNS.has(said) ? 'f' : 'm';
}

/** The head noun of a description: its last word before a preposition ("the wife of the senator" -> wife). */
const descriptionHead = (description: string): string => description.split(/\s+(?:of|for|at|from|in|with|on|to|who|whose)\s+/)[0]?.trim().split(/\s+/).pop() ?? '';

function resolveName(entities: EntityIndex, text: string, at: number, unit: number): number {
  // "David Frost, director general of X": the name is before the comma; "Its chief executive, Jonathan Ashworth": after.
  // "Rep. Gwen Moore (D-Wis.)": a bracketed party tag is no name.
  const parts = text
    .replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(NICKNAME, ' ')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // "A spokesman for Exxon, Tom Hill": a part that is a bare name names the speaker before a description
  // that only mentions an employer or a place.
  const bareName = (p: string): boolean => {
    const w = p.split(/\s+/);
    return w.every((x) => /^\p{Lu}/u.test(x)) && !NOT_NAMES.has((w[0] ?? '').toLowerCase());
  };
  // ("Other unions, including the AFL-CIO, ...": the members a list names, and what follows them, are not its head.)
  const listAt = parts.findIndex((p) => LIST_OPENER.test(p));
  if (listAt > 0) parts.splice(listAt);
  const ordered = parts.some(bareName) ? [...parts.filter(bareName), ...parts.filter((p) => !bareName(p))] : parts;
  for (const part of ordered.flatMap(speakerWords)) {
    const runs = part.match(NAME_RUN) ?? [];
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r];
      if (!run || run.split(/\s+/).every((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
      const lowerTail = part.slice(part.indexOf(run) + run.length).trim();
      // "the Liberal Democrat spokeswoman": a capitalised modifier of a lower-case head is not the speaker's name.
      if (lowerTail && /^[a-z]/.test(lowerTail) && parts.length === 1 && runs.length === 1 && PERSON_NOUNS.has(lowerTail.split(/\s+/).pop() ?? '')) {
        continue;
      }
      const c = entities.addName(run, { start: at, end: at + text.length }, unit, false, true, false);
      if (c >= 0) {
        // The other comma-separated parts describe the speaker: "director general of the BCC".
        if (entities.clusters[c]?.type === 'person') for (const other of parts) if (other !== part && /^[a-z]|^(?:The|Its|His|Her|A|An)\s/.test(other)) entities.addRole(c, other);
        genderFromDescription(entities, c, part.slice(0, part.indexOf(run)), parts.filter((other) => other !== part));
        return c;
      }
    }
  }
  return entities.anonymous(text);
}

export function speakerType(entities: EntityIndex, c: number): SpeakerType | null {
  const cl = entities.clusters[c];
  if (!cl) return null;
  // A place that speaks is its authority ("Washington said"): an organisation.
  return cl.type === 'place' ? 'organisation' : cl.type;
}
