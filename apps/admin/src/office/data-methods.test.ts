import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createKntcTrpcClient } from '../providers/trpc-client';
import { officeMethods } from './data-methods';

type Call = { path: string; input: unknown };
const ITEM = '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11';

/** A real tRPC client over a fake fetch: checks what actually goes on the wire. */
function fakeApi(answer: (call: Call) => { status?: number; body: unknown }) {
  const calls: Call[] = [];
  const fetch = async (url: URL | RequestInfo, init?: RequestInit) => {
    const { pathname, searchParams } = new URL(String(url));
    const path = pathname.replace('/trpc/', '');
    const raw = init?.method === 'POST' ? String(init.body) : (searchParams.get('input') ?? '{}');
    const input = (JSON.parse(raw) as Record<string, unknown>)['0'];
    calls.push({ path, input });
    const { status = 200, body } = answer({ path, input });
    return new Response(JSON.stringify([status === 200 ? { result: { data: body } } : body]), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, client: createKntcTrpcClient('http://admin.test/trpc', fetch) };
}

describe('officeMethods', () => {
  it('sends a progress note with the item version, and a maintenance line with the device version', async () => {
    const { calls, client } = fakeApi(() => ({ body: { id: ITEM } }));
    const methods = officeMethods(client);
    await methods.addPlanItemProgress({ id: ITEM, version: 3, date: '2026-11-30', state: 'done', note: 'Đã hoàn thành.' });
    await methods.addEquipmentMaintenance({ equipmentId: ITEM, version: 7, date: '2026-11-30', kind: 'security_check', performedBy: 'Trung tâm CNTT', result: 'Đạt.', statusAfter: null });
    expect(calls).toEqual([
      { path: 'planItems.addProgress', input: { id: ITEM, version: 3, date: '2026-11-30', state: 'done', note: 'Đã hoàn thành.' } },
      { path: 'equipment.addMaintenance', input: { equipmentId: ITEM, version: 7, date: '2026-11-30', kind: 'security_check', performedBy: 'Trung tâm CNTT', result: 'Đạt.', statusAfter: null } },
    ]);
  });

  it('puts a refused progress date on its field', async () => {
    const { client } = fakeApi(() => ({
      status: 400,
      body: { error: { message: 'Ngày cập nhật không được sau hôm nay.', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { date: 'Ngày cập nhật không được sau hôm nay.' } } } },
    }));
    const error: unknown = await officeMethods(client)
      .addPlanItemProgress({ id: ITEM, version: 3, date: '2099-01-01', state: 'done', note: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toMatchObject({ errors: { date: 'Ngày cập nhật không được sau hôm nay.' } });
  });

  it('uploads evidence as a plan item file, fields first, and reports the server refusal', async () => {
    const sent: FormData[] = [];
    const upload = async (_url: URL | RequestInfo, init?: RequestInit) => {
      if (!(init?.body instanceof FormData)) throw new Error('expected a form');
      sent.push(init.body);
      return new Response(JSON.stringify({ message: 'Bạn không có quyền thực hiện thao tác này.' }), { status: 403 });
    };
    const { client } = fakeApi(() => ({ body: null }));
    const file = new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' });
    const error: unknown = await officeMethods(client, upload).uploadPlanEvidence({ itemId: ITEM, file, description: '  ' }).catch((e: unknown) => e);
    expect([...(sent[0]?.keys() ?? [])]).toEqual(['subjectType', 'subjectId', 'file']);
    expect(sent[0]?.get('subjectType')).toBe('plan_item');
    expect(sent[0]?.get('subjectId')).toBe(ITEM);
    expect((error as HttpError).status).toBe(403);
    expect((error as HttpError).message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});
