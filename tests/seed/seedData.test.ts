// The curated seed article: every span exact, every quotation covered, the roles and aliases
// the issue asks for present. Pure: reads seed/ only.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../src/model/bundle.js';
import { aliasKey } from '../../src/model/names.js';
import { articleIdOf, normaliseArticleText, sha256Hex } from '../../src/seed/articleText.js';
import { defaultSeedFiles } from '../../src/seed/seedGraph.js';
import { loadSeedFile } from '../../src/seed/validate.js';

const SEED = new URL('../../seed/000_b1efdc63e5418fb0.json', import.meta.url).pathname;
const TEXT = new URL('../../seed/000_b1efdc63e5418fb0.txt', import.meta.url).pathname;

const text = normaliseArticleText(await readFile(TEXT, 'utf8'));
const bundle: GraphBundle = await loadSeedFile(SEED);
const byId = new Map(bundle.entities.map((e) => [e.id, e]));
const quotedStretches = [...text.matchAll(/"([^"\n]+)"?/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1]?.length ?? 0) }));

function entityIdsForAlias(name: string): string[] {
  const key = aliasKey(name);
  return bundle.entities.filter((e) => [e.name, ...e.aliases].some((n) => aliasKey(n) === key)).map((e) => e.id);
}

describe('seed article', () => {
  it('is the file in seed/, identified by the sha256 of its normalised text', () => {
    const [article] = bundle.articles;
    expect(bundle.articles).toHaveLength(1);
    expect(article?.text).toBe(text);
    expect(article?.sha256).toBe(sha256Hex(text));
    expect(article?.id).toBe(articleIdOf(text));
    expect(article?.title).toBe(text.split('\n')[0]);
  });

  it('is among the default seed files', async () => {
    expect(await defaultSeedFiles()).toContain(SEED);
  });

  it('has exact offsets for every quote, cue, source, channel, mention and fact span', () => {
    const spans = [
      ...bundle.quotes.flatMap((q) => [q.content, q.cue, q.source, q.channel?.phrase ?? null]),
      ...bundle.mentions,
      ...bundle.facts.map((f) => f.span),
    ].filter((s) => s !== null);
    expect(spans.length).toBeGreaterThan(100);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('holds well over a dozen attributions of every kind', () => {
    expect(bundle.quotes.length).toBeGreaterThanOrEqual(15);
    const kinds = new Set(bundle.quotes.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['DIRECT', 'INDIRECT', 'MIXED']));
  });

  it('covers every quoted stretch of the article with some quote', () => {
    expect(quotedStretches.length).toBeGreaterThanOrEqual(6);
    for (const stretch of quotedStretches) {
      const covering = bundle.quotes.filter((q) => q.content.start <= stretch.start && stretch.end <= q.content.end);
      expect(covering, JSON.stringify(text.slice(stretch.start, stretch.end))).toHaveLength(1);
    }
  });

  it('keeps direct quotes inside their quotation marks and mixed quotes around theirs', () => {
    for (const q of bundle.quotes.filter((x) => x.kind === 'DIRECT')) {
      expect(text[q.content.start - 1]).toBe('"');
      expect(text[q.content.end]).toBe('"');
    }
    for (const q of bundle.quotes.filter((x) => x.kind === 'MIXED')) {
      expect(q.content.text).toMatch(/"[^"]+"/);
      expect(q.content.text.startsWith('"')).toBe(false);
    }
    for (const q of bundle.quotes.filter((x) => x.kind === 'INDIRECT')) expect(q.content.text).not.toContain('"');
  });

  it('treats the Red Wall MP quote over two paragraphs as one quote by the unnamed MP', () => {
    const twoParagraphs = bundle.quotes.filter((q) => q.content.text.includes('\n'));
    expect(twoParagraphs).toHaveLength(1);
    const speaker = byId.get(twoParagraphs[0]?.speakerId ?? '');
    expect(speaker?.type).toBe('UnnamedSource');
    expect(bundle.memberships).toContainEqual({ memberId: speaker?.id, organisationId: 'org_red-wall-group' });
  });

  it("gives Steve Reed's partial quotes as MIXED and his Today programme quote as DIRECT via the programme", () => {
    const reed = bundle.quotes.filter((q) => q.speakerId === 'per_steve-reed');
    expect(reed.filter((q) => q.kind === 'MIXED').length).toBeGreaterThanOrEqual(3);
    const today = reed.find((q) => q.channel?.organisationId === 'org_today-programme');
    expect(today?.kind).toBe('DIRECT');
    expect(byId.get('org_today-programme')?.subtype).toBe('programme');
  });

  it('puts cue and source of each quote in the article outside its content', () => {
    for (const q of bundle.quotes) {
      for (const span of [q.cue, q.source]) {
        if (span === null) continue;
        const overlaps = span.start < q.content.end && q.content.start < span.end;
        expect(overlaps, `${q.id} ${span.text}`).toBe(false);
      }
    }
  });

  it('resolves what users type through aliases, and not role titles', () => {
    const expected: Record<string, string> = {
      Farage: 'per_nigel-farage',
      'Sir Keir': 'per_keir-starmer',
      Starmer: 'per_keir-starmer',
      Reeves: 'per_rachel-reeves',
      Reform: 'org_reform-uk',
      'the Tories': 'org_conservative-party',
      Labour: 'org_labour-party',
      'Labour Party': 'org_labour-party',
    };
    for (const [typed, id] of Object.entries(expected)) expect(entityIdsForAlias(typed), typed).toEqual([id]);
    expect(entityIdsForAlias('the Chancellor')).toEqual([]);
  });

  it('has the roles the article gives, as Role rows', () => {
    const role = (personId: string, title: string) => bundle.roles.find((r) => r.personId === personId && r.title === title);
    expect(role('per_jo-white', 'MP')).toMatchObject({ placeId: 'plc_bassetlaw', current: true });
    expect(role('per_jo-white', 'convenor')).toMatchObject({ organisationId: 'org_red-wall-group', current: true });
    expect(role('per_jonathan-ashworth', 'chief executive')).toMatchObject({ organisationId: 'org_labour-together', current: true });
    expect(role('per_jonathan-ashworth', 'MP')?.current).toBe(false);
    expect(role('per_jonathan-ashworth', 'shadow minister')?.current).toBe(false);
    expect(role('per_rachel-reeves', 'Chancellor of the Exchequer')?.current).toBe(true);
    expect(role('per_steve-reed', 'Environment Secretary')?.current).toBe(true);
    expect(role('per_margaret-thatcher', 'Prime Minister')?.current).toBe(false);
    expect(role('per_keir-starmer', 'leader')?.organisationId).toBe('org_labour-party');
    expect(role('per_nigel-farage', 'leader')?.organisationId).toBe('org_reform-uk');
  });

  it('types organisations and places by kind', () => {
    const kinds = (type: string) => new Set(bundle.entities.filter((e) => e.type === type).map((e) => e.subtype));
    for (const k of ['party', 'government', 'think_tank', 'pollster', 'outlet', 'programme', 'group']) expect(kinds('Organisation')).toContain(k);
    for (const k of ['constituency', 'region', 'city']) expect(kinds('Place')).toContain(k);
    const topics = bundle.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
    expect(topics).toEqual(expect.arrayContaining(['Immigration', 'ID cards', 'NHS', 'Clean energy']));
  });

  it('mentions every person and the parties by name, each mention a name the article uses', () => {
    for (const e of bundle.entities.filter((x) => x.type === 'Person')) {
      expect(bundle.mentions.some((m) => m.entityId === e.id), e.id).toBe(true);
    }
    const farage = bundle.mentions.filter((m) => m.entityId === 'per_nigel-farage').map((m) => m.text);
    expect(farage).toEqual(['Nigel Farage', 'Nigel Farage', 'Farage']);
    // "Labour" inside "Labour Together" is the think tank, not the party.
    const together = bundle.mentions.filter((m) => m.entityId === 'org_labour-together');
    for (const t of together) {
      expect(bundle.mentions.some((m) => m.entityId === 'org_labour-party' && m.start === t.start)).toBe(false);
    }
  });

  it('records the poll, the election results and the requested meeting as facts', () => {
    const kinds = bundle.facts.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['opinion_poll', 'election_result', 'meeting_request']));
    const seats = bundle.facts.find((f) => f.properties?.seatsWon !== undefined);
    expect(text.slice(seats?.span.start, seats?.span.end)).toContain('five seats');
    expect(seats?.properties?.seatsWon).toBe(5);
  });
});
