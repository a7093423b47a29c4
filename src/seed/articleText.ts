// How an article file becomes the text every offset refers to: UTF-8, byte-order mark
// stripped, line endings normalised to LF. The article id follows from that text alone.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function normaliseArticleText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function articleIdOf(text: string): string {
  return `art_${sha256Hex(text).slice(0, 16)}`;
}

export async function readArticleText(path: string): Promise<string> {
  return normaliseArticleText(await readFile(path, 'utf8'));
}
