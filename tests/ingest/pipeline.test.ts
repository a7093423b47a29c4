import { beforeEach, describe, expect, it } from 'vitest';
import { BatchPipeline } from '../../src/ingest/batchPipeline.js';
import { ingestArticle } from '../../src/ingest/ingestArticle.js';
import { prepareBatch, writePrepared, type BatchItem } from '../../src/ingest/ingestBatch.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { graphSnapshot } from './graphSnapshot.js';
import { MAX_CARRIES } from '../../src/link/evidenceCache.js';

// Priya Ramanathan is new to the graph: the first article creates her, later ones (in later
// batches) call her "Ms Ramanathan" or give her a role, which links only if they see her.
const ARTICLES = [
  ['Ramanathan warns on schools', 'Labour MP Priya Ramanathan said schools could not cope with the cuts.', '"We are at breaking point," Ms Ramanathan told the BBC.'],
  ['Schools row grows', 'Ms Ramanathan said the minister had ignored the warnings.', 'Conservative spokesman Oswin Featherly said the claims were "scaremongering".'],
  ['Budget vote', 'Priya Ramanathan, the shadow schools minister, said she would vote against.', 'Mr Featherly said the budget was fair.'],
  ['Teachers back MP', 'Teachers said Ms Ramanathan was right.', '"She speaks for us," a union spokeswoman said.'],
  ['Councils join in', 'Oswin Featherly said councils had enough money.', 'Ms Ramanathan said that was "simply untrue".'],
].map((lines) => `${lines.join('\n')}\n`);

const items = ARTICLES.map((text, i): BatchItem => ({ input: { text, publishedAt: `2025-07-0${String(i + 1)}` }, name: `p${String(i)}` }));

async function fresh(): Promise<void> {
  await resetDatabase();
  await seedGraph(testDriver());
}

async function oneByOne(): Promise<Record<string, unknown>> {
  await fresh();
  for (const item of items) await ingestArticle(testDriver(), item.input, { name: item.name });
  return graphSnapshot();
}

describe('pipelined batch ingest', () => {
  beforeEach(fresh);

  it('links a batch prepared before the previous batch is written as if it had been written', async () => {
    const expected = await oneByOne();
    await fresh();
    // Batch 2 is looked up and linked before batch 1 is written at all: only the carry tells it
    // about the person batch 1 creates.
    const first = await prepareBatch(testDriver(), items.slice(0, 1));
    const second = await prepareBatch(testDriver(), items.slice(1, 3), first.carry);
    const third = await prepareBatch(testDriver(), items.slice(3), second.carry);
    for (const batch of [first, second, third]) {
      const { outcomes, merged } = await writePrepared(testDriver(), batch);
      expect(merged).toBe(true);
      expect(outcomes.map((o) => ('result' in o ? o.result.status : o.error.message))).toEqual(batch.items.map(() => 'ingested'));
    }
    const piped = await graphSnapshot();
    const ramanathan = (piped.entities as { id: string; name: string }[]).filter((e) => e.name.includes('Ramanathan'));
    expect(ramanathan).toHaveLength(1);
    expect((piped.quotes as { speaker: string | null }[]).filter((q) => q.speaker === ramanathan[0]!.id).length).toBeGreaterThanOrEqual(3);
    expect(piped).toEqual(expected);
  });

  it('without the carry, the same early preparation links differently (so the test above can fail)', async () => {
    const expected = await oneByOne();
    await fresh();
    const first = await prepareBatch(testDriver(), items.slice(0, 1));
    const second = await prepareBatch(testDriver(), items.slice(1, 3));
    await writePrepared(testDriver(), first);
    await writePrepared(testDriver(), second);
    const third = await prepareBatch(testDriver(), items.slice(3));
    await writePrepared(testDriver(), third);
    expect(await graphSnapshot()).not.toEqual(expected);
  });

  it('BatchPipeline gives the graph one-by-one ingest gives, and a re-run changes nothing', async () => {
    const expected = await oneByOne();
    await fresh();
    const pipeline = new BatchPipeline(testDriver());
    const batches = [items.slice(0, 2), items.slice(2, 4), items.slice(4)];
    for (let i = 0; i < batches.length; i += 1) {
      const outcomes = await pipeline.ingest(batches[i]!, batches[i + 1]);
      expect(outcomes.every((o) => 'result' in o && o.result.status === 'ingested')).toBe(true);
    }
    await pipeline.close();
    expect(await graphSnapshot()).toEqual(expected);

    for (let i = 0; i < batches.length; i += 1) {
      const outcomes = await pipeline.ingest(batches[i]!, batches[i + 1]);
      expect(outcomes.every((o) => 'result' in o && o.result.status === 'unchanged')).toBe(true);
    }
    await pipeline.close();
    expect(await graphSnapshot()).toEqual(expected);
  });

  it(`one-article batches past ${MAX_CARRIES} carries of the same people give the one-by-one graph`, async () => {
    // Every batch touches Ms Ramanathan and Mr Featherly, so their evidence lives in the cache
    // as each batch's pool left it until it has been carried MAX_CARRIES times, then is read again.
    const many = Array.from({ length: MAX_CARRIES + 3 }, (_, i): BatchItem => ({
      input: { text: `${ARTICLES[i % ARTICLES.length]!}Update ${String(i + 1)}.\n`, publishedAt: `2025-08-${String(i + 1).padStart(2, '0')}` },
      name: `m${String(i)}`,
    }));
    await fresh();
    for (const item of many) await ingestArticle(testDriver(), item.input, { name: item.name });
    const expected = await graphSnapshot();
    await fresh();
    const pipeline = new BatchPipeline(testDriver());
    for (let i = 0; i < many.length; i += 1) await pipeline.ingest([many[i]!], many[i + 1] ? [many[i + 1]!] : undefined);
    await pipeline.close();
    expect(pipeline.cache.hits).toBeGreaterThan(0);
    expect(await graphSnapshot()).toEqual(expected);
  });
});
