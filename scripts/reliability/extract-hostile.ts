/**
 * `tsx scripts/reliability/extract-hostile.ts RECIPE [SIZE]`: runs the extractor once over a
 * large hostile text (scripts/reliability/hostile-text.ts) and prints one JSON line with the
 * time taken and what came out. Run as a child process so a caller can bound its time.
 */
import { extractArticle } from '../../src/extract/index.js';
import { HOSTILE_RECIPES, TEN_MB, type HostileRecipe } from './hostile-text.js';

const USAGE = `usage: tsx scripts/reliability/extract-hostile.ts RECIPE [SIZE]\n  RECIPE: ${Object.keys(HOSTILE_RECIPES).join(', ')}\n  SIZE: UTF-16 code units (default ${TEN_MB})\n`;

function main(): void {
  const [recipe, sizeArg] = process.argv.slice(2);
  if (recipe === undefined || recipe === '--help' || !(recipe in HOSTILE_RECIPES)) {
    process.stderr.write(recipe === undefined || recipe === '--help' ? USAGE : `unknown recipe '${recipe}'\n${USAGE}`);
    process.exit(recipe === '--help' ? 0 : 2);
  }
  const size = sizeArg === undefined ? TEN_MB : Number(sizeArg);
  if (!Number.isInteger(size) || size < 1) {
    process.stderr.write(`SIZE must be a positive integer, got '${sizeArg}'\n`);
    process.exit(2);
  }
  const text = HOSTILE_RECIPES[recipe as HostileRecipe](size);
  const started = performance.now();
  const result = extractArticle(recipe, text);
  const ms = Math.round(performance.now() - started);
  const badSpans = [...result.quotes.flatMap((q) => [q.content, q.cue, q.source]), ...result.entities.flatMap((e) => e.mentions)]
    .filter((s) => s !== null && s !== undefined)
    .filter((s) => s.start < 0 || s.end < s.start || s.end > text.length || text.slice(s.start, s.end) !== s.text).length;
  process.stdout.write(
    `${JSON.stringify({ recipe, chars: text.length, ms, quotes: result.quotes.length, entities: result.entities.length, badSpans })}\n`,
  );
}

main();
