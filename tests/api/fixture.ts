// A small graph for API tests, modelled on the seed article: two dated articles, people with
// roles, an organisation with members, topics, a channel, an unnamed source and one
// deliberately ambiguous alias ("Reed"). Spans are computed from the texts, so they are exact.
import { createHash } from 'node:crypto';
import type { ArticleRow, EntityRow, GraphBundle, QuoteKind, QuoteRow, Span } from '../../src/model/bundle.js';
import { emptyBundle } from '../../src/model/bundle.js';

export function article(title: string, text: string, publishedAt: string | null): ArticleRow {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { id: `art_${sha256.slice(0, 16)}`, title, outlet: 'BBC', url: null, publishedAt, text, sha256 };
}

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function span(text: string, needle: string, n = 0): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not found in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

interface QuoteSpec {
  id: string;
  kind: QuoteKind;
  content: string;
  cue?: string;
  source?: string;
  speakerId: string | null;
  aboutIds?: string[];
  topicIds?: string[];
  channel?: { organisationId: string; phrase: string };
}

export function quote(a: ArticleRow, q: QuoteSpec): QuoteRow {
  return {
    id: q.id,
    articleId: a.id,
    kind: q.kind,
    content: span(a.text, q.content),
    cue: q.cue ? span(a.text, q.cue) : null,
    source: q.source ? span(a.text, q.source) : null,
    speakerId: q.speakerId,
    speakerScore: 1,
    aboutIds: q.aboutIds ?? [],
    topicIds: q.topicIds ?? [],
    channel: q.channel ? { organisationId: q.channel.organisationId, phrase: span(a.text, q.channel.phrase) } : null,
  };
}

const e = (id: string, type: EntityRow['type'], name: string, aliases: string[] = [], subtype: string | null = null): EntityRow => ({
  id,
  type,
  name,
  aliases,
  subtype,
});

export const ENTITIES: EntityRow[] = [
  e('per_keir-starmer', 'Person', 'Keir Starmer', ['Sir Keir', 'Starmer']),
  e('per_jo-white', 'Person', 'Jo White', ['White']),
  e('per_jonathan-ashworth', 'Person', 'Jonathan Ashworth', ['Ashworth']),
  e('per_nigel-farage', 'Person', 'Nigel Farage', ['Farage']),
  e('per_steve-reed', 'Person', 'Steve Reed', ['Reed']),
  e('per_jamie-reed', 'Person', 'Jamie Reed', ['Reed']),
  e('per_margaret-thatcher', 'Person', 'Margaret Thatcher', ['Thatcher', 'Baroness Thatcher']),
  e('org_reform-uk', 'Organisation', 'Reform UK', ['Reform'], 'party'),
  e('org_labour', 'Organisation', 'Labour Party', ['Labour'], 'party'),
  e('org_labour-together', 'Organisation', 'Labour Together', [], 'think_tank'),
  e('org_red-wall-group', 'Organisation', 'Red Wall group', ['Red Wall caucus'], 'group'),
  e('org_bbc', 'Organisation', 'BBC', [], 'outlet'),
  e('org_today', 'Organisation', "Radio 4's Today programme", ['Today programme'], 'programme'),
  e('plc_bassetlaw', 'Place', 'Bassetlaw', [], 'constituency'),
  e('top_immigration', 'Topic', 'immigration', ['migration']),
  e('top_clean-energy', 'Topic', 'clean energy', []),
  e('src_red-wall-mp', 'UnnamedSource', 'One Red Wall MP', []),
];

export const OLDER = article(
  'Red Wall Labour MPs want tougher message on immigration',
  [
    'The Red Wall group has requested a meeting with Sir Keir Starmer.',
    'Labour Together is working with the group.',
    "Its chief executive, Jonathan Ashworth, told the BBC the organisation was re-orienting its efforts to take on the threat of Reform.",
    'Farage said that Labour should focus its efforts on tackling cross-Channel migrants before attacking Reform.',
    'One Red Wall MP said: "That has no effect whatsoever on the red wall."',
    'Speaking on Radio 4\'s Today programme, Reed said: "By switching from fossil to clean energy we\'re creating many, many more jobs."',
    'He invoked Margaret Thatcher, who, Reed said, had left Red Wall areas "hollowed out and offered nothing in return".',
  ].join('\n'),
  '2025-05-10',
);

export const NEWER = article(
  'Bassetlaw MP calls for ID cards',
  [
    'Jo White, the Bassetlaw MP, said Reform UK was exploiting fears about immigration.',
    'Jamie Reed said the north needed investment in clean energy jobs.',
  ].join('\n'),
  '2025-06-01',
);

export function fixtureBundle(): GraphBundle {
  const b = emptyBundle();
  b.articles.push(OLDER, NEWER);
  b.entities.push(...ENTITIES);
  b.roles.push(
    { id: 'rol_jo-white-convenor', personId: 'per_jo-white', title: 'convenor', organisationId: 'org_red-wall-group', current: true },
    { id: 'rol_jo-white-mp', personId: 'per_jo-white', title: 'MP', organisationId: 'org_labour', placeId: 'plc_bassetlaw', current: true },
    { id: 'rol_ashworth-ceo', personId: 'per_jonathan-ashworth', title: 'chief executive', organisationId: 'org_labour-together', current: true },
    { id: 'rol_ashworth-mp', personId: 'per_jonathan-ashworth', title: 'MP', organisationId: 'org_labour', current: false },
    { id: 'rol_reed-env', personId: 'per_steve-reed', title: 'Environment Secretary', current: true },
  );
  b.memberships.push(
    { memberId: 'per_jo-white', organisationId: 'org_red-wall-group' },
    { memberId: 'src_red-wall-mp', organisationId: 'org_red-wall-group' },
  );
  b.quotes.push(
    quote(OLDER, {
      id: 'quo_ashworth-reform',
      kind: 'INDIRECT',
      content: 'the organisation was re-orienting its efforts to take on the threat of Reform',
      cue: 'told',
      source: 'Jonathan Ashworth',
      speakerId: 'per_jonathan-ashworth',
      aboutIds: ['org_reform-uk'],
      channel: { organisationId: 'org_bbc', phrase: 'the BBC' },
    }),
    quote(OLDER, {
      id: 'quo_farage-labour',
      kind: 'INDIRECT',
      content: 'that Labour should focus its efforts on tackling cross-Channel migrants before attacking Reform',
      cue: 'said',
      source: 'Farage',
      speakerId: 'per_nigel-farage',
      aboutIds: ['org_labour'],
      topicIds: ['top_immigration'],
    }),
    quote(OLDER, {
      id: 'quo_red-wall-mp',
      kind: 'DIRECT',
      content: 'That has no effect whatsoever on the red wall.',
      cue: 'said',
      source: 'One Red Wall MP',
      speakerId: 'src_red-wall-mp',
    }),
    quote(OLDER, {
      id: 'quo_reed-clean-energy',
      kind: 'DIRECT',
      content: "By switching from fossil to clean energy we're creating many, many more jobs.",
      cue: 'said',
      source: 'Reed',
      speakerId: 'per_steve-reed',
      topicIds: ['top_clean-energy'],
      channel: { organisationId: 'org_today', phrase: "Radio 4's Today programme" },
    }),
    quote(OLDER, {
      id: 'quo_reed-thatcher',
      kind: 'MIXED',
      content: 'had left Red Wall areas "hollowed out and offered nothing in return"',
      cue: 'said',
      source: 'Reed',
      speakerId: 'per_steve-reed',
      aboutIds: ['per_margaret-thatcher'],
    }),
    quote(NEWER, {
      id: 'quo_white-reform',
      kind: 'INDIRECT',
      content: 'Reform UK was exploiting fears about immigration',
      cue: 'said',
      source: 'Jo White',
      speakerId: 'per_jo-white',
      aboutIds: ['org_reform-uk'],
      topicIds: ['top_immigration'],
    }),
    quote(NEWER, {
      id: 'quo_jamie-reed',
      kind: 'INDIRECT',
      content: 'the north needed investment in clean energy jobs',
      cue: 'said',
      source: 'Jamie Reed',
      speakerId: 'per_jamie-reed',
      topicIds: ['top_clean-energy'],
    }),
  );
  b.mentions.push(
    { articleId: OLDER.id, ...span(OLDER.text, 'Labour Together'), entityId: 'org_labour-together' },
    { articleId: OLDER.id, ...span(OLDER.text, 'Sir Keir Starmer'), entityId: 'per_keir-starmer' },
    { articleId: OLDER.id, ...span(OLDER.text, 'Reform'), entityId: 'org_reform-uk' },
    { articleId: NEWER.id, ...span(NEWER.text, 'Jo White'), entityId: 'per_jo-white' },
    { articleId: NEWER.id, ...span(NEWER.text, 'Reform UK'), entityId: 'org_reform-uk' },
  );
  return b;
}

/**
 * n extra articles, each with one quote by a distinct person about Reform UK on immigration:
 * used to show that the number of queries does not grow with the number of results.
 */
export function scaledBundle(n: number): GraphBundle {
  const b = emptyBundle();
  for (let i = 0; i < n; i++) {
    const person = `per_speaker-${i}`;
    const text = `Speaker Number${i} said Reform UK was wrong about immigration (${i}).`;
    const a = article(`Article ${i}`, text, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    b.articles.push(a);
    b.entities.push({ id: person, type: 'Person', name: `Speaker Number${i}`, aliases: [] });
    b.roles.push({ id: `rol_speaker-${i}`, personId: person, title: 'MP', organisationId: 'org_labour', current: true });
    b.quotes.push(
      quote(a, {
        id: `quo_speaker-${i}`,
        kind: 'INDIRECT',
        content: 'Reform UK was wrong about immigration',
        cue: 'said',
        source: `Speaker Number${i}`,
        speakerId: person,
        aboutIds: ['org_reform-uk'],
        topicIds: ['top_immigration'],
      }),
    );
    b.mentions.push({ articleId: a.id, ...span(text, 'Reform UK'), entityId: 'org_reform-uk' });
  }
  return b;
}
