// Child process of the query benchmark: our GraphQL API (src/api createServer) on loopback.

import { createServer } from '../../src/api/server.js';
import { serveChild } from './child-server.js';

serveChild('serve-api', async (driver) => createServer({ driver, quiet: true, graphiql: false }).createHttpServer()).catch((error: unknown) => {
  process.stderr.write(`serve-api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
