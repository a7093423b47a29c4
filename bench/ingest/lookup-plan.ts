// CLI: PROFILE of the linker's candidate lookup for a batch of corpus articles against a running
// Neo4j (NEO4J_URI): db hits and rows per operator, to see where lookup time goes.
//   NEO4J_URI=bolt://127.0.0.1:7700 npx tsx bench/ingest/lookup-plan.ts --corpus DIR --from 1000 --count 50

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle } from '../../src/extract/index.js';
import { articleMeta } from '../../src/ingest/articleInput.js';
import { buildCandidateQuery } from '../../src/link/index.js';
import { LOOKUP, lookupBounds, unionQuery, wordPrefixes } from '../../src/link/neo4jIndex.js';
import { connect, closeDriver } from '../../src/db/index.js';
import { log, runCli } from '../lib/args.js';
import { corpusSliceFromArgs } from './corpus-slice.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function walk(plan: PlanNode, depth: number, out: string[]): void {
  out.push(`${' '.repeat(depth * 2)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}`);
  for (const c of plan.children) walk(c, depth + 1, out);
}

async function main(): Promise<void> {
  const { dir, names } = await corpusSliceFromArgs();
  const queries = [];
  for (const name of names) {
    const meta = articleMeta({ text: await readFile(path.join(dir, name), 'utf8') });
    queries.push(buildCandidateQuery(extractArticle(meta.id, meta.text), meta));
  }
  const { query, dates } = unionQuery(queries);
  const driver = await connect();
  const params = { ...query, prefixes: query.organisationPrefixes, roleKeys: wordPrefixes(query.roleTitles), ...lookupBounds(), dates, articleId: null, sourcePrefix: null };
  const t0 = performance.now();
  await driver.executeQuery(LOOKUP, params, { routing: 'READ' });
  log(`lookup of ${names.length} articles: ${(performance.now() - t0).toFixed(0)} ms (${query.aliasKeys.length} alias keys, ${query.surnames.length} surnames, ${query.roleTitles.length} titles)`);
  const res = await driver.executeQuery(LOOKUP.replace('CYPHER replan=skip', 'CYPHER replan=skip PROFILE'), params, { routing: 'READ' });
  const entities = (res.records[0]?.get('entities') as unknown[] | undefined)?.length ?? 0;
  const out: string[] = [];
  walk(res.summary.profile as unknown as PlanNode, 0, out);
  log(`${entities} candidates\n${out.join('\n')}`);
  await closeDriver();
}

runCli('lookup-plan', 'see the header', main);
