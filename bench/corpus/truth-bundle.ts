// Ground truth as GraphBundle rows: what a perfect extract + link would write for an
// article. The bulk loader writes these directly (the bare UNWIND ceiling for ingest).

import { createHash } from 'node:crypto';
import type { TruthArticle } from './article.js';
import type { ArticleRow, EntityRow, MentionRow, QuoteRow } from '../../src/model/bundle.js';

export interface ArticleRows {
  article: ArticleRow;
  quotes: QuoteRow[];
  mentions: MentionRow[];
  /** Unnamed sources get one entity per article and description. */
  unnamed: EntityRow[];
}

export function articleId(text: string): { id: string; sha256: string } {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { id: `art_${sha256.slice(0, 16)}`, sha256 };
}

export function truthRows(truth: TruthArticle, publishedAt: string): ArticleRows {
  const { id, sha256 } = articleId(truth.text);
  const title = truth.text.slice(0, truth.text.indexOf('\n'));
  const unnamed: EntityRow[] = [];
  const quotes: QuoteRow[] = truth.quotes.map((q, i) => {
    let speakerId = q.speakerId;
    if (q.speakerType === 'anonymous') {
      speakerId = `src_${id.slice(4)}_${i}`;
      unnamed.push({ id: speakerId, type: 'UnnamedSource', name: q.speaker, aliases: [] });
    }
    return {
      id: `quo_${id.slice(4)}_${i}`,
      articleId: id,
      kind: q.kind === 'direct' ? 'DIRECT' : q.kind === 'indirect' ? 'INDIRECT' : 'MIXED',
      content: q.content,
      cue: q.cue,
      source: q.source,
      speakerId,
      speakerScore: 1,
      aboutIds: q.aboutIds,
      topicIds: [q.topicId],
      channel: q.channel,
    };
  });
  const mentions: MentionRow[] = truth.mentions.map((m) => ({ articleId: id, entityId: m.entityId, start: m.start, end: m.end, text: m.text, score: 1 }));
  return { article: { id, title, outlet: 'BBC', url: null, publishedAt, text: truth.text, sha256 }, quotes, mentions, unnamed };
}

/** A deterministic publication date spread over 2015-2025 so that date ordering means something. */
export function publishedAtFor(index: number, total: number): string {
  const startMs = Date.UTC(2015, 0, 1);
  const spanMs = Date.UTC(2025, 11, 31) - startMs;
  const ms = startMs + Math.floor((spanMs * index) / Math.max(1, total));
  return new Date(ms).toISOString().slice(0, 10);
}
