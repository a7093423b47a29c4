// Small argument helpers shared by the bench CLIs: every bad value is named in the error.

export class UsageError extends Error {}

export function intArg(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function listArg(name: string, raw: string | undefined, fallback: number[]): number[] {
  if (raw === undefined) return fallback;
  return raw.split(',').map((part) => intArg(name, part.trim(), 0));
}

/** Runs a CLI main: usage errors print the help, other errors a one-line message; exit codes 2 and 1. */
export function runCli(name: string, help: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\n\n${help}`);
      process.exit(2);
    }
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
