import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

// Linear-time stages: hostile input must finish in bounded time, not hang on backtracking.
// The limits are generous (a shared CI core can be slow); a quadratic stage on these inputs
// takes hours, not seconds.
const timed = (text: string): { ms: number; quotes: number } => {
  const t0 = performance.now();
  const art = extractArticle('hostile', text);
  return { ms: performance.now() - t0, quotes: art.quotes.length };
};

describe('bounded time on hostile input', () => {
  it('handles a 10 MB single line of prose', () => {
    const sentence = 'Mr Smith said the plan, which he called "a disaster" for Labour, would fail and added that ';
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000);
    const r = timed(text);
    expect(r.ms).toBeLessThan(120_000);
  }, 180_000);

  it('handles 2 MB of unbalanced quote marks and apostrophes', () => {
    const text = ('"' + "it's '" + '“ a ” " ‘ ').repeat(150_000).slice(0, 2_000_000);
    const r = timed(text);
    expect(r.ms).toBeLessThan(60_000);
  }, 90_000);

  it('handles one enormous word and one enormous run of punctuation', () => {
    const r1 = timed('a'.repeat(5_000_000) + ' said: "' + 'b'.repeat(1_000_000));
    const r2 = timed(',:'.repeat(2_000_000) + ' he said.');
    expect(r1.ms + r2.ms).toBeLessThan(60_000);
  }, 90_000);

  it('handles many paragraphs of speaker labels and pronoun sources', () => {
    const text = 'WALLACE: Will he come?\n\nHe said he would.\n\n'.repeat(40_000);
    const r = timed(text);
    expect(r.quotes).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(60_000);
  }, 90_000);
});
