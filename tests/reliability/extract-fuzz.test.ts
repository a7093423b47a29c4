// Hostile input for the extractor: property-based fuzzing (fast-check) with random unicode,
// unbalanced quotes and control characters, then 10 MB single-line texts in a child process
// with a time bound. Properties: no uncaught error, every span slices the text exactly,
// indexes point inside the output, and each run takes bounded time.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../src/extract/index.js';
import type { ExtractedArticle, TextSpan } from '../../src/extract/types.js';
import { HOSTILE_RECIPES, TEN_MB, type HostileRecipe } from '../../scripts/reliability/hostile-text.js';
import { repoRoot } from '../../src/db/paths.js';

const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 300);
/** Generous bound per call on inputs of a few KB; the extractor takes milliseconds on these. */
const SMALL_INPUT_BOUND_MS = 5_000;
/** Generous bound for one 10 MB text (a well-behaved extractor takes well under a minute). */
const LARGE_INPUT_BOUND_MS = Number(process.env.RELIABILITY_LARGE_BOUND_MS ?? 150_000);

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''"];
const CONTROL = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)), '\u007f', '\u0085', '\u2028', '\u2029'];
const ODD_UNICODE = ['\uD800', '\uDFFF', '\u202E', '\u200B', '\uFEFF', '\u0301', '👩‍👩‍👧', 'Z̵̡͈', 'Ĳ', 'ß', 'İ', '\u00A0', '\u3000'];
const NEWS_WORDS = [
  'Keir Starmer', 'Sir Keir', 'Mr', 'Ms', 'Dame', 'he', 'she', 'they', 'said', 'told the BBC', 'added', 'according to',
  'argued', 'a spokesperson', 'One Labour MP', 'the Conservatives', 'Reform UK', 'Nigel Farage', 'Westminster',
  'Radio 4\'s Today programme', 'the Chancellor', 'MP for Bassetlaw', 'that', 'it', 'was', 'wrong', '.', ',', ':', ';',
  '?', '!', '-', '—', '(', ')', '\n', '\n\n', ' ', ' ',
];

/** News-like token soup with quote marks, control characters and odd unicode mixed in. */
const newsLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...NEWS_WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
      { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_UNICODE) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(' '));

function spansOf(result: ExtractedArticle): TextSpan[] {
  const spans: (TextSpan | null | undefined)[] = [];
  for (const q of result.quotes) spans.push(q.content, q.cue, q.source, q.channel);
  for (const e of result.entities) spans.push(...e.mentions);
  return spans.filter((s): s is TextSpan => s !== null && s !== undefined);
}

/** Extracts and checks the output is well formed; returns the milliseconds taken. */
function checkExtract(text: string): number {
  const started = performance.now();
  const result = extractArticle('fuzz', text);
  const ms = performance.now() - started;
  expect(result.article).toBe('fuzz');
  for (const span of spansOf(result)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const q of result.quotes) {
    if (q.speakerEntity !== null && q.speakerEntity !== undefined) {
      expect(q.speakerEntity).toBeGreaterThanOrEqual(0);
      expect(q.speakerEntity).toBeLessThan(result.entities.length);
    }
  }
  expect(ms).toBeLessThan(SMALL_INPUT_BOUND_MS);
  return ms;
}

describe('extractor under random input (fast-check)', () => {
  it('survives arbitrary unicode, including lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => void checkExtract(text)), { numRuns: RUNS });
  });

  it('survives printable graphemes of every script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), (text) => void checkExtract(text)), { numRuns: RUNS });
  });

  it('survives news-like text with unbalanced quotes, control characters and odd unicode', () => {
    fc.assert(fc.property(newsLike, (text) => void checkExtract(text)), { numRuns: RUNS });
  });

  it('survives only quote marks and control characters', () => {
    const marks = fc.array(fc.constantFrom(...QUOTE_MARKS, ...CONTROL, ' ', 'said', 'he'), { maxLength: 3000 }).map((a) => a.join(''));
    fc.assert(fc.property(marks, (text) => void checkExtract(text)), { numRuns: RUNS });
  });

  it('still finds the quote in a well-formed sentence wrapped in noise', () => {
    // Guards against a "fuzz-proof" extractor that simply returns nothing.
    const noise = fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((s) => s.replace(/["“”\n]/g, ''));
    fc.assert(
      fc.property(noise, (prefix) => {
        const text = `${prefix}\n\n"We will build the homes this country needs," said Keir Starmer.\n`;
        const result = extractArticle('fuzz', text);
        expect(result.quotes.some((q) => q.content.text.includes('We will build the homes'))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

interface HostileRun {
  recipe: string;
  chars: number;
  ms: number;
  quotes: number;
  entities: number;
  badSpans: number;
}

/** Runs scripts/reliability/extract-hostile.ts in a child; kills it at the bound. */
function runHostile(recipe: HostileRecipe, size: number, boundMs: number): Promise<{ run?: HostileRun; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=4096', '--import', 'tsx', path.join(repoRoot, 'scripts/reliability/extract-hostile.ts'), recipe, String(size)],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), boundMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ error: `${recipe}: still running after ${boundMs / 1000} s, killed` });
      else if (code !== 0) resolve({ error: `${recipe}: exit ${code}: ${stderr.slice(-2000)}` });
      else resolve({ run: JSON.parse(stdout.trim()) as HostileRun });
    });
  });
}

describe('extractor on 10 MB single-line texts (child process, bounded time)', () => {
  for (const recipe of Object.keys(HOSTILE_RECIPES) as HostileRecipe[]) {
    it(`${recipe}: no uncaught error, valid spans, within ${LARGE_INPUT_BOUND_MS / 1000} s`, async () => {
      const { run, error } = await runHostile(recipe, TEN_MB, LARGE_INPUT_BOUND_MS);
      expect(error).toBeUndefined();
      expect(run?.chars).toBe(TEN_MB);
      expect(run?.badSpans).toBe(0);
      process.stderr.write(`[reliability] extract ${recipe} 10 MB: ${run?.ms} ms, ${run?.quotes} quotes, ${run?.entities} entities\n`);
    }, LARGE_INPUT_BOUND_MS + 30_000);
  }
});
