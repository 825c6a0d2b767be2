import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createKntcTrpcClient } from '../providers/trpc-client';
import { letterMethods } from './data-methods';

type Call = { path: string; input: unknown };

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
    return new Response(JSON.stringify([status === 200 ? { result: { data: body } } : body]), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { calls, client: createKntcTrpcClient('http://admin.test/trpc', fetch) };
}

const id = '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11';

describe('letterMethods', () => {
  it('sends each step with the loaded version, trimmed text and no empty optional fields', async () => {
    const { calls, client } = fakeApi(() => ({ body: { id } }));
    const methods = letterMethods(client);
    await methods.proposeOutcome({ id, version: 4, outcome: 'transfer', target: ' UBND huyện Đăk Hà ', note: '  ' });
    await methods.approveProposal({ id, version: 5 });
    await methods.rejectProposal({ id, version: 5, note: ' Chưa đủ căn cứ ' });
    await methods.markDuplicate({ id, version: 2, duplicateOfId: 'c0ffee00-0000-4000-8000-000000000001', note: '' });
    expect(calls).toEqual([
      { path: 'petitions.propose', input: { id, version: 4, outcome: 'transfer', target: 'UBND huyện Đăk Hà' } },
      { path: 'petitions.approve', input: { id, version: 5 } },
      { path: 'petitions.reject', input: { id, version: 5, note: 'Chưa đủ căn cứ' } },
      { path: 'petitions.markDuplicate', input: { id, version: 2, duplicateOfId: 'c0ffee00-0000-4000-8000-000000000001' } },
    ]);
  });

  it('puts a classification refusal on the form’s own field names', async () => {
    const { client } = fakeApi(() => ({
      status: 400,
      body: {
        error: {
          message: 'Dữ liệu nhập chưa hợp lệ.',
          code: -32600,
          data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { 'classification.competence': 'Hãy chọn thẩm quyền.' } },
        },
      },
    }));
    const error: unknown = await letterMethods(client)
      .classifyPetition({ id, version: 1, classification: { kind: 'complaint', competence: 'within' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toMatchObject({ errors: { competence: 'Hãy chọn thẩm quyền.' } });
  });

  it('asks for the cases of a letter by its id', async () => {
    const { calls, client } = fakeApi(() => ({ body: { data: [{ id: 'x' }], total: 1 } }));
    const { data } = await letterMethods(client).petitionCases({ id });
    expect(data).toEqual([{ id: 'x' }]);
    expect(calls[0]).toEqual({ path: 'cases.list', input: { pagination: { page: 1, perPage: 10 }, filter: { petitionId: id } } });
  });

  it('uploads a file as multipart, fields first, and reports the server’s refusal', async () => {
    const sent: { url: string; form: FormData }[] = [];
    const upload = async (url: URL | RequestInfo, init?: RequestInit) => {
      if (!(init?.body instanceof FormData)) throw new Error('expected a form');
      sent.push({ url: String(url), form: init.body });
      return new Response(JSON.stringify({ message: 'Tệp tải lên đang rỗng.', fieldErrors: { file: 'Tệp tải lên đang rỗng.' } }), { status: 400 });
    };
    const { client } = fakeApi(() => ({ body: null }));
    const file = new File([''], 'don.pdf', { type: 'application/pdf' });
    const error: unknown = await letterMethods(client, upload)
      .uploadAttachment({ subjectType: 'petition', subjectId: id, file, description: ' Bản chụp ' })
      .catch((e: unknown) => e);
    expect(sent[0]?.url).toBe('/api/files');
    expect([...(sent[0]?.form.keys() ?? [])]).toEqual(['subjectType', 'subjectId', 'description', 'file']);
    expect(sent[0]?.form.get('description')).toBe('Bản chụp');
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe('Tệp tải lên đang rỗng.');
    expect((error as HttpError).status).toBe(400);
  });
});
