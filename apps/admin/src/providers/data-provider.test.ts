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

  it('pages without a last page when the server counted only up to its cap', async () => {
    const page = Array.from({ length: 25 }, (_, i) => ({ ...record, id: `${record.id.slice(0, -2)}${String(i).padStart(2, '0')}` }));
    const { dataProvider } = fakeApi(() => ({ body: { data: page, total: 10_000, totalAtLeast: true } }));
    const second = await dataProvider.getList('petitions', { pagination: { page: 2, perPage: 25 }, sort: { field: 'receivedDate', order: 'DESC' }, filter: {} });
    expect(second).toEqual({ data: page, pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    const { dataProvider: short } = fakeApi(() => ({ body: { data: [record], total: 10_000, totalAtLeast: true } }));
    const first = await short.getList('petitions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'receivedDate', order: 'DESC' }, filter: {} });
    expect(first).toEqual({ data: [record], pageInfo: { hasPreviousPage: false, hasNextPage: false } });
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

  it('never sends the computed deadline fields of a letter back', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: record }));
    const loaded = {
      ...record,
      dueDate: '2026-03-16',
      deadlineStatus: 'due_soon',
      dueRuleVersion: 'petition.process@2021-11-15',
      classification: null,
      proposedOutcome: null,
      proposalNote: null,
      duplicateOfId: null,
      repeatCount: 0,
    };
    await dataProvider.update('petitions', { id: record.id, data: loaded, previousData: loaded });
    const sent = (calls[0]?.input as { data: Record<string, unknown> }).data;
    for (const field of ['dueDate', 'deadlineStatus', 'dueRuleVersion', 'classification', 'repeatCount']) {
      expect(sent).not.toHaveProperty(field);
    }
  });

  it('asks for a calendar year by number, though react-admin has it from the URL as a string', async () => {
    const year = { id: 2026, year: 2026, provisional: false, version: 2, updatedAt: '2026-11-30T12:00:00.000Z', entries: [] };
    const { calls, dataProvider } = fakeApi(() => ({ body: year }));
    await dataProvider.getOne('calendars', { id: '2026' });
    await dataProvider.update('calendars', { id: '2026', data: { ...year, provisional: true }, previousData: year });
    expect(calls.map((c) => [c.path, c.input])).toEqual([
      ['calendars.getOne', { id: 2026 }],
      ['calendars.update', { id: 2026, version: 2, data: { provisional: true, entries: [] } }],
    ]);
  });

  it('creates a year from its number alone, for the server to fill from the rules', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: { id: 2028 } }));
    await dataProvider.create('calendars', { data: { year: 2028 } });
    expect(calls[0]).toEqual({ path: 'calendars.create', input: { year: 2028 } });
  });

  it('puts a server error on entries.3.date on the fourth row of the form', async () => {
    const message = 'Ngày 2026-03-01 bị nhập hai lần.';
    const { dataProvider } = fakeApi(() => ({
      status: 400,
      body: {
        error: {
          message,
          code: -32600,
          data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { 'entries.3.date': 'Ngày này đã có trong danh sách.' } },
        },
      },
    }));
    const year = { id: 2026, year: 2026, provisional: false, version: 2, entries: [] };
    const error: unknown = await dataProvider.update('calendars', { id: 2026, data: year, previousData: year }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: { errors: { entries: { 3: { date: 'Ngày này đã có trong danh sách.' } } } } });
  });

  it('refuses writes to the read-only recalculation history without calling the API', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: null }));
    await expect(dataProvider.create('deadlineRecalculations', { data: { reason: 'x' } })).rejects.toMatchObject({ status: 405 });
    await expect(dataProvider.getOne('deadlineRecalculations', { id: 'x' })).rejects.toMatchObject({ status: 405 });
    expect(calls).toEqual([]);
  });

  it('reads a letter deadline and a default calendar through their own methods', async () => {
    const { calls, dataProvider } = fakeApi(() => ({ body: null }));
    await dataProvider.petitionDeadline({ id: record.id });
    await dataProvider.calendarDefault({ year: 2027 });
    expect(calls.map((c) => [c.path, c.input])).toEqual([
      ['petitions.deadline', { id: record.id }],
      ['calendars.defaultFor', { year: 2027 }],
    ]);
  });

  it('edits a catalogue item with its version and the schema fields only, and deletes none', async () => {
    const item = {
      id: '0b7c1f7e-4d2b-4c41-9e0a-3c2d1e0f9a8b',
      catalogue: 'field',
      code: 'tu_phap',
      name: 'Tư pháp',
      parentCode: null,
      nationalCode: null,
      sortOrder: 20,
      isActive: true,
      version: 1,
      updatedAt: '2026-11-30T12:00:00.000Z',
    };
    const { calls, dataProvider } = fakeApi(() => ({ body: { ...item, version: 2 } }));
    await dataProvider.update('catalogues', { id: item.id, data: { ...item, isActive: false }, previousData: item });
    expect(calls[0]).toEqual({
      path: 'catalogues.update',
      input: {
        id: item.id,
        version: 1,
        data: { catalogue: 'field', code: 'tu_phap', name: 'Tư pháp', parentCode: null, nationalCode: null, sortOrder: 20, isActive: false },
      },
    });
    await expect(dataProvider.delete('catalogues', { id: item.id, previousData: item })).rejects.toMatchObject({ status: 405 });
    expect(calls).toHaveLength(1);
  });

  it('puts a duplicate code refused by the server on the code input', async () => {
    const { dataProvider } = fakeApi(() => ({
      status: 400,
      body: {
        error: {
          message: 'Mã này đã có trong danh mục.',
          code: -32600,
          data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { code: 'Mã này đã có trong danh mục.' } },
        },
      },
    }));
    const data = { catalogue: 'field', code: 'tu_phap', name: 'Tư pháp', sortOrder: 0, isActive: true };
    const error: unknown = await dataProvider.create('catalogues', { data }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: { errors: { code: 'Mã này đã có trong danh mục.' } } });
  });

  it('reads the official\'s reminders through their own method', async () => {
    const reminders = [{ subjectType: 'case', id: 'c1', number: '3/2026', summary: 'Vụ việc', dueDate: '2026-12-01', state: 'overdue', tier: 'director' }];
    const { calls, dataProvider } = fakeApi(() => ({ body: reminders }));
    expect(await dataProvider.myReminders({})).toEqual({ data: reminders });
    expect(calls.map((c) => c.path)).toEqual(['reminders.mine']);
  });

  it('refuses a resource it has no router for', async () => {
    const { dataProvider } = fakeApi(() => ({ body: null }));
    await expect(dataProvider.getOne('noSuchResource', { id: '1' })).rejects.toMatchObject({ status: 404 });
  });
});
