import { describe, expect, it } from 'vitest';
import { quoteWith } from './helpers.js';

describe('interrupted quotations', () => {
  it('gives the stretch after "..., said X." the source the interruption names', () => {
    const text = '“The budget is a mess,” said Dana Price, a county auditor. “Nobody has read the appendix.”';
    const after = quoteWith(text, 'Nobody has read');
    expect(after.cue).toBeNull();
    expect(after.source?.text).toBe('Dana Price');
    expect(after.speaker).toBe('Dana Price');
  });

  it('also when the interruption carries a long appositive', () => {
    const text =
      '“The budget is a mess,” said Dana Price, an auditor who spent twenty years at the county treasury and now runs the finance committee of the regional water board, a public body. “Nobody has read the appendix.”';
    expect(quoteWith(text, 'Nobody has read').source?.text).toBe('Dana Price');
  });

  it('also after a mixed stretch (X are “not meeting the demand,” says Y, founder of Z. “...”)', () => {
    const text = 'The answers are "not meeting the demand," says Paul Rieckhoff, founder of a veterans group. "We often compare it to the early days of the AIDS crisis."';
    expect(quoteWith(text, 'We often compare').source?.text).toBe('Paul Rieckhoff');
  });

  it('leaves a bare quotation in a new paragraph without a source span', () => {
    const text = '“The budget is a mess,” said Dana Price.\n“Nobody has read the appendix.”';
    expect(quoteWith(text, 'Nobody has read').source).toBeNull();
  });
});
