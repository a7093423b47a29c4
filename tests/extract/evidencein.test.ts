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

describe('a clause that ends in "in ... polls"', () => {
  it('reports the clause as the polls\' finding', () => {
    const q = quoteWith('After the rally, the governor did not gain ground in any of the weekend polls.', 'gain ground');
    expect(q.content.text).toBe('the governor did not gain ground');
    expect(q.source?.text).toBe('any of the weekend polls');
  });

  it('leaves a clause with "in" and no poll alone', () => {
    expect(quotesOf('The governor did not gain ground in the northern counties.')).toEqual([]);
  });
});

describe('an opening "As stated in X," or "As reported by X,"', () => {
  it('reports the main clause as the source\'s', () => {
    const q = quoteWith('As noted in the inspectors\' report, there are serious gaps in the school\'s records.', 'serious gaps');
    expect(q.content.text).toBe('there are serious gaps in the school\'s records');
    expect(q.source?.text).toBe('the inspectors\' report');
    expect(quoteWith('As reported by the Herald, the depot will close in May.', 'depot').source?.text).toBe('the Herald');
  });

  it('leaves an opening "as" with other participles alone', () => {
    expect(quotesOf('As expected in the valley, the river rose overnight.')).toEqual([]);
  });
});
