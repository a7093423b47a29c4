// CLI: writes a synthetic corpus of article text files for the ingest benchmark.
//   npm run bench:corpus -- --articles 10000 --out bench/out/corpus-10k --seed 1

import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCorpus } from './corpus.js';
import type { TruthArticle } from './article.js';

const HELP = `Usage: npm run bench:corpus -- --articles N --out DIR [--seed S] [--people P] [--truth] [--force]

Writes N synthetic BBC-style political news articles (headline line, one paragraph per
line) to DIR/articles/<name>.txt, plus DIR/corpus.json (scale and counts). The same
--seed, --articles and --people give byte-identical files.

  --articles N   number of articles (required)
  --out DIR      output directory (required)
  --seed S       PRNG seed (default "quotegraph")
  --people P     size of the cast (default: articles/8, clamped to 300..20000)
  --truth        also write DIR/truth.jsonl: the gold quotes in ../shared/eval/FORMAT.md shape
  --force        replace an existing DIR/articles
`;

interface Args {
  articles: number;
  out: string;
  seed: string;
  people: number | undefined;
  truth: boolean;
  force: boolean;
}

function fail(message: string): never {
  process.stderr.write(`bench:corpus: ${message}\n\n${HELP}`);
  process.exit(2);
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

function parse(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: 'quotegraph' },
        people: { type: 'string' },
        truth: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const articles = positiveInt('articles', values.articles);
  if (articles === undefined) fail('--articles is required');
  if (!values.out) fail('--out is required');
  return {
    articles,
    out: resolve(values.out),
    seed: values.seed,
    people: positiveInt('people', values.people),
    truth: values.truth,
    force: values.force,
  };
}

function truthLine(a: TruthArticle): string {
  return JSON.stringify({
    article: a.name,
    quotes: a.quotes.map((q) => ({
      content: q.content, kind: q.kind, cue: q.cue, source: q.source, speaker: q.speaker, speakerType: q.speakerType,
    })),
  });
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const corpus = openCorpus({ articles: args.articles, seed: args.seed, people: args.people });
  const dir = join(args.out, 'articles');
  const existing = await readdir(dir).catch(() => [] as string[]);
  if (existing.length > 0) {
    if (!args.force) fail(`${dir} already holds ${existing.length} files; pass --force to replace them`);
    await rm(dir, { recursive: true });
  }
  await mkdir(dir, { recursive: true });
  const truth = args.truth ? createWriteStream(join(args.out, 'truth.jsonl')) : null;

  const started = performance.now();
  const counts = { articles: 0, quotes: 0, direct: 0, indirect: 0, mixed: 0, mentions: 0, bytes: 0 };
  const inFlight = new Set<Promise<void>>();
  let lastReport = started;
  for (const article of corpus.range(0, args.articles)) {
    counts.articles++;
    counts.quotes += article.quotes.length;
    for (const q of article.quotes) counts[q.kind]++;
    counts.mentions += article.mentions.length;
    counts.bytes += Buffer.byteLength(article.text);
    if (truth && !truth.write(`${truthLine(article)}\n`)) await new Promise<void>((r) => truth.once('drain', () => r()));
    const p = writeFile(join(dir, `${article.name}.txt`), article.text).then(() => {
      inFlight.delete(p);
    });
    inFlight.add(p);
    if (inFlight.size >= 64) await Promise.race(inFlight);
    const now = performance.now();
    if (now - lastReport > 2000) {
      lastReport = now;
      process.stderr.write(`  ${counts.articles}/${args.articles} articles, ${counts.quotes} quotes\n`);
    }
  }
  await Promise.all(inFlight);
  if (truth) await new Promise<void>((r) => truth.end(r));
  const seconds = (performance.now() - started) / 1000;
  const manifest = { seed: args.seed, people: corpus.options.people, ...counts, seconds: Number(seconds.toFixed(2)) };
  await writeFile(join(args.out, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stderr.write(
    `wrote ${counts.articles} articles (${counts.quotes} quotes: ${counts.direct} direct, ${counts.indirect} indirect, ` +
      `${counts.mixed} mixed; ${counts.mentions} mentions; ${(counts.bytes / 1e6).toFixed(1)} MB) to ${dir} in ${seconds.toFixed(1)} s\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:corpus: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
