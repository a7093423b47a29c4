import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

const text = readFileSync(new URL('../../seed/000_b1efdc63e5418fb0.txt', import.meta.url), 'utf8');
const art = extractArticle('000_b1efdc63e5418fb0', text);
const find = (phrase: string) => art.quotes.find((q) => q.content.text.includes(phrase));

describe('the seed article', () => {
  it('finds its attributions', () => {
    expect(art.quotes.length).toBeGreaterThanOrEqual(12);
  });

  it('reads "told the BBC" with its channel and speaker', () => {
    const q = find('re-orienting its efforts');
    expect(q?.speaker).toBe('Jonathan Ashworth');
    expect(q?.channel?.text).toBe('the BBC');
    expect(q?.kind).toBe('indirect');
  });

  it('reads the anonymous MP who told the PA news agency, and their two-paragraph quote', () => {
    const q = find('key concern');
    expect(q?.speakerType).toBe('anonymous');
    expect(q?.channel?.text).toBe('the PA news agency');
    const d = find('no effect whatsoever');
    expect(d?.kind).toBe('direct');
    expect(d?.speaker).toBe(q?.speaker);
    // The quote runs on into the next paragraph: a bare stretch, no cue, same speaker.
    const e = find('forgotten areas');
    expect(e?.kind).toBe('direct');
    expect(e?.cue).toBeNull();
    expect(e?.speaker).toBe(q?.speaker);
  });

  it('reads Downing Street sources as anonymous', () => {
    const q = find('no change in overall strategy');
    expect(q?.source?.text).toBe('Downing Street sources');
    expect(q?.speakerType).toBe('anonymous');
  });

  it("gives Steve Reed his mixed, direct and parenthetical quotes", () => {
    for (const phrase of ['creating jobs nationwide', 'By switching from fossil', 'hollowed out', 'will support communities']) {
      expect(find(phrase)?.speaker, phrase).toBe('Steve Reed');
    }
    expect(find('creating jobs nationwide')?.kind).toBe('mixed');
    expect(find('By switching from fossil')?.kind).toBe('direct');
    expect(find('By switching from fossil')?.channel?.text).toBe("Radio 4's Today programme");
  });

  it('gives Jo White her call for ID cards', () => {
    expect(find('ID cards')?.speaker).toBe('Jo White');
  });

  it('lists Steve Reed among the entities with his role', () => {
    const reed = art.entities.find((e) => e.name === 'Steve Reed');
    expect(reed?.roles).toContain('Environment Secretary');
  });
});
