// A reporting verb in a purpose infinitive: "Trump took to Twitter overnight to accuse ...", "Other leaders used
// blunt language to denounce ...", "She went on Fox News to defend ...". The verb of taking a platform or using
// a medium only frames the report, so the cue opens at it and its subject is the source. Other infinitives
// after a verb ("wants to say", "refused to comment") stay no report (cues.ts).
import type { Token } from './document.js';

/** Verbs of taking a platform ("took to Twitter"), each with the word that must follow it. */
const TAKE_TO = /^(?:take|takes|took|taking|taken)$/;
/** Verbs of appearing somewhere ("went on Fox News", "appeared before the committee"). */
const APPEAR = /^(?:go|goes|went|going|gone|appear|appears|appeared|appearing|came|come|comes|returned|returns)$/;
const APPEAR_PARTICLES = new Set(['on', 'before']);
/** Verbs of using a medium, whose object must be one of USED_MEDIA ("used his speech", "used blunt language"). */
const USE = /^(?:use|uses|used|using)$/;
const USED_MEDIA = /^(?:speech|speeches|address|remarks|appearance|interview|statement|tweet|tweets|post|posts|platform|language|words|rally|event|debate|hearing|podium|stage|column|op-ed|ad|ads|visit|opportunity|occasion|moment|conference|floor|briefing|sermon|letter|video)$/;
const MAX_FRAME = 8;

/**
 * The token index where a purpose frame ending at the "to" at `to` begins ("took" in "took to Twitter overnight
 * to"), or -1. The words between are plain lower- or upper-case words: no punctuation, quotation or clause word.
 */
export function purposeFrameStart(tokens: Token[], to: number): number {
  for (let k = to - 1; k >= 0 && to - k <= MAX_FRAME; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quote >= 0 || /^(?:that|and|but|or|which|who|when|while|because|if)$/.test(t.lower)) return -1;
    if (k === to - 1) continue; // the frame needs something between its verb and "to"
    const next = tokens[k + 1]?.lower ?? '';
    if (TAKE_TO.test(t.lower) && next === 'to') return k;
    if (APPEAR.test(t.lower) && APPEAR_PARTICLES.has(next)) return k;
    if (USE.test(t.lower)) {
      for (let m = k + 1; m < to; m++) if (USED_MEDIA.test(tokens[m]?.lower ?? '')) return k;
      return -1;
    }
  }
  return -1;
}
