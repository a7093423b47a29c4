import type { Span } from './document.js';

const LINE = /[^\n\r]+/g;

/** Paragraphs are the non-blank lines of the text, trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
