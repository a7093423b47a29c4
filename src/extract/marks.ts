// Quotation marks and the spans they enclose. Straight and curly, double and single; a
// single-quoted stretch inside a double-quoted one is part of it. British multi-paragraph
// style: a paragraph that leaves a quote open continues the speech when the next paragraph
// opens with a quote mark; that mark opens the next stretch (one quote per stretch).
import type { QuoteSpan, Span } from './document.js';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPENING_CONTEXT = /[\s([{—–-]/;

/** Every character that can be a quotation mark; the scan jumps from one to the next. */
const MARK = /["“”„«»‘’']/g;

type Role = 'open' | 'close' | 'either' | 'none';

/** Whether a mark at i opens or closes a quote, judged by the characters beside it. */
function roleOf(text: string, i: number, family: 'double' | 'single'): Role {
  const c = text[i] ?? '';
  const before = text[i - 1];
  const after = text[i + 1];
  if (family === 'double') {
    if (DOUBLE_OPEN.has(c)) return 'open';
    if (DOUBLE_CLOSE.has(c)) return 'close';
    const openCtx = before === undefined || OPENING_CONTEXT.test(before) || before === '"';
    const closeCtx = after === undefined || isSpace(after) || /[.,;:!?)\]—–-]/.test(after);
    if (openCtx && !isSpace(after)) return 'open';
    if (closeCtx && !isSpace(before)) return 'close';
    return 'either';
  }
  // Single marks double as apostrophes: only a mark at a word edge can be a quote mark.
  if (c === SINGLE_OPEN) return isWordChar(after) || /["“]/.test(after ?? '') ? 'open' : 'none';
  const openCtx = before === undefined || OPENING_CONTEXT.test(before);
  if (openCtx && isWordChar(after)) return 'open';
  if (isWordChar(before) && isWordChar(after)) return 'none'; // don't, it's
  if (!isSpace(before) && (after === undefined || isSpace(after) || /[.,;:!?)]/.test(after))) {
    // "the Tories' plan": a plural possessive looks like a close; accepted only when a quote is open.
    return 'close';
  }
  return 'none';
}

interface Open {
  open: number;
  family: 'double' | 'single';
}

/** Whether only spaces stand between the start of its line and offset i. */
function opensLine(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] !== '\n' && isSpace(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

/** Whether at least four in five of the article's double marks are curly. */
function curlyDominant(text: string): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) straight++;
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) curly++;
  return curly >= 4 * straight && curly > 0;
}

/** Finds every top-level quote span. Linear in the text length. */
export function findQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let current: Open | null = null;
  let continuation = -1;
  // The next mark at or after a position. Positions only grow, and the last answer is kept,
  // so a stretch without marks is scanned once even when it spans many paragraphs.
  let cached = -1;
  const nextMark = (from: number): number => {
    if (cached >= from) return cached;
    MARK.lastIndex = from;
    const m = MARK.exec(text);
    cached = m ? m.index : text.length;
    return cached;
  };
  // An article that writes its quotes with curly marks and opens a paragraph with a straight mark it never
  // closes ('"Kevin was snoring.' in an excerpt) uses the straight mark as a layout sign, not a quote.
  const curly = curlyDominant(text);
  const finish = (closeMark: number, closed: boolean): void => {
    if (!current) return;
    if (!closed && curly && text[current.open] === '"' && opensLine(text, current.open)) {
      current = null;
      return;
    }
    let innerStart = current.open + 1;
    while (innerStart < closeMark && isSpace(text[innerStart])) innerStart++;
    let innerEnd = closeMark;
    while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
    if (innerEnd > innerStart) {
      out.push({ open: current.open, close: closed ? closeMark + 1 : innerEnd, inner: { start: innerStart, end: innerEnd }, closed });
    }
    current = null;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (!para) continue;
    // A quote left open at the end of the previous paragraph goes on only if this one opens with a mark.
    if (current) {
      const first = text[para.start];
      const opensWithMark = first === '"' || first === '“' || (current.family === 'single' && (first === '‘' || first === "'"));
      const prev = paragraphs[p - 1];
      if (current.family === 'single') current = null; // an unclosed single mark was an apostrophe
      else {
        // Either way the open quote ends with its paragraph. When the next paragraph opens with a
        // mark, the speech goes on (British style): that mark opens the next stretch rather than
        // closing this one, and each paragraph's stretch is its own quote (FORMAT.md).
        finish(prev ? prev.end : para.start, false);
        if (opensWithMark) continuation = para.start;
      }
    }
    for (let i = nextMark(para.start); i < para.end; i = nextMark(i + 1)) {
      const c = text[i];
      let family: 'double' | 'single' | null = null;
      if (c === '"' || DOUBLE_OPEN.has(c ?? '') || DOUBLE_CLOSE.has(c ?? '')) family = 'double';
      else if (c === "'" || c === SINGLE_OPEN || c === SINGLE_CLOSE) family = 'single';
      if (!family) continue;
      if (current && family === 'single' && current.family === 'double') continue; // nested
      const role = roleOf(text, i, family);
      if (role === 'none') continue;
      if (!current) {
        // ("” … what I learned is that ...,” he said.": a closing mark that opens a paragraph with no quote open is a typo for the opening one.)
        const typo = i === para.start && c === '”';
        if (role === 'open' || (role === 'either' && family === 'double') || i === continuation || typo) current = { open: i, family };
        continue;
      }
      if (family !== current.family) continue;
      if (role === 'close' || role === 'either') finish(i, true);
      else {
        // An opening mark while a quote is open: the open one ended without its closing mark.
        finish(i, false);
        current = { open: i, family };
      }
    }
  }
  const last = paragraphs[paragraphs.length - 1];
  if (current && last && current.family === 'double') finish(last.end, false);
  return out;
}
