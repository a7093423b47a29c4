import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('block quotations after "X added:"', () => {
  const text = 'The mayor spoke to the radio host on Friday.\n\nThe mayor added:\n\nIt is typical of the council. It knows nothing about the buses, and the fact is that it never asks the drivers.\n';

  it('reads the unmarked paragraph after the introduction as one quote of the speaker', () => {
    const q = quotesOf(text).find((x) => x.content.text.startsWith('It is typical'));
    expect(q?.content.text).toBe('It is typical of the council. It knows nothing about the buses, and the fact is that it never asks the drivers.');
    expect(q?.source?.text).toBe('The mayor');
    expect(q?.cue?.text).toBe('added');
  });

  it('reads no report of its own inside the passage', () => {
    expect(quotesOf(text).filter((x) => x.cue?.text === 'knows')).toEqual([]);
  });

  it('leaves a paragraph after a colon without a reporting verb alone', () => {
    expect(quotesOf('The plan has three parts:\n\nIt cuts the fares on every route, adds buses at night and closes two depots.\n')).toEqual([]);
  });
});
