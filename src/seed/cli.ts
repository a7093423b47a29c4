// npm run seed [-- FILE...]: validate curated seed files and load them into Neo4j.
import { closeDriver, connect } from '../db/index.js';
import { validateSeedFiles, writeSeed } from './seedGraph.js';

const HELP = `usage: npm run seed -- [FILE.json | DIR ...]

Validates the given seed files (a directory means the *.json files in it; default: seed/),
then applies schema/*.cypher and writes everything in one transaction. Re-running changes
nothing; loading another file adds to the graph and never removes anything.

  --check   validate only; no database needed, nothing written

Connects to NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD), else the local default port.
`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const checkOnly = argv.includes('--check');
  const paths = argv.filter((a) => a !== '--check');
  const unknown = paths.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown.join(' ')}\n\n${HELP}`);
    return 2;
  }
  const files = paths.length > 0 ? paths : undefined;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    // Validate before connecting: a bad file is reported even with no database around.
    const seed = await validateSeedFiles(files, log);
    if (checkOnly) {
      log(`${seed.files.length} file(s) valid: ${seed.bundle.quotes.length} quotes, ${seed.bundle.entities.length} entities; nothing written (--check)`);
      return 0;
    }
    const driver = await connect();
    log(`writing to Neo4j ...`);
    const result = await writeSeed(driver, seed, log);
    log(
      `seeded ${result.files.length} file(s): ${result.articles} article(s), ${result.entities} entities, ` +
        `${result.roles} roles, ${result.quotes} quotes, ${result.mentions} mentions, ${result.facts} facts`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await closeDriver();
  }
}

process.exitCode = await main(process.argv.slice(2));
