// The HTTP server reads JSON bodies of declared length itself and hands yoga the parsed body
// (src/api/jsonBody.ts). Whatever the body, a client must get the same status and answer as
// when yoga reads it from the stream (yoga.fetch), including yoga's own errors.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, testApi, type TestApi } from './client.js';
import { fixtureBundle } from './fixture.js';
import { MAX_REQUEST_BODY_BYTES } from '../../src/api/server.js';

interface Answer {
  status: number;
  body: string;
}

let api: TestApi;
let server: Server;
let port = 0;

/** POST over a real socket; chunked leaves out Content-Length (Transfer-Encoding: chunked). */
function post(body: string, headers: Record<string, string>, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: chunked ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (chunked) {
      // Two writes without a declared length: the body goes chunked.
      req.write(body.slice(0, Math.floor(body.length / 2)));
      req.end(body.slice(Math.floor(body.length / 2)));
    } else req.end(body);
  });
}

async function viaYoga(body: string, headers: Record<string, string>): Promise<Answer> {
  const res = await api.yoga.fetch('http://localhost/graphql', { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

beforeAll(async () => {
  await loadGraph(fixtureBundle());
  api = testApi();
  server = api.createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

describe('JSON bodies read before yoga', () => {
  const bodies: [string, string][] = [
    ['a query with variables', JSON.stringify({ query: 'query($n: String!) { entity(name: $n) { name } }', variables: { n: 'Sir Keir' } })],
    ['a bad argument', JSON.stringify({ query: '{ quotes(first: 500) { totalCount } }' })],
    ['malformed JSON', '{"query": "{ __typename }"'],
    ['a JSON array (a batch)', JSON.stringify([{ query: '{ __typename }' }])],
    ['an empty object', '{}'],
    ['a JSON string', '"{ __typename }"'],
    ['no query', JSON.stringify({ variables: { a: 1 } })],
  ];

  for (const [name, body] of bodies) {
    it(`answers ${name} as yoga does`, async () => {
      const expected = await viaYoga(body, JSON_HEADERS);
      expect(await post(body, JSON_HEADERS)).toEqual(expected);
    });
  }

  it('leaves a chunked body (no declared length) to yoga', async () => {
    const body = bodies[0]![1];
    expect(await post(body, JSON_HEADERS, true)).toEqual(await viaYoga(body, JSON_HEADERS));
  });

  it('answers the parsed query itself', async () => {
    const res = await post(JSON.stringify({ query: '{ entity(name: "Sir Keir") { name } }' }), JSON_HEADERS);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { entity: { name: 'Keir Starmer' } } });
  });

  it('leaves other content types to yoga', async () => {
    const headers = { 'content-type': 'text/plain', accept: 'application/json' };
    const body = JSON.stringify({ query: '{ __typename }' });
    expect(await post(body, headers)).toEqual(await viaYoga(body, headers));
  });

  it('refuses a declared length over the limit without reading it', async () => {
    const res = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { ...JSON_HEADERS, 'content-length': String(MAX_REQUEST_BODY_BYTES + 1) } },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write('{"query":');
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/too large/i);
  });
});
