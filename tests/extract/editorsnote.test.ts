import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe("editor's notes and corrections", () => {
  const article = [
    'Mayor Ann Bell said the bridge would reopen in May.',
    'Editor’s note: The mayor has repeatedly promised to cut bus fares, and her office said last year that it would.',
    'Correction: An earlier version of this story said the bridge was built in 1950. It was opened by Governor Tom Reed in 1952.',
    'Clarification: The second paragraph has been updated to reflect that Bell is calling for a review of the fares.',
  ].join('\n\n');

  it("reports nothing inside a note about the article, and keeps the story's and a clarification's reports", () => {
    expect(quotesOf(article).map((q) => q.content.text)).toEqual(['the bridge would reopen in May', 'a review of the fares']);
  });

  it("reports nothing in the writer's sign-off, even inside a quoted transcript", () => {
    const text = '"BELL: We will reopen the bridge in May.\n\n"Follow Sam Reed on Twitter @samreedTV."';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['We will reopen the bridge in May.']);
  });
});
