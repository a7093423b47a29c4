import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

// A finding reported by an evidence phrase that opens the sentence ("In this poll, ...").
describe('an opening evidence phrase', () => {
  it('reports the main clause as the poll\'s finding', () => {
    const q = quoteWith('In the latest state survey, conducted last week, the governor trailed her rival by four points.', 'trailed her rival');
    expect(q.source?.text).toBe('the latest state survey');
    expect(q.content.text).toBe('the governor trailed her rival by four points');
  });

  it('leaves other openings and sentences with their own report alone', () => {
    expect(quotesOf('In the wake of the storm, the mayor closed the schools.')).toEqual([]);
    expect(quoteWith('In its study, the group found that rents had doubled.', 'rents had doubled').source?.text).toBe('the group');
  });
});
