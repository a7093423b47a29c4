// npm run link:eval -- [DIR] [--ingest] [--date D] [--sample N] [--seed S]
// The linking report for ../shared/eval/bbc-politics: optionally ingests every article of DIR
// (after the seed), then prints the Person count, one line per politician who must be a single
// node, every node sharing those surnames, and a random sample of persons with their aliases
// and article counts for a spot check.

import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { closeDriver, connect } from '../src/db/index.js';
import { ingestArticle } from '../src/ingest/ingestArticle.js';
import { readArticleFile } from '../src/ingest/articleInput.js';
import { createProgress } from '../src/ingest/progress.js';
import { applySchema } from '../src/write/index.js';

const HELP = `usage: npm run link:eval -- [DIR] [--ingest] [--date YYYY-MM-DD] [--sample N] [--seed S]

  DIR        articles (*.txt), default ../shared/eval/bbc-politics
  --ingest   ingest every article of DIR first (already ingested ones are skipped)
  --date     publication date given to every ingested article (default: none)
  --sample   persons in the random spot-check sample (default 30)
  --seed     seed of the sample's random order (default 1)
`;

const MUST_BE_ONE = ['Tony Blair', 'Gordon Brown', 'Michael Howard', 'Charles Kennedy', 'Margaret Thatcher', 'Nigel Farage'];

interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  articles: number;
}

/** mulberry32: a small seeded PRNG so the sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function persons(driver: Driver): Promise<PersonRow[]> {
  const res = await driver.executeQuery(
    `MATCH (p:Person)
     CALL (p) {
       MATCH (a:Article)-[:MENTIONS]->(p) RETURN a
       UNION
       MATCH (a:Article)<-[:IN_ARTICLE]-(:Quote)-[:SAID_BY]->(p) RETURN a
     }
     WITH p, count(DISTINCT a) AS articles
     RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, articles
     ORDER BY p.id`,
    {},
    { routing: 'READ' },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: r.get('aliases') as string[],
    articles: Number(r.get('articles')),
  }));
}

async function counts(driver: Driver): Promise<string> {
  const res = await driver.executeQuery(
    `CALL () { MATCH (n:Article) RETURN 'articles' AS k, count(n) AS v
       UNION ALL MATCH (n:Quote) RETURN 'quotes' AS k, count(n) AS v
       UNION ALL MATCH (:Quote)-[r:SAID_BY]->() RETURN 'SAID_BY' AS k, count(r) AS v
       UNION ALL MATCH (:Quote)-[r:SAID_BY]->(:Person) RETURN 'SAID_BY person' AS k, count(r) AS v
       UNION ALL MATCH (:Quote)-[r:SAID_BY]->(:UnnamedSource) RETURN 'SAID_BY unnamed' AS k, count(r) AS v
       UNION ALL MATCH (:Quote)-[r:ABOUT]->() RETURN 'ABOUT' AS k, count(r) AS v
       UNION ALL MATCH (:Quote)-[r:ON_TOPIC]->() RETURN 'ON_TOPIC' AS k, count(r) AS v
       UNION ALL MATCH (:Quote)-[r:VIA]->() RETURN 'VIA' AS k, count(r) AS v
       UNION ALL MATCH (n:Organisation) RETURN 'Organisation' AS k, count(n) AS v
       UNION ALL MATCH (n:Role) RETURN 'Role' AS k, count(n) AS v
       UNION ALL MATCH (n:UnnamedSource) RETURN 'UnnamedSource' AS k, count(n) AS v
       UNION ALL MATCH (n:Topic) RETURN 'Topic' AS k, count(n) AS v }
     RETURN k, v`,
    {},
    { routing: 'READ' },
  );
  return res.records.map((r) => `${String(r.get('k'))} ${String(r.get('v'))}`).join(', ');
}

const lastWord = (name: string): string => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      ingest: { type: 'boolean', default: false },
      date: { type: 'string' },
      sample: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const dir = resolve(positionals[0] ?? '../shared/eval/bbc-politics');
  const sampleSize = Number.parseInt(values.sample, 10);
  const seed = Number.parseInt(values.seed, 10);
  if (!Number.isInteger(sampleSize) || sampleSize < 0 || !Number.isInteger(seed)) {
    process.stderr.write(`link:eval: --sample and --seed take integers\n\n${HELP}`);
    return 2;
  }
  const driver = await connect();
  if (values.ingest) {
    await applySchema(driver);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    const progress = createProgress(files.length);
    let failed = 0;
    const started = Date.now();
    for (const file of files) {
      try {
        await ingestArticle(driver, { text: await readArticleFile(file), publishedAt: values.date ?? null, outlet: 'BBC News' }, { name: basename(file, '.txt') });
      } catch (error) {
        failed += 1;
        progress.note(`error: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      progress.tick(basename(file));
    }
    progress.done();
    process.stdout.write(`ingested ${files.length - failed}/${files.length} files from ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }

  const all = await persons(driver);
  process.stdout.write(`\n${await counts(driver)}\nPerson nodes: ${all.length}\n\n`);
  for (const full of MUST_BE_ONE) {
    const surname = lastWord(full);
    const first = full.split(' ')[0]!.toLowerCase();
    const same = all.filter((p) => lastWord(p.name) === surname);
    const exact = same.filter((p) => p.name.toLowerCase().split(/\s+/).includes(first));
    process.stdout.write(`${exact.length === 1 ? 'ok  ' : 'FAIL'} ${full}: ${exact.length} node(s) ${exact.map((p) => `${p.id} (${p.articles} articles)`).join(', ')}\n`);
    const others = same.filter((p) => !exact.includes(p));
    if (others.length > 0) process.stdout.write(`     other ${surname}s: ${others.map((p) => `${p.name} [${p.id}, ${p.articles}]`).join('; ')}\n`);
  }
  const surnames = new Map<string, PersonRow[]>();
  for (const p of all) surnames.set(lastWord(p.name), [...(surnames.get(lastWord(p.name)) ?? []), p]);
  const shared = [...surnames.entries()].filter(([, ps]) => ps.length > 1).sort((a, b) => b[1].length - a[1].length);
  process.stdout.write(`\nsurnames shared by several Person nodes: ${shared.length}\n`);
  for (const [s, ps] of shared.slice(0, 15)) process.stdout.write(`  ${s}: ${ps.map((p) => `${p.name} (${p.articles})`).join('; ')}\n`);

  const rand = random(seed);
  const order = all.map((p) => ({ p, r: rand() })).sort((a, b) => a.r - b.r).slice(0, sampleSize).map((x) => x.p);
  process.stdout.write(`\nrandom sample of ${order.length} persons (seed ${seed}):\n`);
  for (const p of order) process.stdout.write(`  ${p.id.padEnd(34)} ${p.name} | aliases: ${p.aliases.join(', ') || '-'} | articles: ${p.articles}\n`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`link:eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDriver();
}
