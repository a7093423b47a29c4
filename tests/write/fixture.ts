// A small hand-made bundle for writer tests: two people, a party, a topic, a channel, one
// article with a quote, a mention, a role, a membership and a fact.
import type { GraphBundle } from '../../src/model/bundle.js';
import { articleIdOf, sha256Hex } from '../../src/seed/articleText.js';

export const TEXT = 'Sir Ann Lee told the BBC that Bob Roe was wrong about tax. Bob Roe disagreed.';
export const ARTICLE_ID = articleIdOf(TEXT);

function span(text: string, occurrence = 1) {
  let start = -1;
  for (let i = 0; i < occurrence; i += 1) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: ${text} not in text`);
  return { start, end: start + text.length, text };
}

export function smallBundle(): GraphBundle {
  return {
    articles: [{ id: ARTICLE_ID, title: 'Lee on Roe', outlet: 'Test', url: null, publishedAt: '2025-01-02', text: TEXT, sha256: sha256Hex(TEXT) }],
    entities: [
      { id: 'per_ann-lee', type: 'Person', name: 'Ann Lee', aliases: ['Sir Ann Lee', 'Lee'] },
      { id: 'per_bob-roe', type: 'Person', name: 'Bob Roe', aliases: ['Roe'] },
      { id: 'org_test-party', type: 'Organisation', name: 'Test Party', aliases: ['the Testers'], subtype: 'party' },
      { id: 'org_bbc', type: 'Organisation', name: 'BBC', aliases: [], subtype: 'outlet' },
      { id: 'top_tax', type: 'Topic', name: 'Tax', aliases: ['taxation'] },
    ],
    roles: [{ id: 'rol_ann-lee-leader', personId: 'per_ann-lee', title: 'leader', organisationId: 'org_test-party', current: true, startDate: '2020-01-01' }],
    memberships: [{ memberId: 'per_ann-lee', organisationId: 'org_test-party' }],
    quotes: [
      {
        id: 'quo_test-1',
        articleId: ARTICLE_ID,
        kind: 'INDIRECT',
        content: span('Bob Roe was wrong about tax'),
        cue: span('told the BBC'),
        source: span('Sir Ann Lee'),
        speakerId: 'per_ann-lee',
        speakerScore: 0.9,
        aboutIds: ['per_bob-roe'],
        topicIds: ['top_tax'],
        channel: { organisationId: 'org_bbc', phrase: span('the BBC') },
      },
    ],
    mentions: [
      { articleId: ARTICLE_ID, entityId: 'per_ann-lee', ...span('Sir Ann Lee') },
      { articleId: ARTICLE_ID, entityId: 'per_bob-roe', ...span('Bob Roe') },
      { articleId: ARTICLE_ID, entityId: 'per_bob-roe', ...span('Bob Roe', 2) },
    ],
    facts: [
      {
        id: 'fct_test-1',
        articleId: ARTICLE_ID,
        kind: 'disagreement',
        span: span('Bob Roe disagreed'),
        properties: { strength: 2 },
        involves: [{ entityId: 'per_bob-roe', role: 'disagrees' }],
      },
    ],
  };
}
