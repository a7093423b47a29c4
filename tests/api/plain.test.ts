// toPlain: driver values become plain JS, whatever nesting they arrive in.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/api/plain.js';

describe('toPlain', () => {
  it('turns integers, temporals and nodes into plain values at any depth', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Quote'], { id: 'quo_1', start: neo4j.int(7) }, 'e1');
    const value = {
      n: neo4j.int(42),
      s: 'text',
      b: false,
      f: 1.5,
      missing: null,
      date: new neo4j.types.Date(2025, 6, 1),
      list: [neo4j.int(1), { deep: [neo4j.int(2), undefined] }],
      node,
      empty: Object.create(null) as Record<string, unknown>,
    };
    expect(toPlain(value)).toEqual({
      n: 42,
      s: 'text',
      b: false,
      f: 1.5,
      missing: null,
      date: '2025-06-01',
      list: [1, { deep: [2, null] }],
      node: { id: 'quo_1', start: 7 },
      empty: {},
    });
  });
});
