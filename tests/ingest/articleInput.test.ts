import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleMeta, InputError, readArticleFile } from '../../src/ingest/articleInput.js';

const dir = mkdtempSync(join(tmpdir(), 'qg-ingest-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readArticleFile', () => {
  it('reads a UTF-8 file', async () => {
    expect(await readArticleFile(file('ok.txt', 'Headline\nBody £ text'))).toBe('Headline\nBody £ text');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => dir, /not a regular file/],
    ['an empty file', () => file('empty.txt', ''), /empty file/],
    ['a binary file', () => file('bin.txt', Buffer.from([0x48, 0x00, 0x01, 0x02])), /binary/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x48, 0xe9, 0x74, 0xe9])), /not valid UTF-8/],
  ])('rejects %s with an InputError naming the file', async (_what, path, message) => {
    const p = path();
    const error = await readArticleFile(p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(p);
  });

  it('rejects a file over the size limit', async () => {
    const p = file('big.txt', 'x'.repeat(2_000));
    await expect(readArticleFile(p, 1_000)).rejects.toThrow(/2000 bytes, over the 1000-byte limit/);
  });
});

describe('articleMeta', () => {
  it('gives the same id to the same text whatever its BOM and line endings', () => {
    const plain = articleMeta({ text: 'Title line\nBody.\n' });
    const windows = articleMeta({ text: '\uFEFFTitle line\r\nBody.\r\n' });
    expect(windows.id).toBe(plain.id);
    expect(windows.text).toBe('Title line\nBody.\n');
    expect(plain.id).toMatch(/^art_[0-9a-f]{16}$/);
    expect(plain.id).toBe(`art_${plain.sha256.slice(0, 16)}`);
  });

  it('defaults the title to the first non-empty line', () => {
    expect(articleMeta({ text: '\n  Blair backs Brown  \nBody' }).title).toBe('Blair backs Brown');
    expect(articleMeta({ text: 'Headline\nBody', title: 'Given' }).title).toBe('Given');
  });

  it.each([
    [{ text: '   \n  ' }, /empty/],
    [{ text: 'a\u0000b' }, /control characters/],
    [{ text: 'Title', publishedAt: '24/11/2026' }, /not an ISO date/],
    [{ text: 'Title', url: 'ftp://example.org/x' }, /not an http\(s\) URL/],
  ])('rejects bad input %#', (input, message) => {
    expect(() => articleMeta(input)).toThrow(message);
  });
});
