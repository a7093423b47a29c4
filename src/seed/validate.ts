// Validation of one seed file, all of it before anything is written: the JSON shape (zod),
// then every span against the article text and every id reference against the file.
// Each problem names the file, the record and the field.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import type { GraphBundle } from '../model/bundle.js';
import { checkBundle } from '../write/checkBundle.js';
import { articleIdOf, readArticleText, sha256Hex } from './articleText.js';
import { seedFileSchema, type SeedFile } from './seedFile.js';

export class SeedValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s), nothing written:\n  ${problems.join('\n  ')}`);
    this.name = 'SeedValidationError';
  }
}

type Path = readonly PropertyKey[];

/** "quotes[3] (quo_x) field content.start" from a zod path and the raw data. */
export function describePath(path: Path, data: unknown): string {
  const [section, index, ...field] = path;
  if (typeof section !== 'string') return '(file)';
  if (typeof index !== 'number') return `${section}${index === undefined ? '' : ` field ${String(index)}${field.length ? '.' + field.map(String).join('.') : ''}`}`;
  const records: unknown = (data as Record<string, unknown> | null)?.[section];
  const record: unknown = Array.isArray(records) ? records[index] : undefined;
  const recordId = record && typeof record === 'object' && 'id' in record ? ` (${String((record as { id: unknown }).id)})` : '';
  return `${section}[${index}]${recordId}${field.length ? ` field ${field.map(String).join('.')}` : ''}`;
}

function zodProblems(error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => `${describePath(issue.path, data)}: ${issue.message}`);
}

/** Name the record a checkBundle path points at: "quotes[3]" gets its id appended. */
function withRecordIds(problem: string, seed: SeedFile): string {
  return problem.replace(/^(quotes|roles|facts)\[(\d+)\]/, (whole, section: 'quotes' | 'roles' | 'facts', i: string) => {
    const record = seed[section][Number(i)];
    return record ? `${whole} (${record.id})` : whole;
  });
}

export function seedToBundle(seed: SeedFile, text: string): GraphBundle {
  const articleId = articleIdOf(text);
  return {
    articles: [
      {
        id: articleId,
        title: seed.article.title,
        outlet: seed.article.outlet ?? null,
        url: seed.article.url ?? null,
        publishedAt: seed.article.publishedAt ?? null,
        text,
        sha256: sha256Hex(text),
      },
    ],
    entities: seed.entities.map((e) => ({ ...e })),
    roles: seed.roles.map((r) => ({ ...r })),
    memberships: seed.memberships.map((m) => ({ ...m })),
    quotes: seed.quotes.map((q) => ({ ...q, articleId, speakerScore: 1 })),
    mentions: seed.mentions.map((m) => ({ ...m, articleId, score: 1 })),
    facts: seed.facts.map((f) => ({ ...f, articleId })),
  };
}

/** Reads, validates and converts one seed file. Throws SeedValidationError listing every problem. */
export async function loadSeedFile(file: string): Promise<GraphBundle> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new SeedValidationError(file, [`cannot read the file: ${error instanceof Error ? error.message : String(error)}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new SeedValidationError(file, [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const parsed = seedFileSchema.safeParse(data);
  if (!parsed.success) throw new SeedValidationError(file, zodProblems(parsed.error, data));
  const seed = parsed.data;

  const textPath = resolve(dirname(file), seed.article.textFile);
  let text: string;
  try {
    text = await readArticleText(textPath);
  } catch (error) {
    throw new SeedValidationError(file, [`article field textFile: cannot read ${textPath}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const bundle = seedToBundle(seed, text);
  const check = checkBundle(bundle);
  // A seed file is self-contained: every id it uses must be defined in it.
  const problems = [
    ...check.problems,
    ...check.external.map((ref) => `${ref.path}: ${ref.id} is not defined in this file's entities`),
  ].map((p) => withRecordIds(p, seed));
  if (problems.length > 0) throw new SeedValidationError(file, problems);
  return bundle;
}
