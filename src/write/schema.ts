// Applies schema/*.cypher (constraints, indexes) to a database. Every statement there uses
// IF NOT EXISTS, so applying it again is a no-op; schema statements cannot share a
// transaction with data writes, so each runs on its own.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { ensureSortKeys } from './sortKeyBackfill.js';
import { ensureAliasTypes } from './aliasTypesBackfill.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** Statements of a .cypher file: `//` comment lines dropped, split on `;` at line ends. */
export function parseCypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function readSchemaStatements(dir: string = SCHEMA_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const statements: string[] = [];
  for (const file of files) {
    const parsed = parseCypherStatements(await readFile(join(dir, file), 'utf8'));
    for (const statement of parsed) {
      if (!/\bIF NOT EXISTS\b/i.test(statement)) {
        throw new Error(`${join(dir, file)}: statement is not idempotent (needs IF NOT EXISTS): ${statement}`);
      }
      statements.push(statement);
    }
  }
  return statements;
}

/**
 * Creates every constraint and index in schema/ that is missing, waits until all are online,
 * then gives quote links written before the sort key existed their key (./sortKeyBackfill.ts)
 * and aliases their entity types (./aliasTypesBackfill.ts); each is O(1) once it has finished.
 */
export async function applySchema(driver: Driver, dir: string = SCHEMA_DIR): Promise<number> {
  const statements = await readSchemaStatements(dir);
  for (const statement of statements) {
    await driver.executeQuery(statement);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  await ensureSortKeys(driver);
  await ensureAliasTypes(driver);
  return statements.length;
}
