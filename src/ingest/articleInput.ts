// Turning caller input (a file, or the mutation's arguments) into a checked article: text
// normalised the one way every offset and id relies on, title and date validated.

import { readFile, stat } from 'node:fs/promises';
import { normaliseArticleText } from '../seed/articleText.js';
import { articleId, sha256Hex } from '../link/ids.js';
import type { ArticleMeta } from '../link/types.js';

/** Largest article accepted, in bytes of UTF-8: far above any news story, far below harm. */
export const MAX_ARTICLE_BYTES = 1_000_000;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function checkDate(value: string): string {
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed) || Number.isNaN(Date.parse(trimmed.slice(0, 10)))) {
    throw new InputError(`publishedAt "${value}" is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z])`);
  }
  return trimmed;
}

function checkUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url.toString();
  } catch {
    throw new InputError(`url "${value}" is not an http(s) URL`);
  }
}

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x09 || (code > 0x0d && code < 0x20)) return true;
  }
  return false;
}

/** The first non-empty line, which for BBC files is the headline. */
export function defaultTitle(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 197)}...` : trimmed;
}

/** Validates and normalises one article; throws InputError naming what is wrong. */
export function articleMeta(input: ArticleInput): ArticleMeta {
  if (typeof input.text !== 'string') throw new InputError('text is missing');
  if (Buffer.byteLength(input.text, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new InputError(`text is over the ${MAX_ARTICLE_BYTES}-byte limit`);
  }
  if (hasControlCharacters(input.text)) throw new InputError('text contains control characters: binary data, not an article');
  const text = normaliseArticleText(input.text);
  if (text.trim().length === 0) throw new InputError('text is empty');
  const title = input.title?.trim() || defaultTitle(text);
  const sha256 = sha256Hex(text);
  return {
    id: articleId(text),
    title,
    text,
    sha256,
    url: input.url ? checkUrl(input.url) : null,
    outlet: input.outlet?.trim() || null,
    publishedAt: input.publishedAt ? checkDate(input.publishedAt) : null,
  };
}

/** Reads an article file: missing, unreadable, over-size, binary or non-UTF-8 files are InputErrors. */
export async function readArticleFile(path: string, maxBytes = MAX_ARTICLE_BYTES): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: ${size} bytes, over the ${maxBytes}-byte limit`);
  if (size === 0) throw new InputError(`${path}: empty file`);
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8`);
  }
}
