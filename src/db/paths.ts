import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout root, found from this file so commands work from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const launcherDir = path.join(repoRoot, 'tools', 'neo4j-local');
export const LAUNCHER_MAIN_CLASS = 'quotegraph.neo4jlocal.Neo4jLocal';
