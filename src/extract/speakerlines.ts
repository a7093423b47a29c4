// Speaker-labelled lines: transcript and headline style "WALLACE: ...", "Pence: Flowers won't
// be at debate", and vox-pop style "“...” ― Sonya Herridge". Found per paragraph, before the
// sentence rules, and they take precedence over them.
import type { Span } from './document.js';
import type { RawAttribution } from './attributions.js';

// A label is one to four capitalised words (initials, hyphens and apostrophes allowed), no verbs.
const LABEL = /^["“]?((?:\p{Lu}[\p{L}.'’-]*)(?: (?:\p{Lu}[\p{L}.'’-]*|of|de|van|von)){0,3}):[ \t]+(\S)/u;
const DASH_NAME = /[”"][ \t\u00a0]*[―—–][ \t\u00a0]*((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})\.?[ \t\u00a0]*$/u;
const NOT_LABELS = new Set(['Note', 'Update', 'Editor', 'Photo', 'Watch', 'Read', 'Related', 'Source', 'Sources', 'Image', 'Video', 'Caption', 'Correction', 'Disclosure', 'Transcript', 'Q', 'A', 'Warning', 'Breaking', 'Exclusive', 'Analysis', 'Opinion', 'Comment', 'Live', 'Latest', 'Update:', 'Clarification', 'Corrections', 'Editor’s Note', "Editor's Note", 'Editors Note', 'Clarifications']);
const isNotLabel = (label: string): boolean => NOT_LABELS.has(label) || NOT_LABELS.has(label.charAt(0) + label.slice(1).toLowerCase());

const LEADING_CUE = /^(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Tweeted|Replied|Explained) (?=\p{Lu})/u;

const FUNCTION_WORDS = new Set(['over', 'of', 'the', 'in', 'for', 'on', 'at', 'to', 'and', 'or', 'a', 'an', 'with', 'by', 'from', 'is', 'are', 'was', 'why', 'how', 'what', 'when', 'who', 'after', 'before', 'as', 'vs', 'vs.', 'not', 'no', 'new', 'here', 'this', 'that', 'more', 'most', 'behind', 'inside', 'about', 'into']);

export function speakerLines(text: string, paragraphs: Span[], paragraphIndex: number): RawAttribution | null {
  const para = paragraphs[paragraphIndex];
  if (!para) return null;
  const body = text.slice(para.start, Math.min(para.end, para.start + 4000));
  const m = LABEL.exec(body);
  // Headline words such as "Over" or "For" mark a title ("Stealth Over Health:"), not a speaker.
  if (m && m[1] && !isNotLabel(m[1]) && !m[1].split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) {
    const labelStart = para.start + body.indexOf(m[1]);
    const contentStart = para.start + m.index + m[0].length - 1;
    let end = para.end;
    while (end > contentStart && /["”\s]/.test(text[end - 1] ?? '')) end--;
    // "Said Ellis: ...": a leading reporting verb is the cue, the name after it the source.
    const verb = LEADING_CUE.exec(m[1]);
    const sourceStart = verb ? labelStart + verb[0].length : labelStart;
    if (end - contentStart >= 3) {
      return {
        unit: -1,
        content: { start: contentStart, end },
        kind: 'direct',
        cue: verb ? { start: labelStart, end: labelStart + verb[0].length - 1 } : { start: labelStart + m[1].length, end: labelStart + m[1].length + 1 },
        source: { start: sourceStart, end: labelStart + m[1].length },
        channel: null,
        inherits: false,
      };
    }
  }
  const tail = text.slice(Math.max(para.start, para.end - 120), para.end);
  const d = DASH_NAME.exec(tail);
  if (d && d[1]) {
    const tailStart = Math.max(para.start, para.end - 120);
    const closeAt = tailStart + d.index;
    const nameStart = tailStart + d.index + d[0].indexOf(d[1]);
    const openAt = text.slice(para.start, closeAt).search(/["“”]/);
    if (openAt >= 0 && para.start + openAt + 1 < closeAt) {
      return {
        unit: -1,
        content: { start: para.start + openAt + 1, end: closeAt },
        kind: 'direct',
        cue: { start: closeAt + 1, end: nameStart },
        source: { start: nameStart, end: nameStart + d[1].length },
        channel: null,
        inherits: false,
      };
    }
  }
  return null;
}
