import { describe, expect, it } from 'vitest';
import { linkWithIndex, MemoryEntityIndex } from '../../src/link/index.js';
import type { Candidate } from '../../src/link/types.js';
import { article, candidate, entity, meta, quote, role, spanOf } from './fixtures.js';

const labour = candidate('org_labour', 'Labour Party', { aliases: ['Labour'], subtype: 'party' });
const tories = candidate('org_conservatives', 'Conservative Party', { aliases: ['Conservatives', 'Tories'], subtype: 'party' });
const farage = candidate('per_nigel-farage', 'Nigel Farage', { aliases: ['Farage'], articleCount: 3 });
const starmer = candidate('per_keir-starmer', 'Sir Keir Starmer', { aliases: ['Sir Keir', 'Keir Starmer', 'Starmer'], memberOf: ['org_labour'] });
const reeves = candidate('per_rachel-reeves', 'Rachel Reeves', {
  aliases: ['Reeves'],
  roles: [role('Chancellor of the Exchequer', { current: true, startDate: '2024-07-05' })],
});
const gordon = candidate('per_gordon-brown', 'Gordon Brown', {
  aliases: ['Mr Brown'],
  memberOf: ['org_labour'],
  roles: [role('Chancellor')],
  coMentioned: ['per_tony-blair'],
  articleCount: 40,
});
const sophie = candidate('per_sophie-brown', 'Sophie Brown', { aliases: ['Ms Brown'], memberOf: ['org_conservatives'], articleCount: 2 });
const blair = candidate('per_tony-blair', 'Tony Blair', { aliases: ['Mr Blair'], memberOf: ['org_labour'], articleCount: 60 });
const redWall = candidate('org_red-wall-group', 'Red Wall group', { aliases: ['Red Wall caucus'], subtype: 'group' });
const bbc = candidate('org_bbc', 'BBC', { aliases: ['the BBC', 'BBC News'], subtype: 'outlet' });
const immigration = candidate('top_immigration', 'Immigration', { aliases: ['immigration policy'] });

const graph: Candidate[] = [labour, tories, farage, starmer, reeves, gordon, sophie, blair, redWall, bbc, immigration];
const index = new MemoryEntityIndex(graph);

describe('linkArticle', () => {
  it('links a later surname mention to the full name given earlier in the article', async () => {
    const text = 'Budget row\nJane Doughty, the new adviser, spoke first. Later Ms Doughty said: "It is fine."';
    const ex = article(
      [entity(text, 'Jane Doughty', 'person', ['Jane Doughty']), entity(text, 'Ms Doughty', 'person', ['Ms Doughty'])],
      [quote(text, 'It is fine.', 1)],
    );
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['per_jane-doughty']);
    expect(bundle.quotes[0]?.speakerId).toBe('per_jane-doughty');
    expect(bundle.mentions.filter((m) => m.entityId === 'per_jane-doughty')).toHaveLength(2);
  });

  it('links title + surname and title + first name to the graph, creating nothing', async () => {
    const text = 'Row\nMr Farage attacked Sir Keir over migration, saying "Labour has failed on immigration."';
    const ex = article(
      [entity(text, 'Mr Farage', 'person', ['Mr Farage']), entity(text, 'Sir Keir', 'person', ['Sir Keir']), entity(text, 'Labour', 'organisation', ['Labour'])],
      [quote(text, 'Labour has failed on immigration.', 0, { kind: 'direct' })],
    );
    const { bundle, stats } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities).toEqual([]);
    expect(bundle.quotes[0]?.speakerId).toBe('per_nigel-farage');
    expect(bundle.quotes[0]?.speakerScore).toBeGreaterThan(0);
    expect(bundle.quotes[0]?.aboutIds).toEqual(['org_labour']);
    expect(bundle.quotes[0]?.topicIds).toEqual(['top_immigration']);
    expect(new Set(bundle.mentions.map((m) => m.entityId))).toEqual(new Set(['per_nigel-farage', 'per_keir-starmer', 'org_labour']));
    expect(stats.entitiesCreated).toBe(0);
  });

  it('adds new name forms of a confidently linked person without touching its name', async () => {
    const text = 'Row\nTony Blair spoke. Later Mr Blair said: "We will win."';
    const ex = article([entity(text, 'Tony Blair', 'person', ['Tony Blair', 'Blair'], { aliases: ['Blair'] })], [quote(text, 'We will win.', 0)]);
    const { bundle, stats } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities).toEqual([{ id: 'per_tony-blair', type: 'Person', name: 'Tony Blair', aliases: ['Mr Blair', 'Blair'], subtype: null }]);
    expect(stats.entitiesCreated).toBe(0);
  });

  it('renames a person the graph knows only by honorific and surname when an article gives the full name', async () => {
    const kilroy = candidate('per_kilroy-silk', 'Mr Kilroy Silk', { aliases: ['Kilroy Silk'], articleCount: 4 });
    const own = new MemoryEntityIndex([...graph, kilroy]);
    const text = 'Row\nRobert Kilroy Silk launched a party. Mr Kilroy Silk said: "We will win."';
    const ex = article([entity(text, 'Robert Kilroy Silk', 'person', ['Robert Kilroy Silk', 'Mr Kilroy Silk'], { aliases: ['Mr Kilroy Silk'] })], [quote(text, 'We will win.', 0)]);
    const { bundle, stats } = await linkWithIndex(ex, meta(text), own);
    expect(bundle.quotes[0]?.speakerId).toBe('per_kilroy-silk');
    expect(bundle.entities.find((e) => e.id === 'per_kilroy-silk')?.name).toBe('Robert Kilroy Silk');
    expect(stats.entitiesCreated).toBe(0);
    // A stored name with a given name already is left as it is.
    const other = 'Row\nAnthony Charles Lynton Blair spoke. Mr Blair said: "We will win."';
    const again = await linkWithIndex(article([entity(other, 'Anthony Charles Lynton Blair', 'person', ['Anthony Charles Lynton Blair', 'Mr Blair'])], [quote(other, 'We will win.', 0)]), meta(other), own);
    expect(again.bundle.entities.filter((e) => e.id === 'per_tony-blair').map((e) => e.name)).not.toContain('Anthony Charles Lynton Blair');
  });

  it('makes no person of a name headed by an organisation word', async () => {
    const text = 'Row\nDavid Watch spoke. Then Migration Watch said: "Numbers are rising."';
    const ex = article([entity(text, 'Migration Watch', 'person', ['Migration Watch'])], [quote(text, 'Numbers are rising.', 0)]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('makes no person of a name ending in a party, faith or people', async () => {
    for (const name of ['Roman Catholics', 'Blair Labour', 'Texan Americans']) {
      const text = `Row\nThe ${name} said: "Numbers are rising."`;
      const ex = article([entity(text, name, 'person', [name])], [quote(text, 'Numbers are rising.', 0)]);
      const { bundle } = await linkWithIndex(ex, meta(text), index);
      expect(bundle.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([]);
    }
    // A surname that is also a people's singular stays a name.
    const text = 'Row\nDawn French said: "It is fine."';
    const ex = article([entity(text, 'Dawn French', 'person', ['Dawn French'])], [quote(text, 'It is fine.', 0)]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Dawn French']);
  });

  it('attributes a pronoun speaker to the entity its cluster resolves to', async () => {
    const text = 'Row\nTony Blair spoke in Sedgefield. He said: "We will win."';
    const ex = article([entity(text, 'Tony Blair', 'person', ['Tony Blair', 'He'])], [quote(text, 'We will win.', 0, { source: spanOf(text, 'He') })]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.quotes[0]?.speakerId).toBe('per_tony-blair');
    expect(bundle.quotes[0]?.source?.text).toBe('He');
    const pronoun = bundle.mentions.find((m) => m.text === 'He');
    expect(pronoun?.entityId).toBe('per_tony-blair');
  });

  it('resolves a bare role to its holder at the article date, and not outside it', async () => {
    const text = 'Budget\nThe Chancellor said: "Growth is our mission."';
    const ex = article([entity(text, 'The Chancellor', 'person', ['The Chancellor'])], [quote(text, 'Growth is our mission.', 0)]);
    const now = await linkWithIndex(ex, meta(text, '2025-03-01'), index);
    expect(now.bundle.quotes[0]?.speakerId).toBe('per_rachel-reeves');
    const past = await linkWithIndex(ex, meta(text, '2005-03-01'), index);
    expect(past.bundle.quotes[0]?.speakerId).toBeNull();
    const undated = await linkWithIndex(ex, meta(text, null), index);
    expect(undated.bundle.quotes[0]?.speakerId).toBeNull();
    expect(past.bundle.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('prefers an in-article holder of the role over the graph', async () => {
    const text = 'Budget\nChancellor Gordon Brown spoke. The Chancellor said: "Prudence."';
    const ex = article(
      [entity(text, 'Gordon Brown', 'person', ['Gordon Brown'], { roles: ['Chancellor'] }), entity(text, 'The Chancellor', 'person', ['The Chancellor'])],
      [quote(text, 'Prudence.', 1)],
    );
    const { bundle } = await linkWithIndex(ex, meta(text, '2025-03-01'), index);
    expect(bundle.quotes[0]?.speakerId).toBe('per_gordon-brown');
  });

  it('tells two Browns apart by context', async () => {
    const tory = 'Row\nTory spokeswoman Ms Brown said: "Labour wastes money."';
    const a = article([entity(tory, 'Ms Brown', 'person', ['Ms Brown'], { roles: ['Tory spokeswoman'] })], [quote(tory, 'Labour wastes money.', 0)]);
    expect((await linkWithIndex(a, meta(tory), index)).bundle.quotes[0]?.speakerId).toBe('per_sophie-brown');

    const chancellor = 'Row\nMr Blair backed his Chancellor. Mr Brown said: "Prudence."';
    const b = article(
      [entity(chancellor, 'Mr Blair', 'person', ['Mr Blair']), entity(chancellor, 'Mr Brown', 'person', ['Mr Brown'], { roles: ['Chancellor'] })],
      [quote(chancellor, 'Prudence.', 1)],
    );
    const linked = await linkWithIndex(b, meta(chancellor), index);
    expect(linked.bundle.quotes[0]?.speakerId).toBe('per_gordon-brown');
    expect(linked.bundle.entities).toEqual([]);
  });

  it('creates a new person with aliases for an unknown name, with a deterministic id', async () => {
    const text = 'Row\nLabour MP Jo Bloggs said: "Not good enough." Ms Bloggs added more.';
    const ex = article([entity(text, 'Jo Bloggs', 'person', ['Jo Bloggs', 'Ms Bloggs'], { aliases: ['Ms Bloggs'], roles: ['Labour MP'] })], [quote(text, 'Not good enough.', 0)]);
    const first = await linkWithIndex(ex, meta(text), index);
    const second = await linkWithIndex(ex, meta(text), index);
    expect(first.bundle).toEqual(second.bundle);
    const person = first.bundle.entities.find((e) => e.type === 'Person');
    expect(person).toMatchObject({ id: 'per_jo-bloggs', name: 'Jo Bloggs' });
    expect(person?.aliases).toContain('Ms Bloggs');
    expect(first.bundle.memberships).toContainEqual({ memberId: 'per_jo-bloggs', organisationId: 'org_labour' });
    expect(first.bundle.roles).toEqual([expect.objectContaining({ personId: 'per_jo-bloggs', title: 'MP', organisationId: 'org_labour' })]);
    expect(first.stats.entitiesCreated).toBe(1);
  });

  it('leaves an unknown bare surname unlinked instead of inventing a person', async () => {
    const text = 'Row\nMr Zebedee said: "No comment."';
    const ex = article([entity(text, 'Mr Zebedee', 'person', ['Mr Zebedee'])], [quote(text, 'No comment.', 0)]);
    const { bundle, stats } = await linkWithIndex(ex, meta(text), index);
    expect(bundle.entities).toEqual([]);
    expect(bundle.quotes[0]?.speakerId).toBeNull();
    expect(stats.entitiesUnlinked).toBe(1);
  });

  it('gives a same-named person of another party a separate, suffixed node', async () => {
    const text = 'Row\nConservative councillor Gordon Brown of Kent said: "Potholes."';
    const ex = article([entity(text, 'Gordon Brown', 'person', ['Gordon Brown'], { roles: ['Conservative councillor'] })], [quote(text, 'Potholes.', 0)]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    const person = bundle.entities.find((e) => e.type === 'Person');
    expect(person?.id).toMatch(/^per_gordon-brown--[0-9a-f]{6}$/);
    expect(bundle.quotes[0]?.speakerId).toBe(person?.id);
  });

  it('ties an unnamed source to the organisation it names and the channel to the outlet', async () => {
    const text = 'Row\nOne Red Wall MP told the BBC that "growth has focused on the south".';
    const ex = article(
      [entity(text, 'One Red Wall MP', 'anonymous', ['One Red Wall MP'])],
      [quote(text, 'growth has focused on the south', 0, { speakerType: 'anonymous', speaker: 'One Red Wall MP', channel: spanOf(text, 'the BBC') })],
    );
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    const source = bundle.entities.find((e) => e.type === 'UnnamedSource');
    expect(source?.id).toMatch(/^src_[0-9a-f]{16}-red-wall-mp$/);
    expect(bundle.quotes[0]?.speakerId).toBe(source?.id);
    expect(bundle.memberships).toContainEqual({ memberId: source?.id, organisationId: 'org_red-wall-group' });
    expect(bundle.quotes[0]?.channel?.organisationId).toBe('org_bbc');
  });

  it('creates a programme channel the graph does not know', async () => {
    const text = 'Row\nMs Hewitt told GMTV\'s Sunday programme that "pay will rise".';
    const ex = article([entity(text, 'Ms Hewitt', 'person', ['Ms Hewitt'])], [quote(text, 'pay will rise', 0, { channel: spanOf(text, "GMTV's Sunday programme") })]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    const channel = bundle.entities.find((e) => e.id === bundle.quotes[0]?.channel?.organisationId);
    expect(channel).toMatchObject({ type: 'Organisation', name: "GMTV's Sunday programme", subtype: 'programme' });
  });

  it('links a "person" cluster the graph knows as a place to the place, giving it no role', async () => {
    const text = 'Row\nPrime Minister United Kingdom was named by the extractor.';
    const ex = article([entity(text, 'United Kingdom', 'person', ['United Kingdom'], { roles: ['Prime Minister'] })]);
    const uk = candidate('plc_united-kingdom', 'United Kingdom', { aliases: ['UK', 'Britain'] });
    const { bundle } = await linkWithIndex(ex, meta(text), new MemoryEntityIndex([...graph, uk]));
    expect(bundle.mentions.map((m) => m.entityId)).toEqual(['plc_united-kingdom']);
    expect(bundle.roles).toEqual([]);
    expect(bundle.entities).toEqual([]);
  });

  it('never makes a place the speaker of a quote', async () => {
    const text = 'Row\nEast Midlands said: "We want more."';
    const ex = article([entity(text, 'East Midlands', 'person', ['East Midlands'])], [quote(text, 'We want more.', 0)]);
    const region = candidate('plc_east-midlands', 'East Midlands');
    const { bundle } = await linkWithIndex(ex, meta(text), new MemoryEntityIndex([...graph, region]));
    expect(bundle.mentions.map((m) => m.entityId)).toEqual(['plc_east-midlands']);
    expect(bundle.quotes[0]?.speakerId).toBeNull();
  });

  it('links a peer\'s territorial title to the person of that surname', async () => {
    const text = 'Row\nLord Kinnock of Bedwellty said: "Reform the Lords."';
    const ex = article([entity(text, 'Lord Kinnock of Bedwellty', 'person', ['Lord Kinnock of Bedwellty'])], [quote(text, 'Reform the Lords.', 0)]);
    const kinnock = candidate('per_neil-kinnock', 'Neil Kinnock', { aliases: ['Mr Kinnock'] });
    const { bundle } = await linkWithIndex(ex, meta(text), new MemoryEntityIndex([...graph, kinnock]));
    expect(bundle.quotes[0]?.speakerId).toBe('per_neil-kinnock');
    expect(bundle.entities).toEqual([]);
  });

  it('links a person by the name the article gives, not by a peerage title among its aliases', async () => {
    const text = 'Row\nNeil Hartigan, now Baron Hartigan of Penrose, said: "Reform the Lords."';
    const ex = article(
      [entity(text, 'Neil Hartigan', 'person', ['Neil Hartigan'], { aliases: ['Baron Hartigan of Penrose', 'Hartigan of Penrose'] })],
      [quote(text, 'Reform the Lords.', 0)],
    );
    const neil = candidate('per_neil-hartigan', 'Neil Hartigan', { aliases: ['Mr Hartigan'] });
    const peer = candidate('per_hartigan-of-penrose', 'Lord Hartigan of Penrose', { aliases: ['Baron Hartigan of Penrose'] });
    const { bundle } = await linkWithIndex(ex, meta(text), new MemoryEntityIndex([...graph, peer, neil]));
    expect(bundle.quotes[0]?.speakerId).toBe('per_neil-hartigan');
  });

  it('creates the lexicon topics the graph lacks, so every topic id it uses exists', async () => {
    const text = 'Row\nMs Kelly said: "Schools and pensions matter more than defence."';
    const ex = article([entity(text, 'Ms Kelly', 'person', ['Ms Kelly'])], [quote(text, 'Schools and pensions matter more than defence.', 0)]);
    const { bundle } = await linkWithIndex(ex, meta(text), index);
    const topicIds = bundle.quotes[0]?.topicIds ?? [];
    expect(topicIds).toEqual(['top_defence', 'top_education', 'top_pensions']);
    for (const id of topicIds) expect(bundle.entities.find((e) => e.id === id)?.type).toBe('Topic');
  });

  it('relinks an article already in the graph to the nodes it created, not new ones', async () => {
    const text = 'Row\nLabour MP Jo Bloggs said: "Not good enough."';
    const ex = article([entity(text, 'Jo Bloggs', 'person', ['Jo Bloggs'], { roles: ['Labour MP'] })], [quote(text, 'Not good enough.', 0)]);
    const again = new MemoryEntityIndex([...graph, candidate('per_jo-bloggs', 'Jo Bloggs', { inArticle: true, memberOf: ['org_labour'] })]);
    const { bundle } = await linkWithIndex(ex, meta(text), again);
    expect(bundle.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(bundle.quotes[0]?.speakerId).toBe('per_jo-bloggs');
  });
});
