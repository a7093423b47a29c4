import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputFiles, InputListError, parseFileList } from '../../src/ingest/inputFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'qg-input-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(path: string, content = 'Headline\nBody.\n'): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

describe('inputFiles', () => {
  it('expands a directory to its .txt files, subdirectories included, in path order', async () => {
    const b = file('archive/2005-01-02/b.txt');
    const a = file('archive/2005-01-02/a.txt');
    const c = file('archive/2005-01-01/c.txt');
    file('archive/notes.md');
    expect(await inputFiles([join(dir, 'archive')])).toEqual([c, a, b]);
  });

  it('keeps files and missing paths as given, for the reader to report', async () => {
    const one = file('one.md');
    const missing = join(dir, 'missing.txt');
    expect(await inputFiles([one, missing])).toEqual([one, missing]);
  });

  it('adds the paths of a list file, or of standard input for -', async () => {
    const x = file('list/x.txt');
    const y = file('list/y.txt');
    const list = file('paths.lst', `# articles\n${y}\n\n  ${x}  \n`);
    expect(await inputFiles([], list)).toEqual([y, x]);
    expect(await inputFiles([x], '-', () => Promise.resolve(`${y}\r\n`))).toEqual([x, y]);
  });

  it('refuses a directory with no .txt file and a list file that is not there', async () => {
    mkdirSync(join(dir, 'empty-dir'));
    await expect(inputFiles([join(dir, 'empty-dir')])).rejects.toThrow(new InputListError(`${join(dir, 'empty-dir')}: a directory with no .txt files in it`));
    await expect(inputFiles([], join(dir, 'nope.lst'))).rejects.toThrow(/--files-from .*nope\.lst: no such file/);
  });

  it('parses a list: one path a line, blanks and # comments skipped', () => {
    expect(parseFileList('a.txt\n#b.txt\n\n c d.txt \r\n')).toEqual(['a.txt', 'c d.txt']);
  });
});
