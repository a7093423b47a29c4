// npm run --silent extract -- FILE... : one JSON line per article on stdout, errors on stderr.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractArticle } from '../extract/index.js';

const HELP = `usage: npm run --silent extract -- [--entities] FILE...

Extracts quote attributions from plain-text articles and prints one JSON object per file
(JSON Lines): {"article": NAME, "quotes": [...]}, NAME being the file's base name without .txt.
  --entities   also print each article's entity clusters ("entities")
  --help       this text
A file that cannot be read is reported on stderr; the others are still processed and the
exit status is 1.`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const withEntities = argv.includes('--entities');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--entities');
  if (unknown.length > 0) {
    console.error(`extract: unknown option ${unknown.join(', ')} (see --help)`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('extract: no input files (see --help)');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      const buf = await readFile(file);
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch (err) {
      const why = err instanceof TypeError ? 'not valid UTF-8 text' : err instanceof Error ? err.message : String(err);
      console.error(`extract: ${file}: ${why}`);
      failed++;
      continue;
    }
    const result = extractArticle(basename(file).replace(/\.txt$/, ''), text);
    const line = withEntities ? result : { article: result.article, quotes: result.quotes };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (failed > 0) console.error(`extract: ${failed} of ${files.length} file(s) failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
