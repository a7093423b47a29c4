// Exports curated seed files as FORMAT.md gold (../shared/eval/FORMAT.md), so the extractor
// can be scored on the seed article: `npx tsx src/seed/gold.ts OUTDIR [SEED.json ...]`, then
// `node ../shared/eval/score.mjs --pred PRED.jsonl --gold OUTDIR`.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GraphBundle, Span } from '../model/bundle.js';
import { defaultSeedFiles } from './seedGraph.js';
import { loadSeedFile } from './validate.js';

const SPEAKER_TYPES = { Person: 'person', Organisation: 'organisation', UnnamedSource: 'anonymous' } as const;

const span = (s: Span | null) => (s === null ? null : { start: s.start, end: s.end, text: s.text });

export function toGold(article: string, bundle: GraphBundle) {
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  return {
    article,
    quotes: [...bundle.quotes]
      .sort((a, b) => a.content.start - b.content.start)
      .map((q) => {
        const speaker = q.speakerId === null ? undefined : entities.get(q.speakerId);
        const type = speaker && speaker.type in SPEAKER_TYPES ? SPEAKER_TYPES[speaker.type as keyof typeof SPEAKER_TYPES] : null;
        return {
          content: span(q.content),
          kind: q.kind.toLowerCase(),
          cue: span(q.cue),
          source: span(q.source),
          speaker: speaker?.name ?? null,
          speakerType: type,
          speakerAliases: speaker?.aliases ?? [],
        };
      }),
  };
}

async function main(argv: string[]): Promise<number> {
  const [outDir, ...files] = argv;
  if (outDir === undefined || outDir === '--help') {
    process.stderr.write('usage: npx tsx src/seed/gold.ts OUTDIR [SEED.json ...]  (default: every seed file)\n');
    return outDir === undefined ? 2 : 0;
  }
  await mkdir(outDir, { recursive: true });
  for (const file of files.length > 0 ? files : await defaultSeedFiles()) {
    const bundle = await loadSeedFile(file);
    const name = basename(file).replace(/\.json$/, '');
    await writeFile(join(outDir, `${name}.txt`), bundle.articles[0]?.text ?? '');
    await writeFile(join(outDir, `${name}.gold.json`), `${JSON.stringify(toGold(name, bundle), null, 2)}\n`);
    process.stderr.write(`${join(outDir, name)}.gold.json: ${bundle.quotes.length} quotes\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = await main(process.argv.slice(2));
}
