import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

// A reporting verb in a purpose infinitive after a verb of taking a platform or using a medium.
describe('purpose infinitives', () => {
  it('reads "took to Twitter to accuse" as the subject\'s report', () => {
    const q = quoteWith('The senator took to Twitter to accuse the agency of hiding the report.', 'hiding the report');
    expect(q.source?.text).toBe('The senator');
  });

  it('reads "used strong language to condemn" and "went on local radio to defend" likewise', () => {
    expect(quoteWith('Many leaders used strong language to condemn the attack on the embassy.', 'attack on the embassy').source?.text).toBe('Many leaders');
    expect(quoteWith('The mayor went on local radio to defend the budget.', 'the budget').source?.text).toBe('The mayor');
  });

  it('leaves an infinitive after other uses alone', () => {
    expect(quotesOf('He used the money to promote his hotels.')).toEqual([]);
  });
});

describe('the participle "gone" of a verb of appearing', () => {
  it('reads "has gone on X to defend/talk about" like "went on X to"', () => {
    const q = quoteWith('The minister has gone on breakfast radio to defend the new tax.', 'new tax');
    expect(q.source?.text).toBe('The minister');
    expect(quoteWith('She has gone on a tour of the region to talk with farmers about ways to cut costs.', 'cut costs').source?.text).toBe('She');
  });
});
