// The linker: an extracted article plus the graph's candidates in, one GraphBundle out.
// Pure: the graph is only read through the CandidateSet, so the same inputs give the same bundle.

import type { ExtractedArticle, ExtractedQuote, TextSpan } from '../extract/types.js';
import type { EntityType, GraphBundle, MentionRow, QuoteKind, QuoteRow, Span } from '../model/bundle.js';
import { aliasKey } from '../model/names.js';
import { channelKeys, channelKind, channelName, isOutletPhrase } from './channel.js';
import { EntityResolver, type Resolution } from './entityResolver.js';
import { quoteId } from './ids.js';
import { isPronoun, parseName } from './personName.js';
import { topicsOf } from './topics.js';
import type { ArticleMeta, CandidateSet } from './types.js';

export interface LinkStats {
  /** Distinct entities already in the graph that the article links to. */
  entitiesLinked: number;
  /** New entity nodes the bundle creates. */
  entitiesCreated: number;
  /** Extracted entity clusters left unlinked (a surname or role nobody in the graph fits). */
  entitiesUnlinked: number;
  quotes: number;
  quotesWithSpeaker: number;
}

export interface LinkResult {
  bundle: GraphBundle;
  stats: LinkStats;
}

const SPEAKER_TYPES = new Set<EntityType>(['Person', 'Organisation', 'UnnamedSource']);

const KIND: Record<ExtractedQuote['kind'], QuoteKind> = { direct: 'DIRECT', indirect: 'INDIRECT', mixed: 'MIXED' };

function span(s: TextSpan): Span {
  return { start: s.start, end: s.end, text: s.text };
}

export function linkArticle(extracted: ExtractedArticle, meta: ArticleMeta, candidates: CandidateSet): LinkResult {
  const resolver = new EntityResolver(candidates, meta);
  const resolved = resolver.resolveAll(extracted);
  const articleIds = [...new Set(resolved.filter((r): r is Resolution => r !== null).map((r) => r.id))];

  const mentions = new Map<string, MentionRow>();
  extracted.entities.forEach((entity, i) => {
    const r = resolved[i];
    if (!r) return;
    for (const m of entity.mentions) {
      const key = `${m.start}:${m.end}:${r.id}`;
      // A pronoun refers through coreference: a little less certain than the name itself.
      const score = isPronoun(m.text) ? Math.round(r.score * 0.9 * 1000) / 1000 : r.score;
      if (!mentions.has(key)) mentions.set(key, { articleId: meta.id, entityId: r.id, start: m.start, end: m.end, text: m.text, score });
    }
  });

  const speakerOf = (q: ExtractedQuote): Resolution | null => {
    if (q.speakerEntity != null) {
      const r = resolved[q.speakerEntity];
      if (r !== undefined) return r;
    }
    if (q.speaker === null) return null;
    if (q.speakerType === 'anonymous') return resolver.resolveUnnamed(q.speaker, articleIds);
    const key = parseName(q.speaker).key;
    const index = extracted.entities.findIndex((e) => [e.name, ...e.aliases].some((n) => aliasKey(n) === key));
    if (index >= 0) return resolved[index] ?? null;
    if (q.speakerType === 'organisation') return resolver.resolveNamed('Organisation', q.speaker, [], null);
    return null;
  };

  const quotes: QuoteRow[] = extracted.quotes.map((q) => {
    const resolvedSpeaker = speakerOf(q);
    // Only a person, an organisation or an unnamed source says things; a place or topic does not.
    const speaker = resolvedSpeaker && SPEAKER_TYPES.has(resolvedSpeaker.type) ? resolvedSpeaker : null;
    const about = new Set<string>();
    for (const m of mentions.values()) {
      if (m.start >= q.content.start && m.end <= q.content.end && m.entityId !== speaker?.id) about.add(m.entityId);
    }
    const topicIds = topicsOf(q.content.text).map((t) => resolver.topic(t));
    let channel: QuoteRow['channel'] = null;
    if (q.channel && isOutletPhrase(q.channel.text)) {
      const found = resolver.byAliasKeys(channelKeys(q.channel.text), (c) => c.type === 'Organisation' && (c.subtype === 'outlet' || c.subtype === 'programme' || isOutletPhrase(c.name)))[0];
      const org = found
        ? { id: found.id }
        : resolver.resolveNamed('Organisation', channelName(q.channel.text), [], channelKind(q.channel.text));
      if (org && (found || ('type' in org && org.type === 'Organisation'))) {
        if (found) resolver.linked.add(found.id);
        channel = { organisationId: org.id, phrase: span(q.channel) };
      }
    }
    return {
      id: quoteId(meta.id, q.content.start, q.content.end),
      articleId: meta.id,
      kind: KIND[q.kind],
      content: span(q.content),
      cue: q.cue ? span(q.cue) : null,
      source: q.source ? span(q.source) : null,
      speakerId: speaker?.id ?? null,
      speakerScore: speaker?.score ?? 0,
      aboutIds: [...about].sort(),
      topicIds: [...new Set(topicIds)].sort(),
      channel,
    };
  });

  const created = [...resolver.created.values()];
  const bundle: GraphBundle = {
    articles: [{ id: meta.id, title: meta.title, outlet: meta.outlet ?? null, url: meta.url ?? null, publishedAt: meta.publishedAt ?? null, text: meta.text, sha256: meta.sha256 }],
    entities: [...created, ...[...resolver.aliasAdditions.values()].filter((row) => !resolver.created.has(row.id))],
    roles: [...resolver.roles.values()],
    memberships: [...resolver.memberships.values()],
    quotes,
    mentions: [...mentions.values()],
    facts: [],
  };
  return {
    bundle,
    stats: {
      entitiesLinked: [...resolver.linked].filter((id) => !resolver.created.has(id)).length,
      entitiesCreated: created.length,
      entitiesUnlinked: resolved.filter((r) => r === null).length,
      quotes: quotes.length,
      quotesWithSpeaker: quotes.filter((q) => q.speakerId !== null).length,
    },
  };
}
