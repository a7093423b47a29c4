// A publication's note about the article itself ("Editor's note: ...", "Correction: An earlier version of this
// article misstated ...") is no part of the reporting: its sentences are the desk's own, and a report inside one
// (a standing note's "who has repeatedly pledged to ...") repeats boilerplate, not what anyone said in the story
// (PolNeAR's annotators discard such paragraphs). A clarification is left alone: it restates what the story reports
// ("clarified to reflect that the senator is calling for a review, not ...").
import type { Span } from './document.js';

const NOTE_OPENING =
  /^(?:editor['’]?s['’]? note|corrections?)\s*[:.—–-]|^(?:this (?:article|story|post) (?:has been|was) (?:revised|updated|corrected|amended)|an? (?:earlier|previous) version of this (?:article|story|post))\b/i;

// "Follow Pam Key on Twitter @pamkey": the writer's sign-off, quoted along with the rest when a whole transcript
// sits inside quotation marks.
const SIGN_OFF = /^["“]?follow [^.]{1,60}? on (?:twitter|facebook|instagram)\b/i;

/** Paragraphs that open as an editor's note or a correction, or are the writer's sign-off. */
export function editorsNotes(text: string, paragraphs: Span[]): Span[] {
  return paragraphs.filter((p) => {
    const head = text.slice(p.start, Math.min(p.end, p.start + 80));
    return NOTE_OPENING.test(head) || SIGN_OFF.test(head);
  });
}
