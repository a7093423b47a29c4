import { beforeEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingestArticle.js';
import { ingestBatch, type BatchItem } from '../../src/ingest/ingestBatch.js';
import { emptyBundle } from '../../src/model/bundle.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { BundleError, writeBundle } from '../../src/write/index.js';
import { resetDatabase, testDriver } from '../support/neo4j.js';
import { graphSnapshot as snapshot } from './graphSnapshot.js';

// Jo Bloggs is new to the graph and named in the first two articles; the third calls her by
// surname only, which links only if the batch sees the person the first article created.
const ARTICLES = [
  ['Councils warn over housing', 'Labour MP Jo Bloggs said councils could not build the homes that were needed.', '"We need the money now," Ms Bloggs told the BBC.'],
  ['Bloggs presses on rents', 'Jo Bloggs, the Labour MP, said rents had risen too far.', 'Conservative spokesman Ivor Pennington said the plans were "a fantasy".'],
  ['Rent row continues', 'Ms Bloggs said the minister had not answered her letter.', 'Mr Pennington said the party would vote against the plans.'],
].map((lines) => `${lines.join('\n')}\n`);

const items = (texts: string[]): BatchItem[] => texts.map((text, i) => ({ input: { text, publishedAt: '2025-06-0' + String(i + 1) }, name: `a${i}` }));

describe('ingestBatch', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedGraph(testDriver());
  });

  it('gives the graph that ingesting the articles one by one gives, with one node for a person two articles introduce', async () => {
    for (const item of items(ARTICLES)) await ingestArticle(testDriver(), item.input, { name: item.name });
    const oneByOne = await snapshot();

    await resetDatabase();
    await seedGraph(testDriver());
    const outcomes = await ingestBatch(testDriver(), items(ARTICLES));
    expect(outcomes.map((o) => ('result' in o ? o.result.status : o.error.message))).toEqual(['ingested', 'ingested', 'ingested']);
    const batched = await snapshot();

    const bloggs = (batched.entities as { id: string; name: string }[]).filter((e) => e.name.includes('Bloggs'));
    expect(bloggs.map((e) => e.id)).toEqual(['per_jo-bloggs']);
    const spokenBy = (batched.quotes as { speaker: string | null }[]).filter((q) => q.speaker === 'per_jo-bloggs');
    expect(spokenBy.length).toBeGreaterThanOrEqual(3);
    expect(batched).toEqual(oneByOne);
  });

  it('reports a bad article and writes the others; ingesting the batch again changes nothing', async () => {
    const batch = items([ARTICLES[0]!, 'binary\u0000junk', ARTICLES[1]!, ARTICLES[0]!]);
    const outcomes = await ingestBatch(testDriver(), batch);
    expect(outcomes.map((o) => o.name)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect('error' in outcomes[1]! && outcomes[1].error.message).toMatch(/control characters/);
    // The same text twice in one batch is written once.
    expect(outcomes.map((o) => ('result' in o ? o.result.status : 'failed'))).toEqual(['ingested', 'failed', 'ingested', 'unchanged']);
    const first = await snapshot();
    expect((first.quotes as unknown[]).length).toBeGreaterThan(0);

    const again = await ingestBatch(testDriver(), batch);
    expect(again.map((o) => ('result' in o ? o.result.status : 'failed'))).toEqual(['unchanged', 'failed', 'unchanged', 'unchanged']);
    expect(await snapshot()).toEqual(first);
  });

  it('falls back to one transaction per article when the batch cannot be written, so one bad article sinks only itself', async () => {
    // Only the graph knows this: the id the linker gives Jo Bloggs is taken by an organisation.
    const clash = emptyBundle();
    clash.entities.push({ id: 'per_jo-bloggs', type: 'Organisation', name: 'Zyxw Holdings', aliases: [] });
    await writeBundle(testDriver(), clash);
    const other = 'Pennington on rents\nConservative spokesman Ivor Pennington said the plans were "a fantasy".\n';

    const outcomes = await ingestBatch(testDriver(), items([ARTICLES[0]!, other]));
    expect('error' in outcomes[0]! && outcomes[0].error).toBeInstanceOf(BundleError);
    expect('result' in outcomes[1]! && outcomes[1].result.status).toBe('ingested');
    const { records } = await testDriver().executeQuery(
      'MATCH (a:Article) WHERE a.title IN $titles RETURN a.title AS title',
      { titles: ['Councils warn over housing', 'Pennington on rents'] },
      { routing: 'READ' },
    );
    expect(records.map((r) => r.get('title'))).toEqual(['Pennington on rents']);
  });
});
