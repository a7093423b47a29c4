// Reads docs/queries.cypher: named, commented queries with example parameters.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const QUERIES_FILE = fileURLToPath(new URL('../../docs/queries.cypher', import.meta.url));

export interface NamedQuery {
  name: string;
  description: string;
  params: Record<string, unknown>;
  cypher: string;
}

export function parseQueryFile(source: string, file = 'queries.cypher'): NamedQuery[] {
  const blocks = source.split(/^\/\/ name:/m).slice(1);
  return blocks.map((block, i) => {
    const lines = block.split('\n');
    const name = (lines.shift() ?? '').trim();
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`${file}: query ${i + 1} has a bad name ${JSON.stringify(name)}`);
    let params: Record<string, unknown> = {};
    const description: string[] = [];
    const body: string[] = [];
    for (const line of lines) {
      const comment = /^\/\/\s?(.*)$/.exec(line);
      if (comment && body.length === 0) {
        const text = comment[1] ?? '';
        if (text.startsWith('params:')) {
          try {
            params = JSON.parse(text.slice('params:'.length)) as Record<string, unknown>;
          } catch (error) {
            throw new Error(`${file}: query ${name}: params are not JSON: ${String(error)}`, { cause: error });
          }
        } else description.push(text);
      } else if (line.trim() !== '' || body.length > 0) body.push(line);
    }
    const cypher = body.join('\n').trim().replace(/;$/, '').trim();
    if (cypher === '') throw new Error(`${file}: query ${name} has no Cypher`);
    return { name, description: description.join(' ').trim(), params, cypher };
  });
}

export async function readQueryFile(file: string = QUERIES_FILE): Promise<NamedQuery[]> {
  return parseQueryFile(await readFile(file, 'utf8'), file);
}
