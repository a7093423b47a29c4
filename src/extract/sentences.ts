// Sentence units. A boundary is sentence-final punctuation followed by space and a capital,
// digit or quote mark, outside any quotation: a quote and the words around it stay together.
import type { QuoteSpan, Span, Unit } from './document.js';
import { quoteIndex, tokenize } from './tokens.js';
import { CUE_FORMS, WEAK_CUES } from './lexicon.js';

const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Rev|Gen|Gov|Sen|Rep|(?<!,\s)Del|Col|Capt|Lt|Sgt|No|vs|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|a\.m|p\.m)|\b\p{Lu})\.$/u;

/** Longest unit, in UTF-16 code units; real sentences with their quotes stay well below it. */
export const MAX_UNIT = 4000;

// Any finite reporting form that needs no particle and is no weak stance ("Vitter demanded.", not
// "Clinton plans to ..."): past tense, -s forms and the irregular pasts.
const SAY = `(?:${[...CUE_FORMS]
  .filter(([form, f]) => !f.needs && !WEAK_CUES.has(f.lemma) && (/(?:ed|s)$/.test(form) || ['said', 'told', 'wrote', 'spoke', 'thought', 'knew', 'felt'].includes(form)))
  .map(([form]) => form)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// The subject before the verb: names, titles with their dot ("Sen.", "Del."), lower-case descriptors after a
// determiner or possessive ("The senator", "Scott's niece, state Del. Marcia Price"), a quoted nickname and a
// bracketed party tag ("(R-Ky.)").
const TITLE_DOT = '(?:Sen|Rep|Gov|Del|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\\.';
// (A lower-case word that is a clause word or a verb form ends the subject: '"Enough." Voters viewed it as a
// failure and rejected it.' is two sentences.)
const CLAUSE_WORD = '(?:as|and|but|or|that|to|with|by|if|when|who|which|than|then|is|was|were|are|has|had|have|will|would|did|does|do|not|them|him|it|they|in|on|at|for|from|after|before)';
const SUBJECT_WORD = `(?:${TITLE_DOT}|\\([^()\\n]{1,30}\\),?|["“]\\p{Lu}[\\p{L}'’-]*["”]|\\p{Lu}[\\p{L}\\d'’.-]*,?|(?!${CLAUSE_WORD}\\b)[a-z][\\p{L}'’-]*(?<!ed|ing),?)`;
const SHORT_ATTRIBUTION = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|${TITLE_DOT}|he|she|they|we|I|it|the|a|an|his|her|their)\\s+(?:(?!${SAY}\\b)${SUBJECT_WORD}\\s+){0,7}${SAY}|${SAY}\\s+[^.!?"“”]{1,60})\\b[^.!?"“”]{0,60}[.!?](?<!\\b${TITLE_DOT})(?:\\s|$)`,
  'u',
);

export function splitUnits(text: string, paragraphs: Span[], quotes: QuoteSpan[]): Unit[] {
  const quoteAt = quoteIndex(quotes);
  const cuts: Array<{ at: number; paragraph: number }> = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (!para) continue;
    const body = text.slice(para.start, para.end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const at = para.start + m.index + m[0].length;
      const q = quoteAt(at - 1);
      // Inside a quote (the final mark excluded) there is no boundary.
      if (q >= 0 && (quotes[q]?.close ?? 0) > at) continue;
      const lookback = text.slice(Math.max(para.start, para.start + m.index - 6), para.start + m.index + 1);
      if (ABBREV.test(lookback)) continue;
      // '"Why now?" Clinton said.': a short attribution after a quote belongs to the quote's sentence.
      if (/["”’']$/.test(m[0]) && SHORT_ATTRIBUTION.test(text.slice(at, Math.min(para.end, at + 120)))) continue;
      cuts.push({ at, paragraph: p });
    }
    cuts.push({ at: para.end, paragraph: p });
  }
  const units: Unit[] = [];
  let start = paragraphs[0]?.start ?? 0;
  let paragraph = 0;
  for (const cut of cuts) {
    // A multi-paragraph quote keeps its paragraphs in one unit.
    const q = quoteAt(cut.at - 1);
    const spanning = q >= 0 && (quotes[q]?.close ?? 0) > cut.at;
    if (spanning) continue;
    let s = start;
    while (s < cut.at && /\s/.test(text[s] ?? '')) s++;
    if (cut.at > s) {
      // A unit is cut into pieces of bounded size, so that the per-unit rules (which compare
      // cues with quotes) stay linear in the text even on a megabyte without a full stop.
      let from = s;
      while (cut.at - from > MAX_UNIT) {
        // Only the window itself is searched for a space: a long word must not cost a rescan.
        const space = text.slice(from, from + MAX_UNIT).lastIndexOf(' ');
        const at = space > 0 ? from + space : from + MAX_UNIT;
        units.push({ start: from, end: at, paragraph, tokens: tokenize(text, from, at, quoteAt) });
        from = at;
        while (from < cut.at && /\s/.test(text[from] ?? '')) from++;
      }
      if (cut.at > from) units.push({ start: from, end: cut.at, paragraph, tokens: tokenize(text, from, cut.at, quoteAt) });
    }
    start = cut.at;
    const next = paragraphs[cut.paragraph + 1];
    if (cut.at === paragraphs[cut.paragraph]?.end && next) {
      start = next.start;
      paragraph = cut.paragraph + 1;
    } else paragraph = cut.paragraph;
  }
  return units;
}
