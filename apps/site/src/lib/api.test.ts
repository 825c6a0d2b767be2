import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublicApi } from './api';

let server: Server | undefined;
afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) await new Promise((resolve) => s.close(resolve));
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

const errors: string[] = [];
const onError = (procedure: string) => errors.push(procedure);

describe('createPublicApi', () => {
  it('reads publications from the public router with a batched GET', async () => {
    const urls: string[] = [];
    const page = { data: [], total: 0 };
    const baseUrl = await serve((req, res) => {
      urls.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ result: { data: page } }]));
    });
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    const result = await api.publications({ pagination: { page: 2, perPage: 20 }, q: 'luu tru' });
    expect(result).toEqual({ ok: true, data: page });
    const url = new URL(urls[0] ?? '', baseUrl);
    expect(url.pathname).toBe('/trpc/public.publications');
    expect(JSON.parse(url.searchParams.get('input') ?? '')).toEqual({
      0: { pagination: { page: 2, perPage: 20 }, q: 'luu tru' },
    });
  });

  it('turns an unreachable API into { ok: false } instead of throwing', async () => {
    const baseUrl = await serve(() => undefined);
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    errors.length = 0;
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.publications({ pagination: { page: 1, perPage: 5 } })).resolves.toEqual({ ok: false });
    expect(errors).toEqual(['publications']);
  });

  it('gives up on a slow API after the timeout', async () => {
    const baseUrl = await serve(() => undefined); // never answers
    const api = createPublicApi({ baseUrl, timeoutMs: 200, onError });
    const started = Date.now();
    await expect(api.publications({ pagination: { page: 1, perPage: 5 } })).resolves.toEqual({ ok: false });
    expect(Date.now() - started).toBeLessThan(2_000);
    server?.closeAllConnections();
  });

  it('turns a malformed answer into { ok: false } before any rendering', async () => {
    const baseUrl = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ result: { data: { total: 1 } } }]));
    });
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.publications({ pagination: { page: 1, perPage: 5 } })).resolves.toEqual({ ok: false });
  });

  it('turns an API error response into { ok: false }', async () => {
    const baseUrl = await serve((_req, res) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ error: { message: 'Lỗi hệ thống', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } }]));
    });
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.publications({ pagination: { page: 1, perPage: 5 } })).resolves.toEqual({ ok: false });
  });
});

describe('createPublicApi error answers', () => {
  const trpcError = (code: string, httpStatus: number) =>
    JSON.stringify({ error: { message: 'x', code: -32000, data: { code, httpStatus } } });

  it('tells an unknown slug apart from a failure, without logging it', async () => {
    const baseUrl = await serve((_req, res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'application/json');
      res.end(`[${trpcError('NOT_FOUND', 404)}]`);
    });
    errors.length = 0;
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.publication('khong-co')).resolves.toEqual({ ok: false, isNotFound: true });
    expect(errors).toEqual([]);
  });

  it('sends a lookup on its own with the visitor address, and reports the API limit', async () => {
    const seen: { url: string; forwardedFor: string | undefined }[] = [];
    const baseUrl = await serve((req, res) => {
      seen.push({ url: req.url ?? '', forwardedFor: req.headers['x-forwarded-for'] as string | undefined });
      res.statusCode = 429;
      res.setHeader('content-type', 'application/json');
      res.end(trpcError('TOO_MANY_REQUESTS', 429));
    });
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.trackLetter('ABCD-EFGH-JKMN', '203.0.113.7')).resolves.toEqual({ ok: false, isRateLimited: true });
    expect(seen).toHaveLength(1);
    const url = new URL(seen[0]?.url ?? '', baseUrl);
    // Not batched: a batch could mix two visitors under one address.
    expect(url.pathname).toBe('/trpc/public.trackLetter');
    expect(url.searchParams.has('batch')).toBe(false);
    expect(seen[0]?.forwardedFor).toBe('203.0.113.7');
  });

  it('does not forward any address on other calls', async () => {
    const forwarded: (string | undefined)[] = [];
    const baseUrl = await serve((req, res) => {
      forwarded.push(req.headers['x-forwarded-for'] as string | undefined);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ result: { data: { deadlines: [] } } }]));
    });
    const api = createPublicApi({ baseUrl, timeoutMs: 2_000, onError });
    await expect(api.guide()).resolves.toEqual({ ok: true, data: { deadlines: [] } });
    expect(forwarded).toEqual([undefined]);
  });
});
