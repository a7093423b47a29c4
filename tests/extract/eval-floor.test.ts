import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs `npm run eval` (the extractor over ../shared/eval) and holds the attribution F1 above a
// floor, so a change that loses accuracy fails here. Skipped where the eval data is absent.
const evalDir = resolve(process.env.QUOTEGRAPH_EVAL_DIR ?? '../shared/eval');
const present = existsSync(resolve(evalDir, 'score.mjs'));

describe.skipIf(!present)('evaluation floor', () => {
  it('keeps attribution F1 above its floor on both dev sets', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/eval.ts', '--json'], { encoding: 'utf8' });
    const lines = out.split('\n').filter((l) => l.startsWith('{'));
    const [polnear, bbc] = lines.map((l) => JSON.parse(l) as { attribution: { f1: number } });
    expect(polnear?.attribution.f1).toBeGreaterThanOrEqual(0.79);
    expect(bbc?.attribution.f1).toBeGreaterThanOrEqual(0.94);
  }, 120_000);
});
