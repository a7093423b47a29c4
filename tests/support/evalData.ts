// Where the shared evaluation data lives: ../shared/eval beside the repository (as in CI), or
// QUOTEGRAPH_EVAL_DIR. Tests that need it skip, visibly, on a clone without it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const evalDir = resolve(process.env.QUOTEGRAPH_EVAL_DIR ?? '../shared/eval');

export function evalPath(...parts: string[]): string {
  return resolve(evalDir, ...parts);
}

export function hasEvalData(...parts: string[]): boolean {
  return existsSync(evalPath(...parts));
}
