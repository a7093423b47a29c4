// npm run bench:extract: extraction speed on one core over ../shared/eval/bbc-politics.
// Reads every article first, then times extractArticle alone (several passes, best kept).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/extract/index.js';

const HELP = `usage: npm run bench:extract [-- DIR]

Times the extractor alone (no database) on one core over every *.txt article in DIR (default
../shared/eval/bbc-politics, or $QUOTEGRAPH_EVAL_DIR/bbc-politics): best of 5 passes after a
warm-up, as articles/s and MB/s of wall and of CPU time.
`;
if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  process.stdout.write(HELP);
  process.exit(0);
}
if (process.argv[2]?.startsWith('-')) {
  process.stderr.write(`bench:extract: unknown option ${process.argv[2]}\n\n${HELP}`);
  process.exit(2);
}
const dir = resolve(process.argv[2] ?? join(process.env.QUOTEGRAPH_EVAL_DIR ?? '../shared/eval', 'bbc-politics'));
let names: string[];
try {
  names = readdirSync(dir);
} catch (error) {
  process.stderr.write(`bench:extract: cannot read ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
  process.exit(2);
}
const files = names.filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`bench:extract: no .txt articles in ${dir}`);
  process.exit(2);
}
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
let quotes = 0;
for (let i = 0; i < texts.length; i++) quotes += extractArticle(files[i] ?? '', texts[i] ?? '').quotes.length; // warm-up
const passes = 5;
let best = Infinity;
let bestCpu = Infinity;
for (let p = 0; p < passes; p++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) extractArticle(files[i] ?? '', texts[i] ?? '');
  const cpu = process.cpuUsage(c0);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  best = Math.min(best, s);
  // CPU time of this (single-threaded) process: what one core delivers even on a busy machine.
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
}
console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${quotes} quotes, best of ${passes} passes: ${best.toFixed(3)} s wall, ${bestCpu.toFixed(3)} s CPU`);
console.log(`wall: ${(files.length / best).toFixed(0)} articles/s, ${(bytes / 1e6 / best).toFixed(2)} MB/s (one core)`);
console.log(`CPU:  ${(files.length / bestCpu).toFixed(0)} articles/s, ${(bytes / 1e6 / bestCpu).toFixed(2)} MB/s (one core, CPU time)`);
