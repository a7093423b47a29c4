// Block quotations: a paragraph that ends "The governor added:" or "Limbaugh continued:" introduces
// the next paragraph as the speaker's words even when no quotation marks set them off (quoted
// passages set off by layout alone). The whole paragraph is one quote; its sentences are not read
// as reports of their own ("She knows nothing" inside it is the governor's, not a report by "she").
import type { QuoteSpan, Unit } from './document.js';
import { colonIntro, type RawAttribution } from './attributions.js';

/** The words of at least this many characters make a passage; shorter lines are list items or labels. */
const MIN_PASSAGE = 40;

/** Block quotations introduced by the last unit of the paragraph before, one per paragraph. */
export function blockQuotes(units: Unit[], quotes: QuoteSpan[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (let u = 1; u < units.length; u++) {
    const unit = units[u];
    const prev = units[u - 1];
    // (Cheap test first: the unit before must end in a colon.)
    if (!unit || !prev || unit.paragraph === prev.paragraph || prev.tokens[prev.tokens.length - 1]?.text !== ':') continue;
    let last = u;
    while (units[last + 1]?.paragraph === unit.paragraph) last++;
    const end = units[last]?.end ?? unit.end;
    // A paragraph with quotation marks of its own is read by the quote rules.
    if (end - unit.start < MIN_PASSAGE || quotes.some((q) => q.open < end && q.close > unit.start)) continue;
    const intro = colonIntro(prev);
    if (!intro) continue;
    out.push({ unit: u, content: { start: unit.start, end }, kind: 'direct', cue: intro.cue, source: intro.source, channel: null, inherits: false });
  }
  return out;
}
