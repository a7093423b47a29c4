// npm run queries [-- NAME...]: runs docs/queries.cypher (read-only) and prints each result.
import neo4j from 'neo4j-driver';
import { closeDriver, connect } from '../db/index.js';
import { readQueryFile } from './queryFile.js';

const HELP = `usage: npm run queries -- [NAME ...]

Runs the named queries from docs/queries.cypher (default: all) in read transactions against
NEO4J_URI (or the local default port) and prints each result as a table.
`;

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(plain(value));
  return (text ?? 'null').replace(/\s+/g, ' ');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const queries = await readQueryFile();
  const unknown = argv.filter((n) => !queries.some((q) => q.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown query ${unknown.join(', ')}; known: ${queries.map((q) => q.name).join(', ')}\n`);
    return 2;
  }
  try {
    const driver = await connect();
    for (const query of queries.filter((q) => argv.length === 0 || argv.includes(q.name))) {
      const res = await driver.executeQuery(query.cypher, query.params, { routing: 'READ' });
      process.stdout.write(`\n## ${query.name} ${JSON.stringify(query.params)}\n${query.description}\n`);
      process.stdout.write(`${res.keys.join(' | ')}\n`);
      for (const record of res.records) {
        process.stdout.write(`${res.keys.map((k) => cell(record.get(k as string))).join(' | ')}\n`);
      }
    }
    return 0;
  } catch (error) {
    process.stderr.write(`queries failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await closeDriver();
  }
}

process.exitCode = await main(process.argv.slice(2));
