import { describe, expect, it } from 'vitest';
import { createKntcTrpcClient } from './trpc-client';

type Sent = { path: string; method: string; key: string | null; body: string | undefined };
type Reply = { status: number; body: unknown } | 'network-error';

/** A real tRPC client over a fake fetch that records every send and answers from a script. */
function scripted(replies: Reply[], options: { mutationAttempts?: number; clock?: () => number } = {}) {
  const sent: Sent[] = [];
  const fetch = async (url: URL | RequestInfo, init?: RequestInit) => {
    const { pathname } = new URL(String(url));
    const headers = new Headers(init?.headers);
    sent.push({ path: pathname.replace('/trpc/', ''), method: init?.method ?? 'GET', key: headers.get('Idempotency-Key'), body: init?.body?.toString() });
    const reply = replies.shift() ?? { status: 200, body: [{ result: { data: { ok: true } } }] };
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  };
  const client = createKntcTrpcClient('http://admin.test/trpc', fetch, { retryDelayMs: () => 0, ...options });
  return { sent, client };
}

const ok = (data: unknown = { ok: true }) => ({ status: 200, body: [{ result: { data } }] });
const refused = (status: number, code: string) => ({
  status,
  body: [{ error: { message: 'Từ chối', code: -32000, data: { code, httpStatus: status, path: 'petitions.register' } } }],
});
const letter = { id: '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11', version: 1 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the admin tRPC client', () => {
  it('sends each mutation alone with a fresh Idempotency-Key, and queries without one', async () => {
    const { sent, client } = scripted([]);
    await Promise.all([
      client.petitions.register.mutate(letter),
      client.petitions.register.mutate({ ...letter, version: 2 }),
      client.petitions.getOne.query({ id: letter.id }),
    ]);
    const mutations = sent.filter((s) => s.method === 'POST');
    expect(mutations).toHaveLength(2);
    expect(mutations.every((s) => s.path === 'petitions.register' && UUID.test(s.key ?? ''))).toBe(true);
    expect(mutations[0]?.key).not.toBe(mutations[1]?.key);
    expect(sent.find((s) => s.method === 'GET')?.key).toBeNull();
  });

  it('sends a mutation again with the same key after a network failure and a proxy timeout', async () => {
    const { sent, client } = scripted(['network-error', { status: 504, body: '<html>Gateway Timeout</html>' }, ok({ version: 2 })]);
    expect(await client.petitions.register.mutate(letter)).toEqual({ version: 2 });
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.key)).size).toBe(1);
    expect(new Set(sent.map((s) => s.body)).size).toBe(1);
  });

  it('gives up after three sends', async () => {
    const { sent, client } = scripted(['network-error', 'network-error', 'network-error', ok()]);
    await expect(client.petitions.register.mutate(letter)).rejects.toThrow();
    expect(sent).toHaveLength(3);
  });

  it('does not resend what the API refused (a stale version, bad input)', async () => {
    const { sent, client } = scripted([refused(409, 'CONFLICT')]);
    await expect(client.petitions.register.mutate(letter)).rejects.toThrow('Từ chối');
    expect(sent).toHaveLength(1);
  });

  it('gives a double click (the same mutation again within two seconds) the first one’s key, and later ones a new key', async () => {
    let now = 1_000_000;
    const { sent, client } = scripted([], { clock: () => now });
    await Promise.all([client.petitions.register.mutate(letter), client.petitions.register.mutate(letter)]);
    now += 1500;
    await client.petitions.register.mutate(letter);
    now += 2000;
    await client.petitions.register.mutate(letter);
    const keys = sent.map((s) => s.key);
    expect(keys).toHaveLength(4);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('uses the caller’s key for a whole logical submit', async () => {
    const { sent, client } = scripted([]);
    const submit = { context: { idempotencyKey: 'mot-lan-gui' } };
    await client.petitions.register.mutate(letter, submit);
    await client.petitions.register.mutate(letter, submit);
    expect(sent.map((s) => s.key)).toEqual(['mot-lan-gui', 'mot-lan-gui']);
  });
});
