// A minimal GraphQL-over-HTTP client on a keep-alive agent: little client overhead, so the
// measured latency is the server's.

import { Agent, request } from 'node:http';
import type { Json } from './contract.js';

export class GraphqlClient {
  private readonly agent: Agent;

  constructor(
    private readonly url: string,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  post(query: string, variables: Record<string, string>): Promise<Json> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = request(
        this.url,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Json; errors?: { message: string }[] };
              if (parsed.errors && parsed.errors.length > 0) reject(new Error(`GraphQL error: ${parsed.errors.map((e) => e.message).join('; ')}`));
              else if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
              else resolve(parsed.data ?? null);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
