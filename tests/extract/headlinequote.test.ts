import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

// A quoted fragment in a title-case headline with no reporting verb is the headline subject's.
describe('a headline quote with no cue', () => {
  it('ascribes the quoted fragment to the subject the article names again', () => {
    const text = 'City Nurses March Against ‘Reckless Staffing Cuts’\n\nCity nurses marched on Tuesday. The board said it had no choice.';
    const q = quotesOf(text).find((x) => x.content.text === 'Reckless Staffing Cuts');
    expect(q?.source?.text).toBe('City Nurses');
  });

  it('leaves quoted titles, mentioned terms and sentence-case claims alone', () => {
    const headlineQuotes = (text: string): string[] => quotesOf(text).filter((x) => x.content.start < text.indexOf('\n')).map((x) => x.content.text);
    expect(headlineQuotes('Maria Lopez’s ‘Harbour Lights’ Opens At The Festival\n\nMaria Lopez made a film about the port.')).toEqual([]);
    expect(headlineQuotes('Mayor Avoids Using The Words ‘Budget Crisis’ Again\n\nThe mayor spoke for an hour.')).toEqual([]);
    expect(headlineQuotes("Councils 'must find more housing land'\n\nCouncils were told to act, a report said.")).toEqual([]);
  });
});
