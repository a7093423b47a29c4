// Runs every query in docs/queries.cypher against the seeded graph and checks each answer
// against what the seed file says, computed here independently of Cypher.
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphBundle, QuoteRow } from '../../src/model/bundle.js';
import { aliasKey } from '../../src/model/names.js';
import { readQueryFile, type NamedQuery } from '../../src/seed/queryFile.js';
import { defaultSeedFiles, seedGraph } from '../../src/seed/seedGraph.js';
import { loadSeedFile } from '../../src/seed/validate.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';

type Row = Record<string, unknown>;
let bundle: GraphBundle;
let queries: NamedQuery[];

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

async function run(name: string): Promise<{ rows: Row[]; params: Record<string, unknown> }> {
  const query = queries.find((q) => q.name === name);
  if (!query) throw new Error(`no query ${name} in docs/queries.cypher`);
  const res = await testDriver().executeQuery(query.cypher, query.params, { routing: 'READ' });
  return { rows: res.records.map((r) => plain(r.toObject()) as Row), params: query.params };
}

const name = (id: string | null | undefined) => bundle.entities.find((e) => e.id === id)?.name;
const byKey = (key: unknown) => bundle.entities.filter((e) => [e.name, ...e.aliases].some((n) => aliasKey(n) === key));
const countBy = <T,>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};
const spoken = () => bundle.quotes.filter((q): q is QuoteRow & { speakerId: string } => q.speakerId !== null);

beforeAll(async () => {
  await resetDatabase();
  await seedGraph(testDriver());
  const [file] = await defaultSeedFiles();
  bundle = await loadSeedFile(file!);
  queries = await readQueryFile();
});

// One check per query; a query without a check fails the suite.
const checks: Record<string, () => Promise<void>> = {
  'who-said-what-about-whom': async () => {
    const { rows } = await run('who-said-what-about-whom');
    const quotes = spoken().sort((a, b) => a.content.start - b.content.start);
    expect(rows.map((r) => r.text)).toEqual(quotes.map((q) => q.content.text));
    rows.forEach((r, i) => {
      expect(r.speaker).toBe(name(quotes[i]!.speakerId));
      expect(r.kind).toBe(quotes[i]!.kind);
      expect(new Set(r.about as string[])).toEqual(new Set(quotes[i]!.aboutIds.map(name)));
    });
  },
  'who-talks-about-an-entity': async () => {
    const { rows, params } = await run('who-talks-about-an-entity');
    const targets = byKey(params.key);
    expect(targets.map((t) => t.id)).toEqual(['org_reform-uk']);
    const expected = countBy(spoken().filter((q) => q.aboutIds.includes(targets[0]!.id)), (q) => name(q.speakerId)!);
    expect(new Map(rows.map((r) => [r.speaker as string, r.quotes as number]))).toEqual(expected);
    expect(expected.size).toBeGreaterThanOrEqual(4);
  },
  'roles-of-a-person': async () => {
    const { rows, params } = await run('roles-of-a-person');
    const [person] = byKey(params.key);
    const roles = bundle.roles.filter((r) => r.personId === person?.id);
    expect(roles.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => [r.title, r.organisation, r.place ?? null, r.current]).sort()).toEqual(
      roles.map((r) => [r.title, name(r.organisationId) ?? null, name(r.placeId) ?? null, r.current]).sort(),
    );
    expect(rows[0]?.current).toBe(true);
  },
  'quotes-through-a-channel': async () => {
    const { rows } = await run('quotes-through-a-channel');
    const viaChannel = bundle.quotes.filter((q) => q.channel);
    expect(rows).toHaveLength(viaChannel.length);
    for (const q of viaChannel) {
      expect(rows).toContainEqual(expect.objectContaining({ channel: name(q.channel!.organisationId), phrase: q.channel!.phrase.text, text: q.content.text }));
    }
    expect(new Set(rows.map((r) => r.channelKind))).toEqual(new Set(['outlet', 'programme']));
  },
  'topics-that-occur-together': async () => {
    const { rows } = await run('topics-that-occur-together');
    const pairs = new Map<string, number>();
    for (const q of bundle.quotes) {
      const ids = [...new Set(q.topicIds)].sort();
      for (let i = 0; i < ids.length; i += 1)
        for (let j = i + 1; j < ids.length; j += 1) {
          const key = [name(ids[i]), name(ids[j])].join(' + ');
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
    }
    const got = new Map(rows.map((r) => [[r.topic1, r.topic2].join(' + '), r.quotes as number]));
    // topic pairs are ordered by id in the query; compare unordered
    const norm = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k.split(' + ').sort().join(' + '), v]));
    expect(norm(got)).toEqual(norm(pairs));
    const counts = rows.map((r) => r.quotes as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  },
  'path-between-two-people': async () => {
    const { rows, params } = await run('path-between-two-people');
    const [from] = byKey(params.fromKey);
    const [to] = byKey(params.toKey);
    // Breadth-first search over the same relationships, built from the seed file.
    const edges: [string, string][] = [
      ...bundle.memberships.map((m) => [m.memberId, m.organisationId] as [string, string]),
      ...bundle.roles.flatMap((r) => [[r.personId, r.id], ...(r.organisationId ? [[r.id, r.organisationId]] : []), ...(r.placeId ? [[r.id, r.placeId]] : [])] as [string, string][]),
      ...bundle.quotes.flatMap((q) => [...(q.speakerId ? [[q.id, q.speakerId]] : []), ...q.aboutIds.map((a) => [q.id, a])] as [string, string][]),
    ];
    const dist = new Map([[from!.id, 0]]);
    const queue = [from!.id];
    while (queue.length) {
      const at = queue.shift()!;
      for (const [a, b] of edges) {
        const next = a === at ? b : b === at ? a : null;
        if (next !== null && !dist.has(next)) {
          dist.set(next, dist.get(at)! + 1);
          queue.push(next);
        }
      }
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hops).toBe(dist.get(to!.id));
    const steps = rows[0]?.steps as string[];
    expect(steps[0]).toBe(from!.name);
    expect(steps.at(-1)).toBe(to!.name);
  },
  'members-of-an-organisation': async () => {
    const { rows, params } = await run('members-of-an-organisation');
    const [org] = byKey(params.key);
    const members = new Set([
      ...bundle.memberships.filter((m) => m.organisationId === org?.id).map((m) => name(m.memberId)),
      ...bundle.roles.filter((r) => r.organisationId === org?.id).map((r) => name(r.personId)),
    ]);
    expect(new Set(rows.map((r) => r.member))).toEqual(members);
    expect(rows.some((r) => r.memberType === 'UnnamedSource')).toBe(true);
  },
  'unnamed-sources': async () => {
    const { rows } = await run('unnamed-sources');
    const sources = bundle.entities.filter((e) => e.type === 'UnnamedSource' && bundle.quotes.some((q) => q.speakerId === e.id));
    expect(rows.map((r) => r.source).sort()).toEqual(sources.map((s) => s.name).sort());
    for (const s of sources) {
      const row = rows.find((r) => r.source === s.name);
      expect(row?.quotes).toBe(bundle.quotes.filter((q) => q.speakerId === s.id).length);
      expect(new Set(row?.groups as string[])).toEqual(new Set(bundle.memberships.filter((m) => m.memberId === s.id).map((m) => name(m.organisationId))));
    }
  },
  'most-quoted-speakers': async () => {
    const { rows } = await run('most-quoted-speakers');
    const counts = countBy(spoken(), (q) => name(q.speakerId)!);
    expect(new Map(rows.map((r) => [r.speaker as string, r.quotes as number]))).toEqual(counts);
    for (const r of rows) expect((r.direct as number) + (r.indirect as number) + (r.mixed as number)).toBe(r.quotes);
    const top = Math.max(...counts.values());
    expect(rows[0]?.quotes).toBe(top);
  },
  'quotes-on-a-topic': async () => {
    const { rows, params } = await run('quotes-on-a-topic');
    const topic = bundle.entities.find((e) => e.type === 'Topic' && e.name === params.topic);
    const expected = spoken().filter((q) => q.topicIds.includes(topic!.id)).sort((a, b) => a.content.start - b.content.start);
    expect(expected.length).toBeGreaterThan(1);
    expect(rows.map((r) => [r.speaker, r.text])).toEqual(expected.map((q) => [name(q.speakerId), q.content.text]));
  },
  'mentions-of-an-entity': async () => {
    const { rows, params } = await run('mentions-of-an-entity');
    const [entity] = byKey(params.key);
    const expected = bundle.mentions.filter((m) => m.entityId === entity?.id).sort((a, b) => a.start - b.start);
    expect(rows.map((r) => [r.start, r.end, r.text])).toEqual(expected.map((m) => [m.start, m.end, m.text]));
    for (const r of rows) expect(bundle.articles[0]!.text.slice(r.start as number, r.end as number)).toBe(r.text);
  },
  'search-quote-text': async () => {
    const { rows, params } = await run('search-quote-text');
    const word = String(params.search).toLowerCase();
    const expected = bundle.quotes.filter((q) => new RegExp(`\\b${word}\\b`, 'i').test(q.content.text)).map((q) => q.content.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.text).sort()).toEqual(expected.sort());
  },
  'facts-about-an-entity': async () => {
    const { rows, params } = await run('facts-about-an-entity');
    const [entity] = byKey(params.key);
    const facts = bundle.facts.flatMap((f) => f.involves.filter((i) => i.entityId === entity?.id).map((i) => [f.kind, i.role, f.span.text]));
    expect(rows.map((r) => [r.kind, r.role, r.text]).sort()).toEqual(facts.sort());
    const seats = rows.find((r) => (r.properties as Row).seatsWon !== undefined);
    expect((seats?.properties as Row).seatsWon).toBe(5);
  },
  'party-of-speaker-vs-target': async () => {
    const { rows } = await run('party-of-speaker-vs-target');
    const parties = new Set(bundle.entities.filter((e) => e.subtype === 'party').map((e) => e.id));
    const expected = new Map<string, Set<string>>();
    for (const q of spoken()) {
      for (const m of bundle.memberships.filter((x) => x.memberId === q.speakerId && parties.has(x.organisationId))) {
        for (const a of q.aboutIds) {
          const key = `${name(m.organisationId)} -> ${name(a)}`;
          expected.set(key, (expected.get(key) ?? new Set()).add(q.id));
        }
      }
    }
    expect(new Map(rows.map((r) => [`${String(r.speakerParty)} -> ${String(r.about)}`, r.quotes]))).toEqual(
      new Map([...expected].map(([k, v]) => [k, v.size])),
    );
  },
};

describe('docs/queries.cypher on the seeded graph', () => {
  it('has at least 10 named, commented queries, each with a check here', async () => {
    const all = await readQueryFile();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const q of all) {
      expect(q.description.length, q.name).toBeGreaterThan(10);
      expect(Object.keys(checks), q.name).toContain(q.name);
    }
  });
  for (const [queryName, check] of Object.entries(checks)) {
    it(queryName, check);
  }
});
