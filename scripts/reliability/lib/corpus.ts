// Generated articles for the crash and concurrency checks: the bench corpus generator
// (bench/corpus), deterministic per seed, written as text files to a directory.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openCorpus } from '../../../bench/corpus/corpus.js';

/** Writes `count` articles to dir/<name>.txt and returns the paths in ingest order. */
export async function writeCorpus(dir: string, count: number, seed = 'reliability'): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const corpus = openCorpus({ articles: count, seed });
  const files: string[] = [];
  for (const article of corpus.range(0, count)) {
    const file = path.join(dir, `${article.name}.txt`);
    await writeFile(file, article.text);
    files.push(file);
  }
  return files;
}
