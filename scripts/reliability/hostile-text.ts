// Large hostile texts for the extractor, built from a named recipe so a child process can make
// the same input without passing 10 MB over argv.

export const HOSTILE_RECIPES = {
  /** One 10 MB line of news prose: quotes, cues and names, no newline anywhere. */
  'news-line': (size: number) =>
    repeatTo('Keir Starmer said: "We will fix it, and fast." The minister added that it was "wrong". ', size),
  /** Opening quote marks that never close, each followed by a word (once quadratic in the extractor). */
  'unbalanced-quotes': (size: number) => repeatTo('“ word ', size),
  /** Only ASCII control characters (NUL..US, DEL) and Unicode line/paragraph separators. */
  'control-chars': (size: number) => repeatTo(controlChars(), size),
  /** One unbroken token: no spaces, no punctuation. */
  'single-token': (size: number) => repeatTo('a', size),
  /** Surrogate pairs, lone surrogates, combining marks, RTL overrides and zero-width spaces. */
  'unicode-soup': (size: number) =>
    repeatTo('👩‍👩‍👧Z̵̡͈a̷͔l\uD800g\uDC00o\u202E«»„“”\u200B\uFEFF Ms Ĳsbrand sagte: „Nein“. " ‘ said « ', size),
} as const;

export type HostileRecipe = keyof typeof HOSTILE_RECIPES;

export const TEN_MB = 10 * 1024 * 1024;

function controlChars(): string {
  let out = '';
  for (let c = 0; c < 32; c++) out += String.fromCharCode(c);
  return `${out}\u007f\u2028\u2029\u0085`;
}

function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}
