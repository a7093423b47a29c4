// Smoke test of the synthetic corpus generator (bench/corpus): determinism, valid offsets,
// a mix of quote kinds and Zipf-like popularity. The benchmarks themselves are not tests.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../bench/corpus/corpus.js';
import { truthRows } from '../../bench/corpus/truth-bundle.js';

const run = promisify(execFile);
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function generateFiles(seed: string): Promise<Map<string, Buffer>> {
  const out = await mkdtemp(join(tmpdir(), 'qg-corpus-'));
  dirs.push(out);
  await run('npx', ['tsx', 'bench/corpus/generate.ts', '--articles', '40', '--out', out, '--seed', seed]);
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(join(out, 'articles'))).sort()) files.set(name, await readFile(join(out, 'articles', name)));
  return files;
}

describe('synthetic corpus generator', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    const [a, b, c] = await Promise.all([generateFiles('s1'), generateFiles('s1'), generateFiles('s2')]);
    expect(a.size).toBe(40);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer)).toBe(true);
    const differing = [...a].filter(([name, bytes]) => !bytes.equals(c.get(name) as Buffer)).length;
    expect(differing).toBe(40);
  }, 60_000);

  it('gives offsets that slice the article text exactly, for every quote and mention', () => {
    const corpus = openCorpus({ articles: 300, seed: 'spans' });
    let quotes = 0;
    for (const article of corpus.range(0, 300)) {
      const { text } = article;
      expect(text.split('\n')[0]?.length).toBeGreaterThan(10);
      for (const q of article.quotes) {
        quotes++;
        for (const span of [q.content, q.cue, q.source, q.channel?.phrase]) {
          if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(q.content.text.length).toBeGreaterThan(5);
        if (q.kind === 'direct') expect(text[q.content.start - 1]).toBe('"');
        if (q.kind === 'mixed') expect(q.content.text).toContain('"');
        if (q.kind === 'indirect') expect(q.content.text).not.toContain('"');
      }
      for (const m of article.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(quotes).toBeGreaterThan(300 * 3);
  });

  it('mixes quote kinds and speaker types and concentrates quotes on a few popular people', () => {
    const corpus = openCorpus({ articles: 2000, seed: 'zipf' });
    const kinds = new Map<string, number>();
    const types = new Map<string, number>();
    const bySpeaker = new Map<string, number>();
    for (const article of corpus.range(0, 2000)) {
      for (const q of article.quotes) {
        kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
        types.set(q.speakerType, (types.get(q.speakerType) ?? 0) + 1);
        if (q.speakerType === 'person' && q.speakerId) bySpeaker.set(q.speakerId, (bySpeaker.get(q.speakerId) ?? 0) + 1);
      }
    }
    for (const k of ['direct', 'indirect', 'mixed']) expect(kinds.get(k) ?? 0).toBeGreaterThan(500);
    for (const t of ['person', 'organisation', 'anonymous']) expect(types.get(t) ?? 0).toBeGreaterThan(100);
    const counts = [...bySpeaker.values()].sort((x, y) => y - x);
    const top = counts[0] ?? 0;
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(top).toBeGreaterThan(20 * Math.max(1, median));
    expect(corpus.world.people[0]?.id).toBe([...bySpeaker].sort((x, y) => y[1] - x[1])[0]?.[0]);
  });

  it('turns truth into bundle rows with content-addressed article ids', () => {
    const corpus = openCorpus({ articles: 5, seed: 'rows' });
    const a = truthRows(corpus.article(0), '2020-01-01');
    const again = truthRows(openCorpus({ articles: 5, seed: 'rows' }).article(0), '2020-01-01');
    expect(a.article.id).toMatch(/^art_[0-9a-f]{16}$/);
    expect(a.article.id).toBe(again.article.id);
    expect(a.quotes.every((q) => q.articleId === a.article.id && q.id.startsWith('quo_'))).toBe(true);
    expect(new Set(a.quotes.map((q) => q.id)).size).toBe(a.quotes.length);
  });
});
