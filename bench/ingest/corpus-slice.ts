// The --corpus/--from/--count arguments the ingest profiling scripts share: a slice of a
// generated corpus's article files, in file order.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { intArg } from '../lib/args.js';

export interface CorpusSlice {
  dir: string;
  names: string[];
}

export async function corpusSliceFromArgs(): Promise<CorpusSlice> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, from: { type: 'string' }, count: { type: 'string' } } });
  if (!values.corpus) throw new Error('--corpus DIR is required');
  const dir = path.join(values.corpus, 'articles');
  const from = intArg('from', values.from, 0);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().slice(from, from + intArg('count', values.count, 50));
  return { dir, names };
}
