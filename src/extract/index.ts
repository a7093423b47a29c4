// The extraction pipeline: paragraphs -> quotation spans -> sentence units -> cues, sources
// and content spans -> entity mentions and coreference -> speakers. Pure: text in, data out.
import type { ExtractedArticle, ExtractedEntity, ExtractedQuote, TextSpan } from './types.js';
import type { Span, Unit } from './document.js';
import { splitParagraphs } from './paragraphs.js';
import { findQuotes } from './marks.js';
import { splitUnits } from './sentences.js';
import { attributeUnit, type RawAttribution } from './attributions.js';
import { collectEntities, type NameMention } from './entities.js';
import { speakerLines } from './speakerlines.js';
import { resolveSpeakers, speakerType } from './speakers.js';
import { interruptedSources } from './interrupted.js';
import { evidenceAttribution } from './evidencein.js';
import { blockQuotes } from './blockquote.js';
import { headlineQuote } from './headlinequote.js';
import { editorsNotes } from './editorsnote.js';

export type { ExtractedArticle, ExtractedQuote, ExtractedEntity } from './types.js';

const textSpan = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });


/**
 * Typewriter-style double quotes written as two apostrophes (''like this'') become a straight
 * double quote padded with a space on the outer side: same length, so every offset still
 * points into the original text.
 */
export function normaliseMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_m, at: number) => (/[\p{L}\p{N}]/u.test(text[at + 2] ?? '') ? ' "' : '" '));
}

export function extractArticle(name: string, original: string): ExtractedArticle {
  const text = normaliseMarks(original);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const units = splitUnits(text, paragraphs, quotes);
  const labelled: RawAttribution[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const a = speakerLines(text, paragraphs, p);
    if (a) labelled.push(a);
  }
  // ("The governor added:" and a paragraph without marks: the paragraph is his quote.)
  const blocks = blockQuotes(units, quotes).filter((b) => !overlapsAny(b, labelled));
  if (blocks.length > 0) {
    labelled.push(...blocks);
    labelled.sort((a, b) => a.content.start - b.content.start);
  }
  const raw: RawAttribution[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    const found = attributeUnit(text, units, u, quotes);
    // "In this poll, Trump rose 1 point": a sentence with no report of its own may open with its evidence.
    const atts = found.length > 0 || !unit ? found : evidenceAttribution(unit, u);
    for (const a of atts) if (!overlapsAny(a, labelled)) raw.push(a);
  }
  for (const a of labelled) {
    // A labelled line belongs to the unit it starts in, for speaker recency.
    const u = unitAt(units, a.content.start);
    raw.push({ ...a, unit: u < 0 ? units.length : u });
  }
  // ("Obama Sees 'Personal Insult' if ...": a headline's quote with no cue is its opening subject's.)
  const headline = headlineQuote(text, paragraphs, quotes, raw);
  if (headline) raw.push(headline);
  const notes = editorsNotes(text, paragraphs);
  const reported = notes.length === 0 ? raw : raw.filter((a) => !notes.some((n) => a.content.start >= n.start && a.content.start < n.end));
  reported.sort((a, b) => a.content.start - b.content.start);
  const deduped = dropOverlaps(reported);
  const entities = collectEntities(text, units);
  markChannels(entities.mentions, deduped);
  const speakers = resolveSpeakers({ text, entities, unitTokens: (u) => units[u]?.tokens ?? [] }, deduped);

  // Only clusters something refers to as a speaker or by a full name make the entity list.
  const keep = new Map<number, number>();
  const out: ExtractedEntity[] = [];
  const speaking = new Set(speakers);
  entities.clusters.forEach((cl, i) => {
    const spoke = speaking.has(i);
    if (!spoke && cl.mentions.length === 0) return;
    keep.set(i, out.length);
    out.push({
      name: cl.name,
      type: cl.type,
      aliases: [...cl.aliases].filter((a) => a !== cl.name),
      mentions: cl.mentions.map((m) => ({ start: m.start, end: m.end, text: original.slice(m.start, m.end) })).sort((a, b) => a.start - b.start),
      roles: [...cl.roles],
    });
  });

  const sources = interruptedSources(text, deduped);
  const quotesOut: ExtractedQuote[] = deduped.map((a, i) => {
    const c = speakers[i] ?? -1;
    const cl = entities.clusters[c];
    return {
      content: textSpan(original, a.content),
      kind: a.kind,
      cue: a.cue ? textSpan(original, a.cue) : null,
      source: sources[i] ? textSpan(original, sources[i]) : null,
      speaker: cl ? cl.name : null,
      speakerType: speakerType(entities, c),
      speakerEntity: keep.get(c) ?? null,
      channel: a.channel ? textSpan(original, a.channel) : null,
    };
  });
  // A quotation with no cue, no source and no earlier speaker to continue is ascribed to nobody (an epigraph, a
  // caption's pull quote): FORMAT.md counts words the article ascribes to a person or organisation.
  const ascribed = quotesOut.filter((q) => q.cue !== null || q.source !== null || q.speaker !== null || q.kind !== 'direct');
  return { article: name, quotes: ascribed, entities: out };
}

/** Flags name mentions inside a channel phrase ("told Good Morning Wales"): a programme is no antecedent. */
function markChannels(mentions: NameMention[], atts: RawAttribution[]): void {
  const channels = atts.flatMap((a) => (a.channel ? [a.channel] : [])).sort((x, y) => x.start - y.start);
  let c = 0;
  for (const m of mentions) {
    while (c < channels.length && (channels[c]?.end ?? 0) <= m.start) c++;
    const ch = channels[c];
    if (ch && ch.start <= m.start && m.end <= ch.end) m.inChannel = true;
  }
}

/** Index of the first unit ending after an offset, or -1. */
function unitAt(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid]?.end ?? 0) > offset) {
      ans = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return ans;
}

/** Whether an attribution shares any words with one of a sorted list of others. */
function overlapsAny(a: RawAttribution, others: RawAttribution[]): boolean {
  let lo = 0;
  let hi = others.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = others[mid];
    if (!o) break;
    if (o.content.end <= a.content.start) lo = mid + 1;
    else if (o.content.start >= a.content.end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Two attributions over the same words: keep the first found (direct quotes come first per unit). */
function dropOverlaps(atts: RawAttribution[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const a of atts) {
    // Sorted by start, so only the last few kept ones can overlap enough to clash.
    const clash = out.slice(-4).find((b) => {
      const o = Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start);
      const shorter = Math.min(a.content.end - a.content.start, b.content.end - b.content.start);
      return o > 0 && o >= shorter * 0.8;
    });
    if (!clash) out.push(a);
  }
  return out;
}
