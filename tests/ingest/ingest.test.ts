import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMeta } from '../../src/ingest/articleInput.js';
import { ingestArticle } from '../../src/ingest/ingestArticle.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { resetDatabase, testConnection, testDriver } from '../support/neo4j.js';

const FARAGE = [
  'Farage accuses Starmer over migration',
  'Mr Farage said the government had lost control of the borders.',
  '"Sir Keir has failed the country," Mr Farage told the BBC.',
  'Sir Keir said: "We are fixing the mess we inherited."',
  '',
].join('\n');

const NEW_PEOPLE = [
  'Councils warn over housing',
  'Labour MP Jo Bloggs said councils could not build the homes that were needed.',
  '"We need the money now," Ms Bloggs told the BBC.',
  'Conservative spokesman Ivor Pennington said the plans were "a fantasy".',
  'Mr Pennington added that the party would vote against them.',
  '',
].join('\n');

async function graphCounts(): Promise<Record<string, number>> {
  const driver = testDriver();
  const labels = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS v', {}, { routing: 'READ' });
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS v', {}, { routing: 'READ' });
  const out: Record<string, number> = {};
  for (const r of [...labels.records, ...rels.records]) out[r.get('k') as string] = Number(r.get('v'));
  return out;
}

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const res = await testDriver().executeQuery(cypher, params, { routing: 'READ' });
  return res.records.map((r) => r.toObject());
}

describe('ingest', () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedGraph(testDriver());
  });

  it('links "Mr Farage" and "Sir Keir" in a new article to the seed nodes, duplicating no one', async () => {
    const before = await graphCounts();
    const result = await ingestArticle(testDriver(), { text: FARAGE, publishedAt: '2025-06-01' });
    expect(result.status).toBe('ingested');
    expect(result.articleId).toBe(articleMeta({ text: FARAGE }).id);

    const after = await graphCounts();
    expect(after.Person).toBe(before.Person);
    const said = await rows(
      'MATCH (q:Quote)-[s:SAID_BY]->(p) WHERE (q)-[:IN_ARTICLE]->(:Article {id: $id}) RETURN q.text AS text, p.id AS speaker, s.score AS score',
      { id: result.articleId },
    );
    const speakerOf = (fragment: string) => said.find((r) => String(r.text).includes(fragment));
    expect(speakerOf('Sir Keir has failed')?.speaker).toBe('per_nigel-farage');
    expect(speakerOf('fixing the mess')?.speaker).toBe('per_keir-starmer');
    for (const r of said) expect(Number(r.score)).toBeGreaterThan(0);
    const mentioned = await rows('MATCH (:Article {id: $id})-[:MENTIONS]->(e) RETURN DISTINCT e.id AS id', { id: result.articleId });
    expect(mentioned.map((r) => r.id)).toEqual(expect.arrayContaining(['per_nigel-farage', 'per_keir-starmer']));
    const farages = await rows("MATCH (p:Person) WHERE toLower(p.name) CONTAINS 'farage' RETURN p.id AS id");
    expect(farages).toEqual([{ id: 'per_nigel-farage' }]);
  });

  it('ingesting the same text again changes nothing; re-linking it converges on the same nodes', async () => {
    const first = await ingestArticle(testDriver(), { text: NEW_PEOPLE });
    expect(first.status).toBe('ingested');
    expect(first.stats.entitiesCreated).toBeGreaterThan(0);
    const once = await graphCounts();

    const again = await ingestArticle(testDriver(), { text: `\uFEFF${NEW_PEOPLE.replace(/\n/g, '\r\n')}` });
    expect(again).toMatchObject({ status: 'unchanged', articleId: first.articleId });
    expect(await graphCounts()).toEqual(once);

    const relinked = await ingestArticle(testDriver(), { text: NEW_PEOPLE }, { relink: true });
    expect(relinked.status).toBe('ingested');
    expect(relinked.stats.entitiesCreated).toBe(0);
    expect(await graphCounts()).toEqual(once);
  });

  it('two concurrent ingests of one new article converge on the same nodes', async () => {
    const text = NEW_PEOPLE.replace('Councils warn over housing', 'Councils warn again over housing').replace('Ivor Pennington', 'Ivor Penhaligon').replace('Mr Pennington', 'Mr Penhaligon');
    const before = await graphCounts();
    const results = await Promise.all([ingestArticle(testDriver(), { text }), ingestArticle(testDriver(), { text }, { relink: true })]);
    expect(results[0].articleId).toBe(results[1].articleId);
    const after = await graphCounts();
    expect(after.Article).toBe(before.Article! + 1);
    const penhaligons = await rows("MATCH (p:Person) WHERE p.name CONTAINS 'Penhaligon' RETURN p.id AS id");
    expect(penhaligons).toEqual([{ id: 'per_ivor-penhaligon' }]);
    // Running it once more, alone, adds nothing: the concurrent pair left exactly one article's worth.
    await ingestArticle(testDriver(), { text }, { relink: true });
    expect(await graphCounts()).toEqual(after);
  });

  it('makes a Person for a new full name and not for a bare unknown surname', async () => {
    const people = await rows('MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person) RETURN DISTINCT p.id AS id', { id: articleMeta({ text: NEW_PEOPLE }).id });
    const ids = people.map((r) => String(r.id));
    expect(ids).toEqual(expect.arrayContaining(['per_jo-bloggs', 'per_ivor-pennington']));
    expect(ids.filter((id) => id.includes('bloggs'))).toEqual(['per_jo-bloggs']);
    expect(await rows("MATCH (p:Person) WHERE p.id IN ['per_bloggs', 'per_pennington'] RETURN p.id AS id")).toEqual([]);
  });
});

describe('npm run ingest with bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qg-ingest-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file, ingests the good one and exits 1', async () => {
    await resetDatabase();
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Budget row deepens\nMr Farage said the budget was "a disgrace".\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 politics\n', 'latin1'));
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(1_000_001));
    const files = ['good.txt', 'missing.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt'].map((f) => join(dir, f));
    const conn = testConnection();
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/ingest/cli.ts', ...files], {
      env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: no such file/);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    expect(run.stderr).toMatch(/binary\.txt: binary file/);
    expect(run.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(run.stderr).toMatch(/huge\.txt: 1000001 bytes, over the 1000000-byte limit/);
    expect(run.stdout).toMatch(/articles: 1 ingested, 0 already in the graph, 5 failed/);
    const articles = await rows('MATCH (a:Article) RETURN a.title AS title');
    expect(articles).toEqual([{ title: 'Budget row deepens' }]);
  });

  it('ingests every .txt file under a directory and the paths listed on standard input', async () => {
    await resetDatabase();
    mkdirSync(join(dir, 'archive', 'day2'), { recursive: true });
    writeFileSync(join(dir, 'archive', 'day1.txt'), 'Rates row\nMr Farage said the rise was "a scandal".\n');
    writeFileSync(join(dir, 'archive', 'day2', 'late.txt'), 'Schools pledge\nMs Rayner said teachers "deserve better".\n');
    writeFileSync(join(dir, 'archive', 'day2', 'readme.md'), 'not an article');
    const listed = join(dir, 'listed.txt');
    writeFileSync(listed, 'Fuel duty\nSir Keir said the duty would be "frozen".\n');
    const conn = testConnection();
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/ingest/cli.ts', join(dir, 'archive'), '--files-from', '-'], {
      env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password },
      input: `${listed}\n`,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles: 3 ingested, 0 already in the graph, 0 failed/);
    const titles = await rows('MATCH (a:Article) RETURN a.title AS title ORDER BY title');
    expect(titles).toEqual([{ title: 'Fuel duty' }, { title: 'Rates row' }, { title: 'Schools pledge' }]);
  });

  it('refuses a directory with no article files before connecting', () => {
    mkdirSync(join(dir, 'nothing-here'), { recursive: true });
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/ingest/cli.ts', join(dir, 'nothing-here')], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nothing-here: a directory with no \.txt files in it/);
  });

  it('explains bad arguments', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/ingest/cli.ts', '--title', 'T', 'a.txt', 'b.txt'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--title and --url describe one article/);
  });

  it('refuses a malformed --date before connecting', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/ingest/cli.ts', '--date', '5/6/2025', 'a.txt'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--date: publishedAt "5\/6\/2025" is not an ISO date/);
  });
});
