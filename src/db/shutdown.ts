/**
 * Ordered cleanup on Ctrl-C / SIGTERM. Hooks run in reverse registration order, so whatever
 * started last (a GraphQL server, the driver) stops before what it depends on (Neo4j).
 */
type Hook = { name: string; run: () => Promise<void> | void };

const hooks: Hook[] = [];
let installed = false;
let shuttingDown = false;
let firstSignalAt = 0;
const HOOK_TIMEOUT_MS = 30_000;
/**
 * Ctrl-C reaches every process in the terminal's group, and npm/tsx also forward it to their
 * child, so one keypress can arrive twice within milliseconds; only a later one means "hurry".
 */
const DUPLICATE_SIGNAL_MS = 1_000;

/** Registers cleanup; returns a function that unregisters it (e.g. after a manual stop). */
export function onShutdown(name: string, run: () => Promise<void> | void): () => void {
  installSignalHandlers();
  const hook = { name, run };
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

/** Runs every registered hook once (newest first); errors are reported, not thrown. */
export async function runShutdownHooks(): Promise<void> {
  while (hooks.length > 0) {
    const hook = hooks.pop();
    if (hook === undefined) break;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(hook.run),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${HOOK_TIMEOUT_MS / 1000} s`)), HOOK_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      process.stderr.write(`Shutdown: stopping ${hook.name} failed: ${(error as Error).message}\n`);
    } finally {
      clearTimeout(timer);
    }
  }
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) {
        if (Date.now() - firstSignalAt < DUPLICATE_SIGNAL_MS) return;
        process.stderr.write(`Second ${signal}: exiting without waiting for cleanup.\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      shuttingDown = true;
      firstSignalAt = Date.now();
      process.stderr.write(`\n${signal} received, shutting down...\n`);
      void runShutdownHooks().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Keeps the event loop alive (even with nothing else open) until SIGINT/SIGTERM runs the hooks. */
export function stayUpUntilSignal(): void {
  installSignalHandlers();
  setInterval(() => {}, 1 << 30);
}
