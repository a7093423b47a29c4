import { describe, expect, it } from 'vitest';
import { aliasKey, memoized, nameWords } from '../../src/model/names.js';

describe('memoized', () => {
  it('computes each input once and answers the same value again', () => {
    const calls: string[] = [];
    const upper = memoized((s) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('starts afresh when full, so memory stays bounded', () => {
    const calls: string[] = [];
    const id = memoized((s) => {
      calls.push(s);
      return s;
    }, 2);
    id('a');
    id('b');
    id('c'); // full: forgets a and b
    id('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('remembered name keys', () => {
  it('give the same answers on the second call', () => {
    expect(aliasKey('Sir Keir Starmer')).toBe('keir starmer');
    expect(aliasKey('Sir Keir Starmer')).toBe('keir starmer');
    expect(nameWords("Nigel Farage's")).toEqual(['nigel', 'farage']);
  });

  it('cannot be changed through a returned word list', () => {
    const words = nameWords('Gordon Brown') as string[];
    expect(() => words.push('x')).toThrow(TypeError);
    expect(nameWords('Gordon Brown')).toEqual(['gordon', 'brown']);
  });
});
