// Hand-built extractor output and graph candidates for the pure linker tests.

import type { ExtractedArticle, ExtractedEntity, ExtractedQuote, TextSpan } from '../../src/extract/types.js';
import { articleId, sha256Hex } from '../../src/link/ids.js';
import type { ArticleMeta, Candidate, CandidateRole } from '../../src/link/types.js';

export function spanOf(text: string, phrase: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" (#${nth}) not in text`);
  }
  return { start: at, end: at + phrase.length, text: phrase };
}

export function meta(text: string, publishedAt: string | null = null): ArticleMeta {
  return { id: articleId(text), title: text.split('\n')[0] ?? '', text, sha256: sha256Hex(text), publishedAt };
}

export function entity(text: string, name: string, type: ExtractedEntity['type'], mentions: (string | [string, number])[], extra: Partial<ExtractedEntity> = {}): ExtractedEntity {
  return {
    name,
    type,
    aliases: extra.aliases ?? [],
    roles: extra.roles ?? [],
    mentions: mentions.map((m) => (typeof m === 'string' ? spanOf(text, m) : spanOf(text, m[0], m[1]))),
  };
}

export function quote(text: string, content: string, speakerEntity: number | null, extra: Partial<ExtractedQuote> = {}): ExtractedQuote {
  return {
    content: spanOf(text, content),
    kind: 'direct',
    cue: null,
    source: null,
    speaker: null,
    speakerType: 'person',
    speakerEntity,
    ...extra,
  };
}

export function article(entities: ExtractedEntity[], quotes: ExtractedQuote[] = []): ExtractedArticle {
  return { article: 'test', entities, quotes };
}

export function role(title: string, extra: Partial<CandidateRole> = {}): CandidateRole {
  return { id: `rol_${title.toLowerCase().replace(/\W+/g, '-')}`, title, organisationId: null, placeId: null, current: false, startDate: null, endDate: null, ...extra };
}

export function candidate(id: string, name: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    id,
    type: id.startsWith('per_') ? 'Person' : id.startsWith('top_') ? 'Topic' : id.startsWith('plc_') ? 'Place' : 'Organisation',
    name,
    aliases: [],
    subtype: null,
    roles: [],
    memberOf: [],
    articleCount: 1,
    coMentioned: [],
    inArticle: false,
    ...extra,
  };
}
