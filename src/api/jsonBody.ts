// Reading GraphQL POST bodies before yoga sees the request. Yoga reads a body as a web stream
// piped through a size-limiting TransformStream: per request a stream pipeline, an
// AbortController and an AbortError with its stack trace (a CPU profile of the API had that
// pipeline and its DOMException among the top costs of an otherwise trivial request). A body
// whose size the client declared (Content-Length within the limit) is read here into one buffer
// and parsed; yoga takes an already-parsed body as it is (@whatwg-node/server's
// normalizeNodeRequest) and skips its stream, while its Content-Length check still applies.
// Everything else (chunked bodies, other content types, over-limit or malformed lengths,
// bodies that are not a JSON object) reaches yoga as before, so its errors stay its own.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const DECLARED_LENGTH = /^\d+$/;

function declaredJsonBody(req: IncomingMessage, maxBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const type = req.headers['content-type'];
  if (type === undefined || !type.toLowerCase().startsWith('application/json')) return false;
  const length = req.headers['content-length'];
  return length !== undefined && DECLARED_LENGTH.test(length) && Number(length) > 0 && Number(length) <= maxBytes;
}

/** The parsed body when it is a non-empty JSON object; else the raw bytes, for yoga to judge. */
function parsedOrRaw(raw: Buffer): unknown {
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length > 0) return parsed;
  } catch {
    // Malformed JSON: yoga parses the raw bytes again and answers its usual error.
  }
  return raw;
}

/** Wraps a node request listener (yoga) so declared-length JSON bodies arrive read and parsed. */
export function withJsonBodies(handler: RequestListener, maxBytes: number): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!declaredJsonBody(req, maxBytes)) {
      handler(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      (req as IncomingMessage & { body?: unknown }).body = parsedOrRaw(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      handler(req, res);
    });
    req.on('error', () => res.destroy());
  };
}
