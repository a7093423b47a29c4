import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/extract/names.js';

describe('a possessive inside a name run', () => {
  it('names the owned person after a possessive, or the full-name owner of a one-word thing', () => {
    expect(parseName("Labour's Jo Pennant")?.name).toBe('Jo Pennant');
    expect(parseName("Health Secretary Alan Pennant's Wakefield")).toMatchObject({ name: 'Alan Pennant', role: 'Health Secretary' });
  });

  it('leaves one word on each side as it was, with no telling which is the person', () => {
    expect(parseName("Pennant's Wakefield")?.name).toBe('Pennant Wakefield');
  });
});
