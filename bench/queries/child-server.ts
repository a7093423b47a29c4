// Shared frame of the servers the query benchmark starts as child processes: listen on a
// free loopback port, announce it on stdout, report peak RSS when told to stop.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { connectDriver } from '../../src/db/driver.js';

export const LISTENING = 'LISTENING ';
export const PEAK_RSS = 'PEAK_RSS_MB ';

export async function serveChild(name: string, makeServer: (driver: Driver) => Promise<Server>): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error(`${name}: BENCH_NEO4J_URI is not set`);
  const driver = await connectDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'quotegraph' });
  const server = await makeServer(driver);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`${LISTENING}${(server.address() as AddressInfo).port}\n`);
  const stop = (): void => {
    process.stdout.write(`${PEAK_RSS}${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
    server.closeAllConnections();
    server.close();
    void driver.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  // The parent's death closes stdin: never outlive the benchmark.
  process.stdin.on('end', stop);
  process.stdin.resume();
}
