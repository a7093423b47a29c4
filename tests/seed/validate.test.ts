// Bad seed files: each problem is reported with the file, the record and the field, and the
// loader stops before writing. Pure: the files are broken copies of the real seed in a temp dir.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBundles } from '../../src/seed/mergeBundles.js';
import { SeedValidationError, loadSeedFile } from '../../src/seed/validate.js';

const SEED_DIR = new URL('../../seed/', import.meta.url).pathname;
const NAME = '000_b1efdc63e5418fb0';
type Json = Record<string, unknown> & { quotes: Record<string, unknown>[]; entities: Record<string, unknown>[] };

let dir: string;
let original: Json;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-seed-validate-'));
  await copyFile(path.join(SEED_DIR, `${NAME}.txt`), path.join(dir, `${NAME}.txt`));
  original = JSON.parse(await readFile(path.join(SEED_DIR, `${NAME}.json`), 'utf8')) as Json;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeVariant(name: string, change: (seed: Json) => void): Promise<string> {
  const seed = structuredClone(original);
  change(seed);
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(seed));
  return file;
}

async function problemsOf(file: string): Promise<SeedValidationError> {
  const error: unknown = await loadSeedFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return error as SeedValidationError;
}

describe('seed validation', () => {
  it('accepts the unmodified copy', async () => {
    const bundle = await loadSeedFile(await writeVariant('ok', () => {}));
    expect(bundle.quotes).toHaveLength(original.quotes.length);
  });

  it('names file, record and field for an offset that does not match the text', async () => {
    const file = await writeVariant('bad-offset', (s) => {
      const q = s.quotes[2] as { content: { start: number } };
      q.content.start += 1;
    });
    const error = await problemsOf(file);
    expect(error.message).toContain(file);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^quotes\\[2\\] \\(${String(original.quotes[2]?.id)}\\)\\.content: text .* does not match`));
  });

  it('names the field for a missing or mistyped value', async () => {
    const file = await writeVariant('bad-shape', (s) => {
      delete s.quotes[4]?.kind;
      (s.entities[1] as { type: string }).type = 'Robot';
    });
    const error = await problemsOf(file);
    expect(error.problems.some((p) => p.startsWith(`quotes[4] (${String(original.quotes[4]?.id)}) field kind:`))).toBe(true);
    expect(error.problems.some((p) => p.startsWith(`entities[1] (${String(original.entities[1]?.id)}) field type:`))).toBe(true);
  });

  it('rejects a speaker that is not defined in the file', async () => {
    const file = await writeVariant('bad-ref', (s) => {
      (s.quotes[0] as { speakerId: string }).speakerId = 'per_nobody';
    });
    const error = await problemsOf(file);
    expect(error.problems).toEqual([`quotes[0].speakerId: per_nobody is not defined in this file's entities`.replace('quotes[0]', `quotes[0] (${String(original.quotes[0]?.id)})`)]);
  });

  it('rejects a speaker of the wrong type and a duplicate id', async () => {
    const file = await writeVariant('bad-type', (s) => {
      (s.quotes[0] as { speakerId: string }).speakerId = 'top_immigration';
      (s.quotes[1] as { id: unknown }).id = s.quotes[0]?.id;
    });
    const error = await problemsOf(file);
    expect(error.problems.some((p) => p.includes('top_immigration is a Topic, expected Person or Organisation or UnnamedSource'))).toBe(true);
    expect(error.problems.some((p) => p.startsWith(`duplicate quote id ${String(original.quotes[0]?.id)}`))).toBe(true);
  });

  it('reports unreadable JSON and a missing article text file', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"article": ');
    expect((await problemsOf(broken)).problems[0]).toMatch(/^not valid JSON/);
    expect((await problemsOf(path.join(dir, 'absent.json'))).problems[0]).toMatch(/^cannot read the file: ENOENT/);
    const missing = await writeVariant('no-text', (s) => {
      (s.article as { textFile: string }).textFile = 'nope.txt';
    });
    expect((await problemsOf(missing)).problems[0]).toMatch(/^article field textFile: cannot read .*nope\.txt/);
  });

  it('refuses two files that give one entity different types', async () => {
    const a = await loadSeedFile(await writeVariant('a', () => {}));
    const b = await loadSeedFile(
      await writeVariant('b', (s) => {
        const e = s.entities.find((x) => x.id === 'org_yougov') as { type: string; subtype: string | null };
        e.type = 'Person';
        e.subtype = null;
        s.quotes = s.quotes.filter((q) => q.speakerId !== 'org_yougov');
        s.facts = [];
      }),
    );
    expect(() => mergeBundles([{ file: 'a.json', bundle: a }, { file: 'b.json', bundle: b }])).toThrow(
      /entity org_yougov is typed Organisation in a\.json but Person in b\.json/,
    );
  });
});
