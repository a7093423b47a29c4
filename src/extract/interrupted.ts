// "“X,” said Y, a tax consultant. “Z.”": a quotation interrupted by its cue sentence is one
// utterance; the bare stretch after the interruption keeps the mention that the interruption
// names as its source, so the source span points at the speaker and not at nothing.
import type { Span } from './document.js';
import type { RawAttribution } from './attributions.js';

/** The longest interruption that still reads as one: the cue sentence with an appositive (two clauses long at most). */
const MAX_GAP = 240;

/** Per attribution, the source span it should carry (its own, or the interruption's). */
export function interruptedSources(text: string, atts: RawAttribution[]): Array<Span | null> {
  return atts.map((a, i) => {
    if (a.source || a.cue || a.kind !== 'direct') return a.source;
    const prev = atts[i - 1];
    // The stretch before may be mixed: 'The answers are "not meeting the demand," says X, founder of Y. "We ..."'.
    if (!prev || prev.kind === 'indirect' || !prev.source) return a.source;
    const gapStart = prev.content.end;
    const gapEnd = a.content.start;
    if (gapEnd - gapStart > MAX_GAP || text.slice(gapStart, gapEnd).includes('\n')) return a.source;
    // The source must sit inside the interruption, between the two stretches.
    if (prev.source.start < gapStart || prev.source.end > gapEnd) return a.source;
    return prev.source;
  });
}
