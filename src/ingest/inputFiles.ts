// What `npm run ingest` is given, as the list of article files to read: files as named,
// directories as every *.txt file under them (an archive is often one folder per day), and a
// list file of paths for more files than an argument list can hold. One process then ingests a
// whole archive, so what it has learnt of the graph (the evidence cache) serves every batch.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export class InputListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputListError';
  }
}

/** Every *.txt file under `dir`, in path order (so an archive goes in the same order each time). */
async function textFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const e of await readdir(at, { withFileTypes: true })) {
      const path = join(at, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && e.name.endsWith('.txt')) found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}

/** The paths of a list file, one per line; blank lines and lines starting with '#' are skipped. */
export function parseFileList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

async function readList(list: string, stdin: () => Promise<string>): Promise<string[]> {
  if (list === '-') return parseFileList(await stdin());
  try {
    return parseFileList(await readFile(list, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputListError(`--files-from ${list}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The article files to ingest, in order: each argument as given (a path that is not there or not
 * readable stays in the list, for the reader to report as that file's error), each directory
 * expanded, then the paths of `filesFrom` ('-' reads standard input). A directory holding no
 * *.txt file is an error: it is almost always the wrong folder.
 */
export async function inputFiles(args: readonly string[], filesFrom?: string, stdin: () => Promise<string> = readStdin): Promise<string[]> {
  const files: string[] = [];
  for (const arg of [...args, ...(filesFrom === undefined ? [] : await readList(filesFrom, stdin))]) {
    const isDir = await stat(arg).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const inside = await textFilesUnder(arg);
    if (inside.length === 0) throw new InputListError(`${arg}: a directory with no .txt files in it`);
    files.push(...inside);
  }
  return files;
}
