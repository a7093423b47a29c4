// Every bundle the linker makes from real articles must pass the writer's own check: with an
// empty graph, every id a quote, mention, role or membership uses is defined in the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { articleMeta } from '../../src/ingest/articleInput.js';
import { linkWithIndex, MemoryEntityIndex } from '../../src/link/index.js';
import { checkBundle } from '../../src/write/checkBundle.js';
import { evalPath, hasEvalData } from '../support/evalData.js';

const DIR = evalPath('bbc-politics');

describe.skipIf(!hasEvalData('bbc-politics'))('linker bundles on bbc-politics', () => {
  it('are consistent and self-contained on an empty graph', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(300);
    const index = new MemoryEntityIndex([]);
    const failures: string[] = [];
    for (const file of files) {
      const meta = articleMeta({ text: readFileSync(join(DIR, file), 'utf8') });
      const { bundle } = await linkWithIndex(extractArticle(file, meta.text), meta, index);
      const check = checkBundle(bundle);
      const problems = [...check.problems, ...check.external.map((r) => `${r.path}: ${r.id} undefined`)];
      if (problems.length > 0) failures.push(`${file}: ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
