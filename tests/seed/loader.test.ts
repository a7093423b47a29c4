// The seed loader against a real Neo4j: counts derived from the seed files, idempotent
// re-runs, additive loading of another article, and bad input that writes nothing.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../src/model/bundle.js';
import { aliasKey } from '../../src/model/names.js';
import { graphCounts } from '../../src/seed/graphCounts.js';
import { defaultSeedFiles, isGraphEmpty, seedGraph } from '../../src/seed/seedGraph.js';
import { SeedValidationError, loadSeedFile } from '../../src/seed/validate.js';
import { resetDatabase, testConnection, testDriver } from '../support/neo4j.js';
import { graphFingerprint } from './fingerprint.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const SECOND = new URL('./fixtures/second-article.json', import.meta.url).pathname;
const db = () => testDriver();

let seedBundle: GraphBundle;
let tmp: string;

function aliasKeys(bundle: GraphBundle): Set<string> {
  return new Set(bundle.entities.flatMap((e) => [e.name, ...e.aliases].map(aliasKey)));
}

async function cli(args: string[]) {
  const env = { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_USER: testConnection().user, NEO4J_PASSWORD: testConnection().password };
  return run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/seed/cli.ts', ...args], { cwd: ROOT, env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(async () => {
  const files = await defaultSeedFiles();
  expect(files.length).toBeGreaterThan(0);
  seedBundle = await loadSeedFile(files[0]!);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-loader-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
});

describe('npm run seed', () => {
  it('loads the seed graph with counts that follow from the seed file', async () => {
    expect(await isGraphEmpty(db())).toBe(true);
    await seedGraph(db());
    expect(await isGraphEmpty(db())).toBe(false);
    const { nodes, relationships } = await graphCounts(db());
    const ofType = (t: string) => seedBundle.entities.filter((e) => e.type === t).length;
    expect(nodes).toMatchObject({
      Entity: seedBundle.entities.length,
      Person: ofType('Person'),
      Organisation: ofType('Organisation'),
      Place: ofType('Place'),
      Topic: ofType('Topic'),
      UnnamedSource: ofType('UnnamedSource'),
      Alias: aliasKeys(seedBundle).size,
      Article: 1,
      Quote: seedBundle.quotes.length,
      Role: seedBundle.roles.length,
      Fact: seedBundle.facts.length,
    });
    expect(relationships).toMatchObject({
      SAID_BY: seedBundle.quotes.filter((q) => q.speakerId).length,
      ABOUT: seedBundle.quotes.reduce((n, q) => n + new Set(q.aboutIds).size, 0),
      ON_TOPIC: seedBundle.quotes.reduce((n, q) => n + new Set(q.topicIds).size, 0),
      VIA: seedBundle.quotes.filter((q) => q.channel).length,
      IN_ARTICLE: seedBundle.quotes.length + seedBundle.facts.length,
      MENTIONS: seedBundle.mentions.length,
      HOLDS: seedBundle.roles.length,
      MEMBER_OF: seedBundle.memberships.length,
    });
  });

  it('changes nothing when run twice (node and relationship counts by label and type)', async () => {
    const first = await cli([]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/seeded 1 file\(s\)/);
    const once = await graphCounts(db());
    const content = await graphFingerprint(db());
    expect(content.length).toBe(Object.entries(once.nodes).filter(([l]) => l !== 'Entity').reduce((n, [, c]) => n + c, 0));
    const second = await cli([]);
    expect(second.code, second.stderr).toBe(0);
    expect(await graphCounts(db())).toEqual(once);
    // not just the counts: every property and edge is as it was
    expect(await graphFingerprint(db())).toEqual(content);
  });

  it('adds another article without wiping, linking the entities both share', async () => {
    await seedGraph(db());
    const before = await graphCounts(db());
    const second = await loadSeedFile(SECOND);
    await seedGraph(db(), [SECOND]);
    const after = await graphCounts(db());
    const newEntities = second.entities.filter((e) => !seedBundle.entities.some((s) => s.id === e.id)).length;
    expect(after.nodes.Article).toBe(2);
    expect(after.nodes.Entity).toBe(before.nodes.Entity! + newEntities);
    expect(after.nodes.Quote).toBe(before.nodes.Quote! + second.quotes.length);
    expect(after.relationships.MENTIONS).toBe(before.relationships.MENTIONS! + second.mentions.length);
    const farage = await db().executeQuery(
      `MATCH (:Alias {key: $key})-[:NAMES]->(p:Person)<-[:SAID_BY]-(:Quote)-[:IN_ARTICLE]->(a:Article)
       RETURN p.aliases AS aliases, count(DISTINCT a) AS articles`,
      { key: aliasKey('Nigel Paul Farage') },
    );
    expect(Number(farage.records[0]?.get('articles'))).toBe(2);
    expect(farage.records[0]?.get('aliases')).toEqual(expect.arrayContaining(['Farage', 'Mr Farage', 'Nigel Paul Farage']));
  });

  it('loads several files in one run, the same as loading them one by one', async () => {
    await seedGraph(db(), [...(await defaultSeedFiles()), SECOND]);
    const together = await graphCounts(db());
    await resetDatabase();
    await seedGraph(db());
    await seedGraph(db(), [SECOND]);
    expect(await graphCounts(db())).toEqual(together);
  });

  it('writes nothing when one of the files is bad, and says which file, record and field', async () => {
    const raw = JSON.parse(await readFile(SECOND, 'utf8')) as { quotes: { id: string; content: { end: number } }[] };
    raw.quotes[1]!.content.end += 3;
    const bad = path.join(tmp, 'bad.json');
    await writeFile(bad, JSON.stringify(raw));
    await copyFile(path.join(path.dirname(SECOND), 'second-article.txt'), path.join(tmp, 'second-article.txt'));
    await expect(seedGraph(db(), [...(await defaultSeedFiles()), bad])).rejects.toBeInstanceOf(SeedValidationError);
    expect(await isGraphEmpty(db())).toBe(true);

    const result = await cli([(await defaultSeedFiles())[0]!, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}: 1 problem(s), nothing written`);
    expect(result.stderr).toContain(`quotes[1] (${raw.quotes[1]!.id}).content: text`);
    expect(await isGraphEmpty(db())).toBe(true);
  });

  it('validates without a database with --check', async () => {
    const ok = await cli(['--check']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/1 file\(s\) valid: \d+ quotes/);
    expect(await isGraphEmpty(db())).toBe(true);
  });

  it('explains itself with --help and rejects unknown options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: npm run seed/);
    const unknown = await cli(['--wipe']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --wipe/);
  });
});
