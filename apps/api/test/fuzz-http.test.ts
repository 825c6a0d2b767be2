import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { freshAddress, signedInCookie } from './support/auth-http.js';

/**
 * Raw HTTP junk at every kind of route: malformed JSON, wrong content types, oversize bodies, batch junk,
 * unknown procedures, the wrong method. Every answer is JSON with a plain Vietnamese message and a 4xx
 * status (or a success); never a 500, a stack or SQL.
 */

const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_MAX_PER_MINUTE: '100000', TRACK_LOOKUPS_MAX: '100000' });
let handle: DbHandle;
let app: FastifyInstance;
let cookie: string;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, env);
  cookie = await signedInCookie(app, 'giamdoc');
}, 240_000);
afterAll(async () => {
  await app.close();
  await handle.close();
});

const LEAK = /\n\s+at |node_modules|\.[jt]s:\d+|\b(select|insert into|delete from)\b|violates|syntax error|sqlstate|TypeError|ReferenceError|Unexpected token|in JSON at position/i;

/** Every message the answer carries: a plain route's, a tRPC error's, or each of a batch's. */
function messagesOf(res: LightMyRequestResponse): string[] {
  const body = res.json() as unknown;
  const one = (b: unknown): string[] => {
    const o = b as { message?: unknown; error?: { message?: unknown; json?: { message?: unknown } } };
    if (typeof o?.message === 'string') return [o.message];
    if (typeof o?.error?.message === 'string') return [o.error.message];
    return o && typeof o === 'object' && 'result' in o ? [] : ['<no message>'];
  };
  return Array.isArray(body) ? body.flatMap(one) : one(body);
}

const problems: string[] = [];
beforeEach(() => {
  problems.length = 0;
});
async function send(label: string, options: InjectOptions, allowSuccess = false): Promise<LightMyRequestResponse> {
  const res = await app.inject({ remoteAddress: freshAddress(), ...options });
  const where = `${label}: ${options.method ?? 'GET'} ${String(options.url).slice(0, 120)} -> ${res.statusCode}`;
  if (res.statusCode >= 500) {
    problems.push(`${where} ${res.body.slice(0, 300)}`);
    return res;
  }
  if (res.statusCode < 400 && !allowSuccess) problems.push(`${where} was accepted`);
  if (!String(res.headers['content-type'] ?? '').includes('application/json')) {
    problems.push(`${where} answered ${String(res.headers['content-type'])}, not JSON`);
    return res;
  }
  if (res.statusCode >= 400) {
    for (const message of messagesOf(res)) {
      if (!message.trim() || message === '<no message>' || LEAK.test(message)) problems.push(`${where} unclear message "${message.slice(0, 200)}"`);
    }
  }
  return res;
}

const withCookie = (headers: Record<string, string> = {}) => ({ cookie, ...headers });

describe('raw HTTP junk gets a clear 4xx, never a 500', () => {
  it('tRPC: malformed JSON, wrong content types, oversize bodies, unknown and wrong-method procedures', async () => {
    const mutation = '/trpc/petitions.create';
    await send('malformed json', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '{"receivedDate":' });
    await send('json null', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: 'null' });
    await send('json array', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '[1,2,3]' });
    await send('json string', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '"x"' });
    await send('empty body', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '' });
    await send('nul byte', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '{"summary":"\\u0000"}' });
    await send('lone surrogate', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '{"summary":"\\ud800"}' });
    await send('deep nesting', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    await send('text/plain', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'text/plain' }), payload: '{}' });
    await send('xml', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/xml' }), payload: '<a/>' });
    await send('form', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'application/x-www-form-urlencoded' }), payload: 'a=1' });
    await send('multipart', { method: 'POST', url: mutation, headers: withCookie({ 'content-type': 'multipart/form-data; boundary=x' }), payload: '--x--' });
    await send('no content type', { method: 'POST', url: mutation, headers: withCookie(), payload: '{}' });
    await send('oversize', {
      method: 'POST',
      url: mutation,
      headers: withCookie({ 'content-type': 'application/json' }),
      payload: JSON.stringify({ content: 'x'.repeat(env.BODY_LIMIT_BYTES + 10) }),
    });
    await send('unknown procedure', { method: 'GET', url: '/trpc/nope.nothing', headers: withCookie() });
    await send('unknown nested', { method: 'POST', url: '/trpc/petitions.create.more', headers: withCookie({ 'content-type': 'application/json' }), payload: '{}' });
    await send('prototype path', { method: 'GET', url: '/trpc/__proto__.constructor', headers: withCookie() });
    await send('toString path', { method: 'GET', url: '/trpc/petitions.toString', headers: withCookie() });
    await send('empty path', { method: 'GET', url: '/trpc/', headers: withCookie() });
    await send('GET a mutation', { method: 'GET', url: `${mutation}?input=%7B%7D`, headers: withCookie() });
    await send('POST a query', { method: 'POST', url: '/trpc/petitions.list', headers: withCookie({ 'content-type': 'application/json' }), payload: '{}' }, true);
    await send('PUT', { method: 'PUT', url: mutation, headers: withCookie({ 'content-type': 'application/json' }), payload: '{}' });
    await send('DELETE', { method: 'DELETE', url: '/trpc/petitions.list', headers: withCookie() });
    await send('bad input json', { method: 'GET', url: '/trpc/petitions.list?input={bad', headers: withCookie() });
    await send('bad percent', { method: 'GET', url: '/trpc/petitions.list?input=%ZZ', headers: withCookie() });
    await send('input array', { method: 'GET', url: `/trpc/petitions.getOne?input=${encodeURIComponent('[1]')}`, headers: withCookie() });
    await send('bad uuid', { method: 'GET', url: `/trpc/petitions.getOne?input=${encodeURIComponent('{"id":"x"}')}`, headers: withCookie() });
    await send('huge page', { method: 'GET', url: `/trpc/petitions.list?input=${encodeURIComponent('{"pagination":{"page":1e308,"perPage":1e9}}')}`, headers: withCookie() });
    await send('long path', { method: 'GET', url: `/trpc/${'a.'.repeat(3000)}b`, headers: withCookie() });
    expect(problems).toEqual([]);
  });

  it('tRPC batches: junk inputs, unknown members, too many calls, mixed queries and mutations', async () => {
    const batch = (paths: string[], input: string, method: 'GET' | 'POST' = 'GET') =>
      method === 'GET'
        ? { method, url: `/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(input)}`, headers: withCookie() }
        : { method, url: `/trpc/${paths.join(',')}?batch=1`, headers: withCookie({ 'content-type': 'application/json' }), payload: input };
    await send('batch input not an object', batch(['session.me', 'petitions.list'], '[1,2]'), true);
    await send('batch input string', batch(['session.me'], '"x"'), true);
    await send('batch without batch=1', { method: 'GET', url: '/trpc/session.me,petitions.list', headers: withCookie() });
    await send('batch unknown member', batch(['session.me', 'nope.x'], '{}'), true);
    await send('batch mixed types', batch(['petitions.create', 'session.me'], '{"0":{},"1":{}}', 'POST'));
    await send('batch too many', batch(Array.from({ length: 101 }, () => 'session.me'), '{}'));
    await send('batch junk input members', batch(['petitions.getOne', 'cases.getOne'], '{"0":{"id":1e308},"1":{"id":"\\u0000"}}'), true);
    await send('batch empty name', batch(['', 'session.me'], '{}'), true);
    expect(problems).toEqual([]);
  });

  it('property: any JSON body to any mutation, any query input, is a success or a clear 4xx', async () => {
    const mutations = ['petitions.create', 'petitions.update', 'cases.assign', 'receptionVisits.create', 'users.create', 'permissions.update', 'account.changePassword', 'publications.create', 'catalogues.create'];
    const queries = ['petitions.list', 'petitions.getOne', 'cases.list', 'public.publications', 'public.track', 'reports.form', 'audit.list', 'dashboard.summary', 'petitions.suggestDuplicates'];
    const body = fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 }), fc.constantFrom('{', '{"a":}', '\u0000', 'null', '[]'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...mutations), body, async (path, payload) => {
        await send('fuzzed mutation', { method: 'POST', url: `/trpc/${path}`, headers: withCookie({ 'content-type': 'application/json' }), payload }, true);
      }),
      { seed: 1101, numRuns: 120 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...queries), body, async (path, input) => {
        await send('fuzzed query', { method: 'GET', url: `/trpc/${path}?input=${encodeURIComponent(input)}`, headers: withCookie() }, true);
      }),
      { seed: 1102, numRuns: 120 },
    );
    expect(problems).toEqual([]);
  });

  it('sign-in, session and file routes: junk bodies, junk ids, wrong methods', async () => {
    const login = '/api/auth/login';
    for (const payload of ['{', '[]', 'null', '"giamdoc"', '{"username":1,"password":2}', '{"username":"giamdoc"}', JSON.stringify({ username: 'g'.repeat(100_000), password: 'x' }), '{"username":"\\u0000","password":"\\u0000"}']) {
      await send(`login ${payload.slice(0, 30)}`, { method: 'POST', url: login, headers: { 'content-type': 'application/json' }, payload });
    }
    await send('login text/plain', { method: 'POST', url: login, headers: { 'content-type': 'text/plain' }, payload: 'giamdoc' });
    await send('login GET', { method: 'GET', url: login });
    await send('me with junk cookie', { method: 'GET', url: '/api/auth/me', headers: { cookie: 'kntc_session=%00%ZZ' } });
    await send('me with huge cookie', { method: 'GET', url: '/api/auth/me', headers: { cookie: `kntc_session=${'a'.repeat(4000)}` } });
    await send('logout junk body', { method: 'POST', url: '/api/auth/logout', headers: withCookie({ 'content-type': 'application/json' }), payload: '{' });

    for (const id of ['x', '00000000-0000-0000-0000-000000000000', '%00', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1'.repeat(500), '..%2F..%2Fetc%2Fpasswd']) {
      await send(`file ${id.slice(0, 20)}`, { method: 'GET', url: `/api/files/${id}`, headers: withCookie() });
      await send(`document ${id.slice(0, 20)}`, { method: 'GET', url: `/api/documents/${id}`, headers: withCookie() });
      await send(`reveal ${id.slice(0, 20)}`, { method: 'POST', url: `/api/files/${id}/reveal`, headers: withCookie({ 'content-type': 'application/json' }), payload: '{}' });
    }
    await send('upload json', { method: 'POST', url: '/api/files', headers: withCookie({ 'content-type': 'application/json' }), payload: '{}' });
    await send('upload broken multipart', { method: 'POST', url: '/api/files', headers: withCookie({ 'content-type': 'multipart/form-data; boundary=zz' }), payload: '--zz\r\nContent-Disposition: form-data; name="subjectType"\r\n\r\npetition\r\n' });
    await send('upload no boundary', { method: 'POST', url: '/api/files', headers: withCookie({ 'content-type': 'multipart/form-data' }), payload: 'x' });
    const form = (fields: Record<string, string>) =>
      `${Object.entries(fields)
        .map(([k, v]) => `--zz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('')}--zz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--zz--\r\n`;
    for (const fields of <Record<string, string>[]>[{ subjectType: 'petition', subjectId: 'x' }, { subjectType: 'nope', subjectId: '00000000-0000-4000-8000-000000000000' }, { subjectType: 'petition', subjectId: '00000000-0000-4000-8000-000000000000' }, {}]) {
      await send(`upload ${JSON.stringify(fields).slice(0, 40)}`, { method: 'POST', url: '/api/files', headers: withCookie({ 'content-type': 'multipart/form-data; boundary=zz' }), payload: form(fields) });
    }
    await send('unknown route', { method: 'GET', url: '/api/nothing' });
    await send('PATCH health', { method: 'PATCH', url: '/healthz' });
    expect(problems).toEqual([]);
  });
});
