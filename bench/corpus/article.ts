// One synthetic article: BBC-style prose (headline line, one paragraph per line) with
// direct, indirect and mixed quotes, and the ground truth of every quote and mention,
// offsets in UTF-16 code units exactly as FORMAT.md defines them.

import { Rng, ZipfSampler } from './prng.js';
import {
  ANON_SOURCES, DIRECT_TEMPLATES, INDIRECT_TEMPLATES, MIXED_TEMPLATES, NARRATIVE_TEMPLATES, PRESENT_PERFECT_VERBS,
  REPORT_VERBS,
} from './lexicon.js';
import type { Org, Person, World } from './world.js';
import type { Span } from '../../src/model/bundle.js';

export type TruthKind = 'direct' | 'indirect' | 'mixed';
export type TruthSpeakerType = 'person' | 'organisation' | 'anonymous';

export interface TruthQuote {
  kind: TruthKind;
  content: Span;
  cue: Span | null;
  source: Span | null;
  speaker: string;
  speakerType: TruthSpeakerType;
  /** A Person or Organisation id from the world; null for an unnamed source. */
  speakerId: string | null;
  aboutIds: string[];
  topicId: string;
  channel: { organisationId: string; phrase: Span } | null;
}

export interface TruthMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface TruthArticle {
  /** File base name, e.g. "a0000042". */
  name: string;
  text: string;
  quotes: TruthQuote[];
  mentions: TruthMention[];
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Appends text and hands back spans of the pieces that matter. */
class TextBuilder {
  private readonly parts: string[] = [];
  private pos = 0;

  add(text: string): Span {
    const span = { start: this.pos, end: this.pos + text.length, text };
    this.parts.push(text);
    this.pos += text.length;
    return span;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Rendered {other}: the entity a quote is about. */
interface Other {
  id: string;
  text: string;
}

export class ArticleWriter {
  private readonly people: ZipfSampler;

  constructor(private readonly world: World) {
    this.people = new ZipfSampler(world.people.length, 1.05);
  }

  write(index: number): TruthArticle {
    return new ArticleRun(this.world, this.people, new Rng(`${this.world.seed}/article/${index}`)).run(articleName(index));
  }
}

export function articleName(index: number): string {
  return `a${String(index).padStart(7, '0')}`;
}

class ArticleRun {
  private readonly b = new TextBuilder();
  private readonly quotes: TruthQuote[] = [];
  private readonly mentions: TruthMention[] = [];
  private readonly introduced = new Set<string>();
  private lastSubject: string | null = null;
  private readonly topic: World['topics'][number];

  constructor(
    private readonly world: World,
    private readonly zipf: ZipfSampler,
    private readonly rng: Rng,
  ) {
    this.topic = rng.pick(world.topics);
  }

  run(name: string): TruthArticle {
    const rng = this.rng;
    const cast: Person[] = [];
    const castSize = rng.int(2, 4);
    for (let guard = 0; cast.length < castSize && guard < 50; guard++) {
      const p = this.world.people[this.zipf.sample(rng)] as Person;
      if (!cast.includes(p)) cast.push(p);
    }
    this.headline(cast[0] as Person);
    const paragraphs = rng.int(7, 16);
    const quoteTarget = rng.int(3, 13);
    for (let i = 0; i < paragraphs || this.quotes.length < quoteTarget; i++) {
      const needQuotes = this.quotes.length < quoteTarget;
      const speaker = i === 0 ? (cast[0] as Person) : rng.chance(0.6) && this.lastSubject ? this.castMember(cast, true) : this.castMember(cast, false);
      const roll = rng.next();
      if (!needQuotes && roll < 0.5) this.nonQuote(cast);
      else if (roll < 0.08) this.nonQuote(cast);
      else if (roll < 0.45) this.direct(speaker, cast);
      else if (roll < 0.68) this.indirect(speaker, cast);
      else if (roll < 0.8) this.mixed(speaker, cast);
      else if (roll < 0.88) this.anonymous();
      else if (roll < 0.93) this.organisation();
      else this.nonQuote(cast);
      this.b.add('\n');
      if (i > 40) break;
    }
    return { name, text: this.b.toString(), quotes: this.quotes, mentions: this.mentions };
  }

  private castMember(cast: Person[], preferLast: boolean): Person {
    if (preferLast) {
      const last = cast.find((p) => p.id === this.lastSubject);
      if (last) return last;
    }
    return this.rng.pick(cast);
  }

  private mention(span: Span, entityId: string): void {
    this.mentions.push({ entityId, start: span.start, end: span.end, text: span.text });
  }

  private headline(lead: Person): void {
    const rng = this.rng;
    const hl = rng.pick(this.topic.spec.headline);
    switch (rng.int(0, 3)) {
      case 0:
        this.mention(this.b.add(lead.surname), lead.id);
        this.b.add(rng.vary(` {warns|says|vows} {action|change|more money} on ${hl}`));
        break;
      case 1:
        this.b.add(cap(rng.vary(`${hl} {row|plans|crisis}: `)));
        this.mention(this.b.add(lead.surname), lead.id);
        this.b.add(rng.vary(' {under pressure|hits back|defends record}'));
        break;
      case 2: {
        const party = rng.pick(this.world.parties);
        const spec = this.world.partySpecs[this.world.parties.indexOf(party)];
        this.mention(this.b.add(`${spec?.member ?? party.name} MPs`), party.id);
        this.b.add(rng.vary(` want tougher message on ${hl}`));
        break;
      }
      default:
        this.b.add(cap(rng.vary(`{Fresh|New|Growing} {pressure|warnings|questions} over ${hl}`)));
    }
    this.b.add('\n');
  }

  /** Adds a reference to a person at the current position and records it; returns its source span. */
  private refer(p: Person, sentenceStart: boolean, allowPronoun: boolean): Span {
    const rng = this.rng;
    if (!this.introduced.has(p.id)) {
      this.introduced.add(p.id);
      if (p.preTitle) this.b.add(`${sentenceStart ? cap(p.preTitle) : p.preTitle} `);
      const span = this.b.add(p.full);
      this.mention(span, p.id);
      if (p.apposition && !p.preTitle) this.b.add(`, ${p.apposition},`);
      return span;
    }
    const roll = rng.next();
    let text: string;
    if (allowPronoun && this.lastSubject === p.id && roll < 0.35) text = p.female ? 'she' : 'he';
    else if (p.definite && roll < 0.55) text = p.definite;
    else if (roll < 0.8) text = p.honorific;
    else text = p.surname;
    const span = this.b.add(sentenceStart ? cap(text) : text);
    this.mention(span, p.id);
    return span;
  }

  private other(speaker: Person, cast: Person[]): Other {
    const rng = this.rng;
    const roll = rng.next();
    const candidates = cast.filter((p) => p.id !== speaker.id);
    if (roll < 0.55 && candidates.length > 0) {
      const p = rng.pick(candidates);
      const text = this.introduced.has(p.id) ? (rng.chance(0.5) ? p.honorific : p.surname) : p.full;
      this.introduced.add(p.id);
      return { id: p.id, text };
    }
    if (roll < 0.85) {
      const party = rng.pick(this.world.parties.filter((o) => o.id !== speaker.partyOrg?.id));
      return { id: party.id, text: party.short };
    }
    return { id: this.world.government.id, text: 'the government' };
  }

  /** Emits a filled template; {other} becomes a mention of the entity the words are about. */
  private emitTemplate(template: string, other: Other | null, capitalise: boolean): { span: Span; aboutIds: string[] } {
    const filled = this.rng.vary(template).replace(/\{noun\}/g, () => this.rng.pick(this.topic.spec.nouns));
    const pieces = filled.split('{other}');
    const written: string[] = [];
    let start = -1;
    const aboutIds: string[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0 && other) {
        const span = this.b.add(capitalise && written.join('') === '' ? cap(other.text) : other.text);
        if (start < 0) start = span.start;
        written.push(span.text);
        this.mention(span, other.id);
        if (!aboutIds.includes(other.id)) aboutIds.push(other.id);
      }
      const span = this.b.add(i === 0 && capitalise ? cap(piece) : piece);
      if (start < 0) start = span.start;
      written.push(span.text);
    });
    const text = written.join('');
    return { span: { start, end: start + text.length, text }, aboutIds };
  }

  private otherFor(template: string, speaker: Person, cast: Person[]): Other | null {
    return template.includes('{other}') ? this.other(speaker, cast) : null;
  }

  private pushQuote(q: Omit<TruthQuote, 'topicId'>): void {
    this.quotes.push({ ...q, topicId: this.topic.id });
  }

  private direct(speaker: Person, cast: Person[]): void {
    const rng = this.rng;
    const template = rng.pick(DIRECT_TEMPLATES);
    const other = this.otherFor(template, speaker, cast);
    const who = { speaker: speaker.full, speakerType: 'person' as const, speakerId: speaker.id };
    const form = rng.int(0, 4);
    if (form === 0 || form === 4) {
      // "Words," said Mr X.   /   "Words," she added. "More words."
      this.b.add('"');
      const content = this.emitTemplate(template, other, true);
      this.b.add(',"');
      const pronounFirst = this.lastSubject === speaker.id && this.introduced.has(speaker.id) && rng.chance(0.5);
      let cue: Span;
      let source: Span;
      if (pronounFirst) {
        this.b.add(' ');
        source = this.b.add(speaker.female ? 'she' : 'he');
        this.mention(source, speaker.id);
        this.b.add(' ');
        cue = this.b.add(rng.pick(REPORT_VERBS));
      } else {
        this.b.add(' ');
        cue = this.b.add(rng.pick(['said', 'added', 'warned']));
        this.b.add(' ');
        source = this.refer(speaker, false, false);
      }
      this.b.add('.');
      this.pushQuote({ kind: 'direct', content: content.span, cue, source, ...who, aboutIds: content.aboutIds, channel: null });
      if (form === 4) {
        this.b.add(' "');
        const t2 = rng.pick(DIRECT_TEMPLATES);
        const more = this.emitTemplate(t2, this.otherFor(t2, speaker, cast), true);
        this.b.add('."');
        this.pushQuote({ kind: 'direct', content: more.span, cue: null, source: null, ...who, aboutIds: more.aboutIds, channel: null });
      }
    } else if (form === 1) {
      // Mr X said: "Words."
      const source = this.refer(speaker, true, true);
      this.b.add(' ');
      const cue = this.b.add(rng.pick(['said', 'added', 'argued']));
      this.b.add(': "');
      const content = this.emitTemplate(template, other, true);
      this.b.add('."');
      this.pushQuote({ kind: 'direct', content: content.span, cue, source, ...who, aboutIds: content.aboutIds, channel: null });
    } else if (form === 2) {
      // Mr X told the BBC: "Words."
      const outlet = rng.pick(this.world.outlets);
      const source = this.refer(speaker, true, true);
      this.b.add(' ');
      const cue = this.b.add(`told ${outlet.spec.phrase}`);
      const phrase = { start: cue.end - outlet.spec.phrase.length, end: cue.end, text: outlet.spec.phrase };
      this.mention(phrase, outlet.org.id);
      this.b.add(': "');
      const content = this.emitTemplate(template, other, true);
      this.b.add('."');
      this.pushQuote({
        kind: 'direct', content: content.span, cue, source, ...who, aboutIds: content.aboutIds,
        channel: { organisationId: outlet.org.id, phrase },
      });
    } else {
      // Speaking on Radio 4's Today programme, X said: "Words."
      const outlet = rng.pick(this.world.outlets.filter((o) => o.spec.kind === 'programme'));
      this.b.add('Speaking on ');
      const phrase = this.b.add(outlet.spec.phrase);
      this.mention(phrase, outlet.org.id);
      this.b.add(', ');
      const source = this.refer(speaker, false, true);
      this.b.add(' ');
      const cue = this.b.add('said');
      this.b.add(': "');
      const content = this.emitTemplate(template, other, true);
      this.b.add('."');
      this.pushQuote({
        kind: 'direct', content: content.span, cue, source, ...who, aboutIds: content.aboutIds,
        channel: { organisationId: outlet.org.id, phrase },
      });
    }
    this.lastSubject = speaker.id;
  }

  private indirect(speaker: Person, cast: Person[]): void {
    const rng = this.rng;
    const template = rng.pick(INDIRECT_TEMPLATES);
    const other = this.otherFor(template, speaker, cast);
    const who = { speaker: speaker.full, speakerType: 'person' as const, speakerId: speaker.id };
    const form = rng.int(0, 2);
    if (form === 0) {
      // Mr X warned that the plans would cost billions.
      const source = this.refer(speaker, true, true);
      this.b.add(' ');
      const cue = this.b.add(rng.chance(0.7) ? rng.pick(REPORT_VERBS.filter((v) => v !== 'added')) : 'told the BBC');
      const channel = cue.text === 'told the BBC' ? this.bbcChannel(cue) : null;
      this.b.add(rng.chance(0.6) ? ' that ' : ' ');
      const content = this.emitTemplate(template, other, false);
      this.b.add('.');
      this.pushQuote({ kind: 'indirect', content: content.span, cue, source, ...who, aboutIds: content.aboutIds, channel });
    } else if (form === 1) {
      // The plans would cost billions, according to Mr X.
      const content = this.emitTemplate(template, other, true);
      this.b.add(', ');
      const cue = this.b.add('according to');
      this.b.add(' ');
      const source = this.refer(speaker, false, false);
      this.b.add('.');
      this.pushQuote({ kind: 'indirect', content: content.span, cue, source, ...who, aboutIds: content.aboutIds, channel: null });
    } else {
      // Mr X has called for more investment in ...
      const source = this.refer(speaker, true, true);
      this.b.add(' ');
      const cue = this.b.add(rng.pick(PRESENT_PERFECT_VERBS));
      this.b.add(' ');
      const content = this.emitTemplate(rng.pick(['action on {noun}', 'an urgent review of {noun}', 'a rethink on {noun}']), null, false);
      this.b.add('.');
      this.pushQuote({ kind: 'indirect', content: content.span, cue, source, ...who, aboutIds: content.aboutIds, channel: null });
    }
    this.lastSubject = speaker.id;
  }

  private bbcChannel(cue: Span): TruthQuote['channel'] {
    const bbc = this.world.outlets.find((o) => o.org.name === 'BBC');
    if (!bbc) return null;
    const phrase = { start: cue.end - 'the BBC'.length, end: cue.end, text: 'the BBC' };
    this.mention(phrase, bbc.org.id);
    return { organisationId: bbc.org.id, phrase };
  }

  private mixed(speaker: Person, cast: Person[]): void {
    const rng = this.rng;
    const template = rng.pick(MIXED_TEMPLATES);
    const other = this.otherFor(template, speaker, cast);
    const source = this.refer(speaker, true, true);
    this.b.add(' ');
    const cue = this.b.add(rng.pick(['said', 'argued', 'claimed', 'warned']));
    this.b.add(' ');
    const content = this.emitTemplate(template, other, false);
    this.b.add('.');
    this.pushQuote({
      kind: 'mixed', content: content.span, cue, source, speaker: speaker.full, speakerType: 'person',
      speakerId: speaker.id, aboutIds: content.aboutIds, channel: null,
    });
    this.lastSubject = speaker.id;
  }

  private anonymous(): void {
    const rng = this.rng;
    const party = rng.pick(this.world.partySpecs);
    const desc = rng.pick(ANON_SOURCES).replace('{party}', party.member);
    const source = this.b.add(cap(desc));
    this.b.add(' ');
    const cue = this.b.add('told the BBC');
    const channel = this.bbcChannel(cue);
    this.b.add(': "');
    const content = this.emitTemplate(rng.pick(DIRECT_TEMPLATES.filter((t) => !t.includes('{other}'))), null, true);
    this.b.add('."');
    this.pushQuote({ kind: 'direct', content: content.span, cue, source, speaker: desc, speakerType: 'anonymous', speakerId: null, aboutIds: [], channel });
    this.lastSubject = null;
  }

  private organisation(): void {
    const rng = this.rng;
    const org: Org = rng.pick([...this.world.thinkTanks, ...this.world.unions, ...this.world.parties]);
    const source = this.b.add(org.kind === 'party' ? cap(org.short) : `The ${org.name}`);
    this.mention(org.kind === 'party' ? source : { start: source.start + 4, end: source.end, text: org.name }, org.id);
    this.b.add(' ');
    const cue = this.b.add('said in a statement');
    this.b.add(' that ');
    const content = this.emitTemplate(rng.pick(INDIRECT_TEMPLATES.filter((t) => !t.includes('{other}'))), null, false);
    this.b.add('.');
    this.pushQuote({
      kind: 'indirect', content: content.span, cue, source, speaker: org.name, speakerType: 'organisation', speakerId: org.id,
      aboutIds: [], channel: null,
    });
    this.lastSubject = null;
  }

  /** Sentences with names but no attribution, so extractors must not quote everything that names someone. */
  private nonQuote(cast: Person[]): void {
    const rng = this.rng;
    const roll = rng.next();
    if (roll < 0.3) {
      const pollster = rng.pick(this.world.pollsters);
      const [a, b] = [rng.pick(this.world.parties), rng.pick(this.world.parties)];
      this.b.add('A recent ');
      this.mention(this.b.add(pollster.name), pollster.id);
      this.b.add(' poll suggested ');
      this.mention(this.b.add(a.short), a.id);
      this.b.add(` ${rng.int(1, 12)} points ${a === b ? 'ahead of last month' : 'ahead of '}`);
      if (a !== b) this.mention(this.b.add(b.short), b.id);
      this.b.add('.');
    } else if (roll < 0.55 && cast.length > 1) {
      const [p, q] = [cast[0] as Person, cast[1] as Person];
      this.refer(p, true, false);
      this.b.add(rng.vary(' is {expected|due} to meet '));
      this.refer(q, false, false);
      this.b.add(rng.vary(' {next week|on Thursday|later this month}.'));
    } else if (roll < 0.75) {
      const p = rng.pick(cast);
      this.refer(p, true, false);
      this.b.add(rng.vary(` has been {critical of|supportive of|under pressure over} ${rng.pick(this.topic.spec.nouns)}.`));
      this.lastSubject = p.id;
      return;
    } else {
      this.b.add(cap(rng.vary(rng.pick(NARRATIVE_TEMPLATES)).replace(/\{noun\}/g, () => rng.pick(this.topic.spec.nouns))));
    }
    this.lastSubject = null;
  }
}
