import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/marks.js';
import { splitParagraphs } from '../../src/extract/paragraphs.js';

const inner = (text: string): string[] => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.inner.start, q.inner.end));

describe('quotation marks', () => {
  it('finds straight and curly double quotes', () => {
    expect(inner('He said "we will win" and she said “we will not”.')).toEqual(['we will win', 'we will not']);
  });

  it('keeps a single-quoted stretch nested inside a double-quoted one', () => {
    expect(inner('She said: "They called it \'a disgrace\' at the time."')).toEqual(["They called it 'a disgrace' at the time."]);
  });

  it('reads curly single quotes as quotes but apostrophes as apostrophes', () => {
    expect(inner('The Tories’ plan was ‘desperate’, Labour’s spokesman said.')).toEqual(['desperate']);
  });

  it('continues speech into the next paragraph that opens with a mark, one stretch per paragraph', () => {
    // The second paragraph's mark opens a stretch; it must not be read as closing the first one.
    const text = 'She said: "First part.\n\n"Second part," she added.\n\nNarration.';
    expect(inner(text)).toEqual(['First part.', 'Second part,']);
  });

  it('ends an unclosed quote at its paragraph when the next paragraph does not continue it', () => {
    expect(inner('He said: "never closed\n\nThen narration "closed" here.')).toEqual(['never closed', 'closed']);
  });

  it('starts a new quote at an opening mark while one is open (closing mark left out)', () => {
    expect(inner('Ms Hewitt said: "We doubled it. "We will extend it."')).toEqual(['We doubled it.', 'We will extend it.']);
  });

  it('reads a closing mark that opens a paragraph with no quote open as a typo for the opening one', () => {
    expect(inner('The mayor spoke at noon.\n\n” … what we saw on the river was a warning,” she said.')).toEqual(['… what we saw on the river was a warning,']);
  });
});

describe('a straight mark that opens a paragraph in a curly-quoted article and is never closed', () => {
  it('is a layout sign of an excerpt, not a quote', () => {
    const text = '“We will win,” she said. “We always do.”\n\n"The crowd went quiet after the speech.\n\n“It is over,” he said. “Go home.”\n';
    expect(inner(text)).not.toContain('The crowd went quiet after the speech.');
    expect(inner(text)).toContain('We will win,');
  });
});
