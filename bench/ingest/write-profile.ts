// CLI: where a batch write's time goes. Links a batch of corpus articles as batch ingest does,
// then runs each write statement of the merged bundle under PROFILE in one transaction against
// a running Neo4j (NEO4J_URI) and rolls it back: milliseconds and db hits per statement.
//   NEO4J_URI=bolt://127.0.0.1:7700 npx tsx bench/ingest/write-profile.ts --corpus DIR --from 1000 --count 50
// ARTICLE_WRITE=create profiles the statements batch ingest uses for new articles (CREATE path).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle } from '../../src/extract/index.js';
import { articleMeta } from '../../src/ingest/articleInput.js';
import { buildCandidateQuery, linkArticle, Neo4jEntityIndex } from '../../src/link/index.js';
import { CandidatePool } from '../../src/link/candidatePool.js';
import { BATCH_SIZE, writeSteps } from '../../src/write/writeBundle.js';
import { mergeBundles } from '../../src/write/mergeBundles.js';
import { connect, closeDriver } from '../../src/db/index.js';
import { log, runCli } from '../lib/args.js';
import { corpusSliceFromArgs } from './corpus-slice.js';

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

const hits = (p: PlanNode): number => p.dbHits + p.children.reduce((a, c) => a + hits(c), 0);

async function main(): Promise<void> {
  const { dir, names } = await corpusSliceFromArgs();
  const driver = await connect();
  const metas = await Promise.all(names.map(async (n) => articleMeta({ text: await readFile(path.join(dir, n), 'utf8') })));
  const extracted = metas.map((m) => extractArticle(m.id, m.text));
  const queries = metas.map((m, i) => buildCandidateQuery(extracted[i]!, m));
  const pool = new CandidatePool(await new Neo4jEntityIndex(driver).candidatesFor(queries));
  const bundle = mergeBundles(metas.map((m, i) => {
    const { bundle: b } = linkArticle(extracted[i]!, m, pool.lookupNow(queries[i]!));
    pool.apply(b);
    return b;
  }));
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    let total = 0;
    for (const step of writeSteps(bundle, process.env.ARTICLE_WRITE === 'create' ? 'create' : 'merge')) {
      for (let i = 0; i < step.rows.length; i += BATCH_SIZE) {
        const t0 = performance.now();
        const res = await tx.run(`PROFILE ${step.query}`, { rows: step.rows.slice(i, i + BATCH_SIZE) });
        const ms = performance.now() - t0;
        total += ms;
        log(`${step.name.padEnd(20)} rows ${String(Math.min(BATCH_SIZE, step.rows.length - i)).padStart(5)}  ${ms.toFixed(0).padStart(6)} ms  dbHits ${hits(res.summary.profile as unknown as PlanNode)}`);
      }
    }
    log(`statements: ${total.toFixed(0)} ms for ${metas.length} articles`);
  } finally {
    await tx.rollback();
    await session.close();
    await closeDriver();
  }
}

runCli('write-profile', 'see the header', main);
