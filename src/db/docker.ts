import { spawn } from 'node:child_process';
import { repoRoot } from './paths.js';
import type { Neo4jSettings } from './settings.js';

/** True only if a Docker engine answers (`docker info`), not merely if the client is installed. */
export function dockerWorks(timeoutMs = 5_000): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(false);
    }, timeoutMs);
    child.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

/**
 * `docker compose up -d --wait` with the repository's docker-compose.yml; --wait returns once the
 * healthcheck passes. The container keeps running after this process exits (`docker compose down`).
 */
export async function startDockerNeo4j(settings: Neo4jSettings): Promise<{ uri: string }> {
  const env = {
    ...process.env,
    NEO4J_PORT: String(settings.port),
    NEO4J_PASSWORD: settings.password,
    NEO4J_BROWSER_PORT: String(settings.browserPort ?? 7474),
  };
  await new Promise<void>((resolve, reject) => {
    const child = spawn('docker', ['compose', 'up', '-d', '--wait', 'neo4j'], { cwd: repoRoot, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`docker compose up failed (exit ${code}); see its output above.`)),
    );
  });
  return { uri: `bolt://127.0.0.1:${settings.port}` };
}
