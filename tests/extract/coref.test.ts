import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { quoteWith } from './helpers.js';

const TEXT = [
  'The Trade Secretary Patricia Hewitt announced the plans on Sunday.',
  'Ms Hewitt said the pay would rise by 2007.',
  'The Shadow Secretary Theresa May said: "These plans were announced in December."',
  'She said the Conservatives would announce their own proposals soon.',
  'Mr Brown was not available. Hewitt said the costs were covered.',
].join('\n\n');

describe('coreference', () => {
  it('resolves a title and surname to the fullest name', () => {
    expect(quoteWith(TEXT, 'pay would rise').speaker).toBe('Patricia Hewitt');
    expect(quoteWith(TEXT, 'costs were covered').speaker).toBe('Patricia Hewitt');
  });

  it('resolves a pronoun to the last speaker of the same gender, across paragraphs', () => {
    const q = quoteWith(TEXT, 'Conservatives would announce');
    expect(q.source?.text).toBe('She');
    expect(q.speaker).toBe('Theresa May');
  });

  it('resolves "he" past a nearer woman to the man', () => {
    const text = 'Gordon Brown met Ms Reeves on Monday.\n\nHe said the economy was in good shape.';
    expect(quoteWith(text, 'economy').speaker).toBe('Gordon Brown');
  });

  it('clusters mentions and roles into entities', () => {
    const art = extractArticle('t', 'Environment Secretary Steve Reed said the plan works.\n\nReed said jobs were coming.');
    const reed = art.entities.find((e) => e.name === 'Steve Reed');
    expect(reed?.type).toBe('person');
    expect(reed?.roles).toContain('Environment Secretary');
    expect(reed?.mentions.length).toBeGreaterThanOrEqual(2);
    const q = art.quotes[1];
    expect(q && art.entities[q.speakerEntity ?? -1]?.name).toBe('Steve Reed');
  });
});
