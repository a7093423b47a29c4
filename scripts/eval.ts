// npm run eval: runs the extractor over the dev sets and prints score.mjs's figures.
//   --half even|odd   score only every other article (sorted by name): tune on one half, check the other
//   --details         pass --details to score.mjs (per-article misses)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/extract/index.js';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('usage: npm run eval [-- --half even|odd] [--details] [--json]\nScores the extractor on ../shared/eval/polnear-dev and ../shared/eval/bbc-dev.');
  process.exit(0);
}
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
if (half !== undefined && half !== 'even' && half !== 'odd') {
  console.error('eval: --half takes even or odd');
  process.exit(2);
}
const evalDir = resolve(process.env.QUOTEGRAPH_EVAL_DIR ?? '../shared/eval');
const score = join(evalDir, 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${score} not found (set QUOTEGRAPH_EVAL_DIR or put shared/ beside the repository)`);
  process.exit(2);
}

const pick = (names: string[]): string[] => names.sort().filter((_, i) => half === undefined || (i % 2 === 0) === (half === 'even'));

/** Extracts every article of a set into a JSON Lines file; a half set is scored through a filtered copy of the gold. */
function run(label: string, textDir: string, scoreArgs: (pred: string) => string[]): void {
  const tmp = mkdtempSync(join(tmpdir(), 'quotegraph-eval-'));
  try {
    const files = pick(readdirSync(textDir).filter((f) => f.endsWith('.txt')));
    const lines = files.map((f) => JSON.stringify(extractArticle(f.replace(/\.txt$/, ''), readFileSync(join(textDir, f), 'utf8'))));
    const pred = join(tmp, 'pred.jsonl');
    writeFileSync(pred, `${lines.join('\n')}\n`);
    console.log(`== ${label}${half ? ` (${half} half, ${files.length} articles)` : ''}`);
    const extra = args.filter((a) => a === '--details' || a === '--json');
    const out = execFileSync(process.execPath, [score, '--pred', pred, ...scoreArgs(tmp), ...extra], { encoding: 'utf8' });
    process.stdout.write(out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const polnear = join(evalDir, 'polnear-dev');
run('polnear-dev', join(polnear, 'text'), (tmp) => {
  if (!half) return ['--polnear', polnear];
  // score.mjs scores every gold article; a half is scored on a copy holding only that half.
  const dir = join(tmp, 'polnear');
  execFileSync('mkdir', ['-p', join(dir, 'text'), join(dir, 'attributions')]);
  const keep = new Set(pick(readdirSync(join(polnear, 'text')).filter((f) => f.endsWith('.txt'))).map((f) => f.replace(/\.txt$/, '')));
  for (const f of readdirSync(join(polnear, 'text'))) if (keep.has(f.replace(/\.txt$/, ''))) writeFileSync(join(dir, 'text', f), readFileSync(join(polnear, 'text', f)));
  for (const f of readdirSync(join(polnear, 'attributions')))
    if (keep.has(f.replace(/_[0-9a-f]{4}\.ann$/, ''))) writeFileSync(join(dir, 'attributions', f), readFileSync(join(polnear, 'attributions', f)));
  return ['--polnear', dir];
});
const bbc = join(evalDir, 'bbc-dev');
run('bbc-dev', bbc, (tmp) => {
  if (!half) return ['--gold', bbc];
  const dir = join(tmp, 'bbc');
  execFileSync('mkdir', ['-p', dir]);
  for (const f of pick(readdirSync(bbc).filter((f) => f.endsWith('.txt')))) {
    const n = f.replace(/\.txt$/, '');
    writeFileSync(join(dir, f), readFileSync(join(bbc, f)));
    writeFileSync(join(dir, `${n}.gold.json`), readFileSync(join(bbc, `${n}.gold.json`)));
  }
  return ['--gold', dir];
});
