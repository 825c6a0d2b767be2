import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from './data-provider';
import { createKntcTrpcClient } from './trpc-client';

type Call = { path: string; input: unknown };

/** A real tRPC client over a fake fetch: checks what actually goes on the wire. */
function fakeApi(answer: (call: Call) => { status?: number; body: unknown }) {
  const calls: Call[] = [];
  const fetch = async (url: URL | RequestInfo, init?: RequestInit) => {
    const { pathname, searchParams } = new URL(String(url));
    const path = pathname.replace('/trpc/', '');
    const raw = init?.method === 'POST' ? String(init.body) : (searchParams.get('input') ?? '{}');
    const input = (JSON.parse(raw) as Record<string, unknown>)['0'];
    const call = { path, input };
    calls.push(call);
    const { status = 200, body } = answer(call);
    return new Response(JSON.stringify([status === 200 ? { result: { data: body } } : body]), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  const client = createKntcTrpcClient('http://admin.test/trpc', fetch);
  return { calls, dataProvider: createDataProvider(client) };
}

const record = {
  id: '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11',
  receiptNumber: '12/2026',
  receivedDate: '2026-03-02',
  channel: 'post',
  kind: 'complaint',
  status: 'registered',
  sender: { fullName: 'Nguyễn Văn An', address: 'Kon Tum', idNumber: null, phone: null },
  signerCount: 1,
  summary: 'Khiếu nại quyết định thu hồi đất',
  content: 'Nội dung',
  forwardingAgency: null,
  forwardingDocNumber: null,
  version: 3,
};

describe('dataProvider', () => {
  it('maps getList params to the list procedure', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: { data: [record], total: 1 } }));
    const result = await dataProvider.getList('petitions', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'receivedDate', order: 'DESC' },
      filter: { q: 'nguyen van', kind: 'complaint' },
    });
    expect(result).toEqual({ data: [record], total: 1 });
    expect(calls).toEqual([
      {
        path: 'petitions.list',
        input: {
          pagination: { page: 2, perPage: 25 },
          sort: { field: 'receivedDate', order: 'DESC' },
          filter: { q: 'nguyen van', kind: 'complaint' },
        },
      },
    ]);
  });

  it('updates with the version the user loaded and only editable fields', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: { ...record, version: 4 } }));
    await dataProvider.update('petitions', {
      id: record.id,
      data: { ...record, version: 99, summary: 'Trích yếu mới' },
      previousData: record,
    });
    const [call] = calls;
    expect(call?.path).toBe('petitions.update');
    expect(call?.input).toMatchObject({ id: record.id, version: 3 });
    const sent = (call?.input as { data: Record<string, unknown> }).data;
    expect(sent.summary).toBe('Trích yếu mới');
    expect(Object.keys(sent)).not.toContain('status');
    expect(Object.keys(sent)).not.toContain('version');
  });

  it('deletes with the version, and registers through its own method', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: record }));
    await dataProvider.delete('petitions', { id: record.id, previousData: record });
    await dataProvider.registerPetition({ id: record.id, version: 3 });
    expect(calls.map((c) => [c.path, c.input])).toEqual([
      ['petitions.delete', { id: record.id, version: 3 }],
      ['petitions.register', { id: record.id, version: 3 }],
    ]);
  });

  it('turns a stale version into a 409 HttpError with the server message', async () => {
    const message = 'Bản ghi đã được người khác cập nhật sau khi bạn mở.';
    const { dataProvider } = fakeApi(() => ({
      status: 409,
      body: { error: { message, code: -32600, data: { code: 'CONFLICT', httpStatus: 409, fieldErrors: null } } },
    }));
    const error: unknown = await dataProvider
      .update('petitions', { id: record.id, data: record, previousData: record })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 409, message });
  });

  it('refuses a resource it has no router for', async () => {
    const { dataProvider } = fakeApi(() => ({ body: null }));
    await expect(dataProvider.getOne('users', { id: '1' })).rejects.toMatchObject({ status: 404 });
  });
});
