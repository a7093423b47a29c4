// `npm run cypher -- "MATCH ..."`: run one Cypher statement against the project's Neo4j and
// print the result as a table. Read-only unless --write.
import { parseArgs } from 'node:util';
import { closeDriver, connect } from '../db/index.js';
import { formatTable, runCypher, WriteRefusedError } from './cypher-run.js';

const HELP = `Usage: npm run cypher -- [options] "<cypher statement>"

Runs one statement against Neo4j (NEO4J_URI, else the local runner's port, see README)
and prints the result as a table.

Options:
  --write               allow the statement to write (default: a READ transaction,
                        in which Neo4j refuses writes)
  --param name=value    a query parameter, repeatable; the value is parsed as JSON when
                        it is valid JSON, else taken as a string: --param name="Jo White"
  --wide                do not cut long cells (default: 60 characters)
  --json                print rows as JSON Lines instead of a table
  -h, --help            show this help

Examples:
  npm run cypher -- "MATCH (p:Person) RETURN p.name, p.aliases ORDER BY p.name LIMIT 10"
  npm run cypher -- --param key=farage "MATCH (:Alias {key: \\$key})-[:NAMES]->(e) RETURN e"
`;

function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--param must look like name=value, got '${text}'`);
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: a plain string
  }
  return [text.slice(0, eq), value];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      param: { type: 'string', multiple: true, default: [] },
      wide: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0]!.trim() === '') {
    process.stderr.write(`cypher: give exactly one statement (quoted), got ${positionals.length}.\n\n${HELP}`);
    return 2;
  }
  const params = Object.fromEntries(values.param.map(parseParam));
  const driver = await connect();
  try {
    const result = await runCypher(driver, positionals[0]!, { write: values.write, params });
    if (values.json) {
      for (const row of result.rows) {
        process.stdout.write(`${JSON.stringify(Object.fromEntries(result.columns.map((c, i) => [c, row[i]])), (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}\n`);
      }
    } else if (result.columns.length > 0) {
      process.stdout.write(`${formatTable(result.columns, result.rows, values.wide ? Infinity : 60)}\n`);
    }
    const changes = Object.entries(result.changes).map(([k, n]) => `${k}: ${n}`);
    process.stderr.write(
      `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${result.ms.toFixed(0)} ms` +
        `${changes.length > 0 ? `; ${changes.join(', ')}` : ''}${values.write ? '' : ' (read-only)'}\n`,
    );
    return 0;
  } finally {
    await closeDriver();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cypher: ${message}\n`);
    process.exit(error instanceof WriteRefusedError ? 3 : 1);
  },
);
