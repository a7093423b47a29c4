// Serving the API on a port: what `npm start` calls once the driver is connected.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createServer } from './server.js';

export interface RunningApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Default: PORT, else 4000; 0 picks a free port. */
  port?: number;
  /** Default: HOST, else 127.0.0.1 (loopback only). */
  host?: string;
}

function envPort(): number {
  const raw = process.env.PORT?.trim();
  if (!raw) return 4000;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new Error(`PORT must be a port number 0..65535, got '${raw}'`);
  return port;
}

export async function startApi(driver: Driver, options: ListenOptions = {}): Promise<RunningApi> {
  const port = options.port ?? envPort();
  const host = options.host ?? (process.env.HOST?.trim() || '127.0.0.1');
  const server = createServer({ driver }).createHttpServer();
  // Node closes an idle keep-alive connection after 5 s by default; a client reusing it just
  // then gets "socket hang up" (seen in the query benchmark between cells). Clients that pool
  // connections (load balancers, the benchmark) keep them longer than that.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already in use; stop whatever holds it or set PORT to another port`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${actual}/graphql`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
