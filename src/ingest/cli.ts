// npm run ingest -- FILE|DIR... [--files-from LIST] [--batch N] [--url U] [--title T] [--date YYYY-MM-DD] [--outlet O] [--relink]
// Files are extracted, linked and written N at a time in one transaction (--batch 1: each in its
// own), the next batch linked while the current one is written (./batchPipeline.ts); a bad file
// is reported and skipped, the others still go in.

import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDriver, connect } from '../db/index.js';
import { applySchema } from '../write/index.js';
import { checkDate, InputError, MAX_ARTICLE_BYTES, readArticleFile } from './articleInput.js';
import { ingestArticle, type IngestResult } from './ingestArticle.js';
import { BatchPipeline } from './batchPipeline.js';
import type { BatchItem } from './ingestBatch.js';
import { RetriesExhaustedError, withRetry } from '../db/retry.js';
import { createProgress } from './progress.js';
import { inputFiles, InputListError } from './inputFiles.js';
import { stageReport } from './stageTimes.js';

/** The write is the slower side of the pipeline, and its per-transaction cost is paid per batch:
 * 200 ingested 10k bench articles at 155/s against 142 for 100 and 132 for 50 (bench/RESULTS.md,
 * session 5), the same graph each time. A fault redoes at most one batch. */
const DEFAULT_BATCH = 200;

const HELP = `usage: npm run ingest -- FILE|DIR... [options]

Extracts the quotes of each article file (UTF-8 text; first line the headline), links
speakers and mentions to the entities already in the graph and writes them. The same text is
the same article (art_ + sha256), so re-ingesting a file changes nothing. A directory stands
for every *.txt file under it (subdirectories too), in path order: a whole archive goes in
with one command, e.g. npm run ingest -- archive/

options
  --files-from LIST
                also ingest the paths listed in the file LIST, one per line (- reads them
                from standard input); blank lines and lines starting with # are skipped
  --batch N     articles per transaction (default ${DEFAULT_BATCH}). A batch is looked up in one
                read, linked in file order (a later article sees the people an earlier one
                introduced) and written in one transaction: the same graph as one by one,
                several times faster (bench/RESULTS.md); a smaller batch redoes less after
                a fault. A bad file is reported and left out; if the batch
                cannot be written, its articles are written one transaction each. The next
                batch is linked while one is written (it sees what that one writes).
                --batch 1 writes each article in its own transaction as soon as it is linked.
  --title T     article title (one file only; default: the file's first line)
  --url U       article URL (one file only)
  --date D      publication date, YYYY-MM-DD (roles such as "the Chancellor" resolve to
                their holder at this date; without it they resolve only within the article)
  --outlet O    outlet name, e.g. "BBC News"
  --relink      re-link and re-write articles already in the graph (one article per
                transaction)
  -h, --help    this text

Files over ${MAX_ARTICLE_BYTES} bytes, empty, binary or not UTF-8 are reported and skipped.
Connects to NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD), else the local default port.
`;

interface Totals {
  ingested: number;
  unchanged: number;
  failed: number;
  quotes: number;
  quotesWithSpeaker: number;
  linked: number;
  created: number;
  unlinked: number;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        outlet: { type: 'string' },
        relink: { type: 'boolean', default: false },
        batch: { type: 'string' },
        'files-from': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0 && values['files-from'] === undefined) {
    process.stderr.write(`ingest: no files given\n\n${HELP}`);
    return 2;
  }
  let files: string[];
  try {
    files = await inputFiles(positionals, values['files-from']);
  } catch (error) {
    if (!(error instanceof InputListError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`ingest: --files-from ${values['files-from'] ?? ''} lists no files\n`);
    return 2;
  }
  if (files.length > 1 && (values.title !== undefined || values.url !== undefined)) {
    process.stderr.write('ingest: --title and --url describe one article; give one file with them\n');
    return 2;
  }

  const batchSize = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    process.stderr.write(`ingest: --batch "${values.batch}" is not a positive whole number\n`);
    return 2;
  }
  try {
    // Options that are wrong for every file are refused before touching the database.
    if (values.date !== undefined) checkDate(values.date);
  } catch (error) {
    process.stderr.write(`ingest: --date: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const driver = await connect();
  await applySchema(driver);
  const totals: Totals = { ingested: 0, unchanged: 0, failed: 0, quotes: 0, quotesWithSpeaker: 0, linked: 0, created: 0, unlinked: 0 };
  const progress = createProgress(files.length);
  let notAttempted = 0;
  const count = (result: IngestResult): void => {
    if (result.status === 'unchanged') totals.unchanged += 1;
    else totals.ingested += 1;
    totals.quotes += result.stats.quotes;
    totals.quotesWithSpeaker += result.stats.quotesWithSpeaker;
    totals.linked += result.stats.entitiesLinked;
    totals.created += result.stats.entitiesCreated;
    totals.unlinked += result.stats.entitiesUnlinked;
  };
  const fail = (file: string, error: unknown): void => {
    totals.failed += 1;
    const message = error instanceof Error ? error.message : String(error);
    progress.note(`error: ${error instanceof InputError && message.startsWith(file) ? message : `${file}: ${message}`}`);
  };
  const meta = { title: values.title ?? null, url: values.url ?? null, publishedAt: values.date ?? null, outlet: values.outlet ?? null };
  const step = values.relink ? 1 : batchSize;
  const readGroup = async (group: string[]): Promise<{ items: BatchItem[]; itemFiles: string[] }> => {
    const items: BatchItem[] = [];
    const itemFiles: string[] = [];
    for (const file of group) {
      try {
        items.push({ input: { text: await readArticleFile(file), ...meta }, name: basename(file).replace(/\.txt$/, '') });
        itemFiles.push(file);
      } catch (error) {
        fail(file, error);
      }
    }
    return { items, itemFiles };
  };
  const pipeline = new BatchPipeline(driver);
  let read: { items: BatchItem[]; itemFiles: string[] } | null = null;
  for (let first = 0; first < files.length; first += step) {
    const group = files.slice(first, first + step);
    let databaseGone = false;
    let attempted = group;
    try {
      if (step === 1) {
        const file = group[0]!;
        try {
          const text = await readArticleFile(file);
          // Transient faults (Neo4j restarting, a dropped connection) get retried with backoff; an
          // article is written in one transaction with MERGE on ids, so a retry never duplicates.
          const result = await withRetry(() => ingestArticle(driver, { text, ...meta }, { relink: values.relink, name: basename(file).replace(/\.txt$/, '') }), {
            what: `writing ${basename(file)}`,
            onRetry: ({ attempt, attempts, delayMs }) =>
              progress.note(`${file}: Neo4j did not answer; attempt ${attempt + 1} of ${attempts} in ${(delayMs / 1000).toFixed(1)} s`),
          });
          count(result);
          if (files.length === 1) process.stderr.write(`${file}: ${result.status} ${result.articleId} "${result.title}"\n`);
        } catch (error) {
          fail(file, error);
          databaseGone = error instanceof RetriesExhaustedError;
        }
      } else {
        const { items, itemFiles } = read ?? (await readGroup(group));
        attempted = itemFiles;
        // The next group is read now so that it can be linked while this one is written.
        read = first + step < files.length ? await readGroup(files.slice(first + step, first + 2 * step)) : null;
        const following = read?.items;
        // A retried batch is linked and written afresh; articles a lost commit did write are found and skipped.
        const outcomes = await withRetry(() => pipeline.ingest(items, following), {
          what: `writing ${basename(group[0]!)} .. ${basename(group[group.length - 1]!)}`,
          onRetry: ({ attempt, attempts, delayMs }) =>
            progress.note(`batch from ${group[0]}: Neo4j did not answer; attempt ${attempt + 1} of ${attempts} in ${(delayMs / 1000).toFixed(1)} s`),
        });
        outcomes.forEach((outcome, i) => {
          if ('error' in outcome) fail(itemFiles[i]!, outcome.error);
          else count(outcome.result);
        });
        if (files.length === 1 && outcomes[0] && 'result' in outcomes[0]) {
          const { result } = outcomes[0];
          process.stderr.write(`${group[0]}: ${result.status} ${result.articleId} "${result.title}"\n`);
        }
      }
    } catch (error) {
      // Only a batch's database fault lands here: none of its articles is known to be written.
      for (const file of attempted) fail(file, error);
      databaseGone = error instanceof RetriesExhaustedError;
    }
    for (const file of group) progress.tick(basename(file));
    if (databaseGone) {
      // Every further file would wait out the same retries; stop and say how to finish.
      notAttempted = files.length - first - group.length;
      break;
    }
  }
  await pipeline.close();
  progress.done();
  if (process.env.QUOTEGRAPH_INGEST_TIMES === '1') {
    process.stderr.write(`stage times: ${stageReport()}; evidence cache ${pipeline.cache.hits} hits, ${pipeline.cache.misses} reads, ${pipeline.cache.size.entries} entities kept\n`);
  }
  if (notAttempted > 0) {
    progress.note(
      `ingest stopped: Neo4j kept failing, ${notAttempted} file(s) not attempted. Articles already written are complete; ` +
        'run the same command again once Neo4j is up (articles already in the graph are skipped).',
    );
  }
  process.stdout.write(
    `articles: ${totals.ingested} ingested, ${totals.unchanged} already in the graph, ${totals.failed} failed` +
      `${notAttempted > 0 ? `, ${notAttempted} not attempted` : ''}\n` +
      `quotes: ${totals.quotes} (${totals.quotesWithSpeaker} with a linked speaker)\n` +
      `entities: ${totals.linked} linked to existing nodes, ${totals.created} created, ${totals.unlinked} left unlinked\n` +
      '(linked/created are per article: an entity met in two articles counts twice)\n',
  );
  return totals.failed > 0 || notAttempted > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDriver();
}
