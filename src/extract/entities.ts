// Entity mentions and coreference: capitalised names clustered by surname (or whole name for
// organisations), each cluster's fullest name, aliases, roles and gender. Pronouns join
// clusters later, in the speaker stage, which knows who spoke last.
import { sameGivenName } from '../model/givenNames.js';
import type { Span, Token, Unit } from './document.js';
import { isCapitalised, parseName, type Gender, type ParsedName } from './names.js';
import { FEMALE_NAMES, MALE_NAMES, MALE_TITLES, FEMALE_TITLES, NEUTRAL_TITLES } from './lexicon.js';

export interface Cluster {
  name: string;
  type: 'person' | 'organisation' | 'place' | 'anonymous';
  aliases: Set<string>;
  mentions: Array<Span & { text: string }>;
  roles: Set<string>;
  gender: Gender;
  surname: string;
}

export interface NameMention extends Span {
  text: string;
  cluster: number;
  unit: number;
  inQuote: boolean;
  /** The mention opens its sentence: the likely subject. */
  subject: boolean;
  /** The mention names the channel of a report ("told Good Morning Wales"). */
  inChannel?: boolean;
}

/** Words that open sentences with a capital without being names. */
const STARTERS = new Set(`the a an neither either it its this that these those there here he she they we i you his her their our my but and or so yet
if when while as at in on of for to from by with after before since during under over about into without although though because
however meanwhile now then still also many most some several few all both each every other another such no not one two three
speaking asked earlier later last next today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december what who why how where which whose
sign read watch follow get more why instead indeed despite unlike like just even only according labour's said says added adds asked wrote writes`.split(/\s+/));
/** How far back a pronoun or role looks for its antecedent, in mentions: keeps resolution linear. */
export const SCAN_BACK = 400;
/** Month and day names end a name: "last September's Hartlepool by-election". */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CONNECT = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'al', 'bin']);
const isTitle = (w: string): boolean => {
  const l = w.toLowerCase();
  return MALE_TITLES.has(l) || FEMALE_TITLES.has(l) || NEUTRAL_TITLES.has(l);
};

/** Ranks that make another office of a role: the deputy prime minister is not "the prime minister". */
const RANKS = ['deputy', 'vice', 'shadow'];
const outranked = (role: string, roleWords: string[]): boolean => role.split(/\s+/).some((w) => RANKS.includes(w) && !roleWords.includes(w));

/** Whether a cluster's roles name every role word of a description, with no rank the description lacks. */
function holdsRole(cl: Cluster, roleWords: string[]): boolean {
  const roles = [...cl.roles].map((r) => spellOutTitles(r.toLowerCase()));
  if (roles.some((r) => outranked(r, roleWords))) return roles.some((r) => !outranked(r, roleWords) && roleWords.every((w) => r.includes(w)));
  const joined = roles.join(' ');
  return roleWords.every((w) => joined.includes(w));
}

/** "Sen. Tom Hale" is the senator a later "the Ohio senator" means: a title abbreviation reads as its role word. */
const TITLE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', gov: 'governor', rep: 'representative' };
const spellOutTitles = (roles: string): string => roles.replace(/\b(sen|gov|rep)\.?(?=\s|$)/g, (_, abbr: string) => TITLE_ABBREVIATIONS[abbr] ?? abbr);

export class EntityIndex {
  readonly clusters: Cluster[] = [];
  readonly mentions: NameMention[] = [];
  /** Start offsets of every recorded mention span, so a span joins a cluster once. */
  readonly starts = new Set<string>();
  private readonly bySurname = new Map<string, number[]>();
  private readonly byName = new Map<string, number>();
  private readonly byGivenName = new Map<string, number>();
  /** parseName per distinct surface form: articles repeat names. */
  private readonly parsed = new Map<string, ParsedName | null>();
  /** Clusters first named by a peer's territorial title ("Lord Roberts of Conwy"). */
  private readonly territorial = new Set<number>();

  /** Adds a mention of a name; returns its cluster index or -1 when it names nobody we track. */
  addName(run: string, span: Span, unit: number, inQuote: boolean, createSingle: boolean, record = true, subject = false): number {
    let parsed = this.parsed.get(run);
    if (parsed === undefined) {
      parsed = parseName(run);
      this.parsed.set(run, parsed);
    }
    if (!parsed) return -1;
    const key = parsed.name.toLowerCase();
    let c: number;
    if (parsed.type === 'organisation' || parsed.type === 'place') {
      c = this.byName.get(`org:${key}`) ?? -1;
      if (c < 0) c = this.create(parsed.name, parsed.type, parsed.surname, 'u');
      this.byName.set(`org:${key}`, c);
    } else {
      const words = parsed.name.split(' ');
      const candidates = this.bySurname.get(parsed.surname) ?? [];
      if (words.length === 1) {
        // "Mr Kinnock" is the Kinnock last named by name, before one known only by a peer's title.
        c = [...candidates].reverse().find((i) => !this.territorial.has(i)) ?? candidates[candidates.length - 1] ?? -1;
        if (c < 0) {
          const single = this.byName.get(`org:${key}`);
          if (single !== undefined) c = single;
        }
        // "Sir Keir", "Dame Margaret": these titles go with the given name.
        if (c < 0 && /^(?:sir|dame)\s/i.test(run)) c = this.byGivenName.get(key) ?? -1;
        if (c < 0 && (createSingle || isTitle(run.split(/\s+/)[0] ?? ''))) c = this.create(parsed.name, 'person', parsed.surname, parsed.gender);
      } else {
        c = this.byName.get(`per:${key}`) ?? -1;
        // "Lord Kinnock of Bedwellty" is the Kinnock the article has called a peer, if any.
        if (c < 0 && parsed.territorial) c = [...candidates].reverse().find((i) => knownAsPeer(this.clusters[i])) ?? -1;
        if (c < 0) {
          // A full name after a surname-only or shorter mention of the same surname joins that cluster.
          for (let i = candidates.length - 1; i >= 0 && !parsed.territorial; i--) {
            const cand = this.clusters[candidates[i] ?? -1];
            if (cand && (cand.name.split(' ').length === 1 || key.endsWith(cand.name.toLowerCase()) || cand.name.toLowerCase().endsWith(key) || familiarForm(key, cand.name.toLowerCase()))) {
              c = candidates[i] ?? -1;
              break;
            }
          }
        }
        if (c < 0) {
          c = this.create(parsed.name, 'person', parsed.surname, parsed.gender);
          if (parsed.territorial) this.territorial.add(c);
        }
        this.byName.set(`per:${key}`, c);
        this.byGivenName.set((words[0] ?? '').toLowerCase(), c);
      }
      if (c < 0) return -1;
      const cl = this.clusters[c];
      if (cl) {
        if (cl.gender === 'u') cl.gender = parsed.gender;
        // "Kinnock of Bedwellty" is a title, not a fuller name for Neil Kinnock's cluster.
        if (!parsed.territorial && parsed.name.split(' ').length > cl.name.split(' ').length) {
          cl.aliases.add(cl.name);
          cl.name = parsed.name;
        }
      }
    }
    const cl = this.clusters[c];
    if (!cl) return -1;
    const surface = run.replace(/['’]s?$/, '');
    if (surface !== cl.name) cl.aliases.add(surface);
    if (parsed.name !== cl.name) cl.aliases.add(parsed.name);
    if (parsed.role) cl.roles.add(parsed.role);
    if (record) {
      cl.mentions.push({ ...span, text: run });
      this.starts.add(`${span.start}:${span.end}`);
      this.mentions.push({ ...span, text: run, cluster: c, unit, inQuote, subject });
    }
    return c;
  }

  create(name: string, type: Cluster['type'], surname: string, gender: Gender): number {
    const i = this.clusters.length;
    this.clusters.push({ name, type, aliases: new Set(), mentions: [], roles: new Set(), gender, surname });
    if (type === 'person') {
      const list = this.bySurname.get(surname) ?? [];
      list.push(i);
      this.bySurname.set(surname, list);
    }
    return i;
  }

  /** Records a role description the article attaches to a cluster ("director general of X"). */
  addRole(c: number, role: string): void {
    const cl = this.clusters[c];
    const r = role.replace(/^(?:himself|herself|themselves)\s+/i, '').replace(/^(?:a|an|the|its|his|her|their)\s+/i, '').trim();
    if (cl && r && r.split(/\s+/).length <= 10 && r.toLowerCase() !== cl.name.toLowerCase()) cl.roles.add(r);
  }

  /** Finds an unnamed source's cluster by its description, creating it on first use. */
  anonymous(description: string): number {
    const key = `anon:${description.toLowerCase()}`;
    let c = this.byName.get(key);
    if (c === undefined) {
      c = this.create(description, 'anonymous', '', 'u');
      this.byName.set(key, c);
    }
    return c;
  }

  /** The cluster whose roles include this role word ("chancellor"), most recently mentioned first. */
  byRole(roleWords: string[], before: number): number {
    for (let i = this.lastBefore(before), seen = 0; i >= 0 && seen < SCAN_BACK; i--, seen++) {
      const m = this.mentions[i];
      const cl = m ? this.clusters[m.cluster] : undefined;
      if (!m || !cl || cl.type !== 'person') continue;
      if (holdsRole(cl, roleWords)) return m.cluster;
    }
    return -1;
  }

  /** Index of the last mention starting before an offset (mentions are in text order), or -1. */
  lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid]?.start ?? Infinity) < offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

/** "CONGRESS HAS INVESTIGATED HIM — ...": a run of upper-case words with a long one is a run-in heading, not a name (acronyms are short). */
function isShoutedHeading(tokens: Array<{ text: string }>, i: number, j: number): boolean {
  if (j - i < 1) return false;
  let long = false;
  for (let k = i; k <= j; k++) {
    const w = tokens[k]?.text ?? '';
    if (/\p{Ll}/u.test(w)) return false;
    if (w.replace(/[^\p{L}]/gu, '').length >= 5) long = true;
  }
  return long || j - i >= 2;
}

/** "Freddie Forsyth" after "Frederick Forsyth": one given name in two forms, the same surname. */
function familiarForm(a: string, b: string): boolean {
  const aw = a.split(' ');
  const bw = b.split(' ');
  return aw.length === 2 && bw.length === 2 && aw[1] === bw[1] && sameGivenName(aw[0] ?? '', bw[0] ?? '');
}

const PEER_FORM = /^(?:lord|baron|baroness|lady)\s+\S+$/i;

/**
 * Whether the article already calls this cluster by a peer's title ("Baron Kinnock") or by the
 * surname alone: only then does a territorial title join it. "Lord Roberts of Conwy" is not
 * the Sion Roberts the same article names.
 */
function knownAsPeer(cluster: Cluster | undefined): boolean {
  return cluster !== undefined && (cluster.name.split(' ').length === 1 || [...cluster.aliases].some((a) => PEER_FORM.test(a)));
}

/** "Charles I", "Elizabeth I": a monarch's given name takes a regnal number; after any other word "I" is the pronoun ("a fan of Kilroy I think"). */
function isRegnalName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word);
}

/** 'Robert C. "Bobby" Scott': a quoted one-word nickname before the surname continues the name. */
function nicknameAfter(tokens: Token[], j: number, quote: number): boolean {
  const [open, nick, close, next] = [tokens[j + 1], tokens[j + 2], tokens[j + 3], tokens[j + 4]];
  return open?.kind === 'quote' && nick?.kind === 'word' && isCapitalised(nick.text) && close?.kind === 'quote' && next?.kind === 'word' && next.quote === quote && isCapitalised(next.text);
}
/** The nickname is no part of the name the cluster is known by. */
export const NICKNAME = /\s["“‘']\p{Lu}[\p{L}.-]*["”’']\s/gu;

/** Scans every unit for capitalised names and builds the clusters. */
export function collectEntities(text: string, units: Unit[]): EntityIndex {
  const index = new EntityIndex();
  for (let u = 0; u < units.length; u++) {
    const tokens = units[u]?.tokens ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || !isCapitalised(t.text)) continue;
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1];
        if (nicknameAfter(tokens, j, t.quote)) {
          j += 4;
          continue;
        }
        if (!n || n.kind !== 'word' || n.quote !== t.quote || CALENDAR.has(n.lower.replace(/['’]s$/, ''))) break;
        if (n.text === 'I' && !isRegnalName(tokens[j]?.lower ?? '')) break;
        if (isCapitalised(n.text)) j++;
        else if (CONNECT.has(n.lower) && isCapitalised(tokens[j + 2]?.text ?? '') && tokens[j + 2]?.kind === 'word') j += 2;
        else break;
      }
      if (CALENDAR.has(t.lower.replace(/['’]s$/, ''))) continue;
      if (isShoutedHeading(tokens, i, j)) {
        i = j;
        continue;
      }
      let first = i;
      // Sentence-initial function words ("The", "But") are not part of a name.
      while (first <= j && STARTERS.has(tokens[first]?.lower ?? '') && !(tokens[first]?.lower === 'the' && first < j)) first++;
      if (first <= j) {
        const a = tokens[first];
        const b = tokens[j];
        if (a && b) {
          const run = text.slice(a.start, b.end).replace(NICKNAME, ' ');
          index.addName(run, { start: a.start, end: b.end }, u, t.quote >= 0, false, true, first <= 2);
        }
      }
      i = j;
    }
  }
  return index;
}
