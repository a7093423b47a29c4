import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'quotegraph-extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/extract.ts', ...args], { cwd: process.cwd() }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('extract CLI', () => {
  it('prints one JSON line per file, named by base name, and nothing else', async () => {
    const a = join(dir, 'alpha.txt');
    const b = join(dir, 'beta.txt');
    writeFileSync(a, 'Ms Hewitt said: "We will extend maternity pay to nine months."\n');
    writeFileSync(b, 'No quotes here at all.\n');
    const r = await run([a, b]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: string; quotes: unknown[]; entities?: unknown });
    expect(lines.map((l) => l.article)).toEqual(['alpha', 'beta']);
    expect(lines[0]?.quotes).toHaveLength(1);
    expect(lines[1]?.quotes).toHaveLength(0);
    expect(lines[0]?.entities).toBeUndefined();
  });

  it('adds entities with --entities', async () => {
    const a = join(dir, 'gamma.txt');
    writeFileSync(a, 'Environment Secretary Steve Reed said the plan works.\n');
    const r = await run(['--entities', a]);
    const line = JSON.parse(r.stdout.trim()) as { entities: Array<{ name: string }> };
    expect(line.entities.map((e) => e.name)).toContain('Steve Reed');
  });

  it('names a bad file on stderr, still processes the others, and exits non-zero', async () => {
    const good = join(dir, 'good.txt');
    const binary = join(dir, 'binary.txt');
    writeFileSync(good, 'He said the vote was lost.\n');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const missing = join(dir, 'missing.txt');
    const r = await run([missing, binary, good]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('binary.txt');
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: string }).article)).toEqual(['good']);
  });

  it('rejects a call with no files', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input files/);
  });
});
