// The seed exported as FORMAT.md gold is read by the shared scorer: scored against itself it
// matches every quote with the right speaker.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGold } from '../../src/seed/gold.js';
import { defaultSeedFiles } from '../../src/seed/seedGraph.js';
import { loadSeedFile } from '../../src/seed/validate.js';

const SCORER = new URL('../../../shared/eval/score.mjs', import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-gold-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('seed as gold', () => {
  it('lists every quote with FORMAT.md kinds and speaker types', async () => {
    const [file] = await defaultSeedFiles();
    const bundle = await loadSeedFile(file!);
    const gold = toGold('seed', bundle);
    expect(gold.quotes).toHaveLength(bundle.quotes.length);
    expect(new Set(gold.quotes.map((q) => q.kind))).toEqual(new Set(['direct', 'indirect', 'mixed']));
    expect(new Set(gold.quotes.map((q) => q.speakerType))).toEqual(new Set(['person', 'organisation', 'anonymous']));
    expect(gold.quotes.map((q) => q.content?.start)).toEqual([...gold.quotes.map((q) => q.content?.start)].sort((a, b) => a! - b!));
  });

  it.skipIf(!existsSync(SCORER))('is read by ../shared/eval/score.mjs, which scores it 100% against itself', async () => {
    const [file] = await defaultSeedFiles();
    const bundle = await loadSeedFile(file!);
    const name = path.basename(file!, '.json');
    const gold = toGold(name, bundle);
    await writeFile(path.join(dir, `${name}.txt`), bundle.articles[0]!.text);
    await writeFile(path.join(dir, `${name}.gold.json`), JSON.stringify(gold));
    await writeFile(path.join(dir, 'pred.jsonl'), `${JSON.stringify(gold)}\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [SCORER, '--pred', path.join(dir, 'pred.jsonl'), '--gold', dir, '--json']);
    const scores = JSON.parse(stdout) as { gold: number; predicted: number; speakerAccuracy: number; attribution: { f1: number } };
    // the headline quote is left out of scoring on both sides
    const headline = bundle.articles[0]!.text.indexOf('\n');
    expect(scores.gold).toBe(bundle.quotes.filter((q) => q.content.start > headline).length);
    expect(scores.predicted).toBe(scores.gold);
    expect(scores.speakerAccuracy).toBe(1);
    expect(scores.attribution.f1).toBe(1);
  });
});
