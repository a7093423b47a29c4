// Seeding as a library call: validate every file first, then apply the schema and write all
// files in one transaction. Used by the CLI and by src/main.ts on an empty database.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { GraphBundle } from '../model/bundle.js';
import { applySchema } from '../write/schema.js';
import { writeBundle, type WriteSummary } from '../write/writeBundle.js';
import { mergeBundles } from './mergeBundles.js';
import { loadSeedFile } from './validate.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

/** Every *.json seed file in a directory, in name order. */
export async function defaultSeedFiles(dir: string = SEED_DIR): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export interface SeedResult extends WriteSummary {
  files: string[];
}

export interface ValidatedSeed {
  files: string[];
  bundle: GraphBundle;
}

/** Reads and validates every file (default: all of seed/) into one bundle; writes nothing. */
export async function validateSeedFiles(files?: string[], log: (line: string) => void = () => {}): Promise<ValidatedSeed> {
  const paths: string[] = [];
  for (const given of files ?? [SEED_DIR]) {
    const path = resolve(given);
    // A directory stands for the seed files in it.
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    paths.push(...(isDir ? await defaultSeedFiles(path) : [path]));
  }
  if (paths.length === 0) throw new Error(`no seed files (*.json) in ${(files ?? [SEED_DIR]).join(', ')}`);
  const parts = [];
  for (const file of paths) {
    const bundle = await loadSeedFile(file);
    log(`validated ${file}: ${bundle.entities.length} entities, ${bundle.quotes.length} quotes`);
    parts.push({ file, bundle });
  }
  return { files: paths, bundle: mergeBundles(parts) };
}

/** Applies the schema, then writes the validated seed in one transaction. */
export async function writeSeed(driver: Driver, seed: ValidatedSeed, log: (line: string) => void = () => {}): Promise<SeedResult> {
  const statements = await applySchema(driver);
  log(`schema applied (${statements} statements)`);
  const summary = await writeBundle(driver, seed.bundle);
  return { ...summary, files: seed.files };
}

export async function seedGraph(driver: Driver, files?: string[], log: (line: string) => void = () => {}): Promise<SeedResult> {
  return writeSeed(driver, await validateSeedFiles(files, log), log);
}

/** True when the database holds no nodes at all. */
export async function isGraphEmpty(driver: Driver): Promise<boolean> {
  const res = await driver.executeQuery('MATCH (n) RETURN count(n) = 0 AS empty', {}, { routing: 'READ' });
  return res.records[0]?.get('empty') === true;
}
