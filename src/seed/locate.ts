// Curation helper: prints the exact span of a phrase in an article file, for pasting into a
// seed file. `npx tsx src/seed/locate.ts seed/000_x.txt "told the BBC" [OCCURRENCE]`
import { readArticleText } from './articleText.js';

export function locate(text: string, phrase: string, occurrence = 1): { start: number; end: number; text: string } | null {
  let start = -1;
  for (let i = 0; i < occurrence; i += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) return null;
  }
  return { start, end: start + phrase.length, text: phrase };
}

async function main(argv: string[]): Promise<number> {
  const [file, phrase, occurrence = '1'] = argv;
  if (file === undefined || phrase === undefined || file === '--help' || !/^[1-9]\d*$/.test(occurrence)) {
    process.stderr.write('usage: npx tsx src/seed/locate.ts ARTICLE.txt PHRASE [OCCURRENCE]\n');
    return file === '--help' ? 0 : 2;
  }
  const text = await readArticleText(file);
  const span = locate(text, phrase, Number(occurrence));
  if (span === null) {
    process.stderr.write(`${file}: occurrence ${occurrence} of ${JSON.stringify(phrase)} not found\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(span)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = await main(process.argv.slice(2));
}
