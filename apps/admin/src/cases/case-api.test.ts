import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createKntcTrpcClient } from '../providers/trpc-client';
import { createCaseApi, type CaseCommand } from './case-api';

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
  return { calls, api: createCaseApi(createKntcTrpcClient('http://admin.test/trpc', fetch)) };
}

const id = '5b0e7d2e-9f3a-4f7e-8a57-0f8f5f1f7c11';

describe('case commands on the wire', () => {
  const cases: [CaseCommand, string, unknown][] = [
    [{ id, version: 3, action: 'start_verification' }, 'cases.startVerification', { id, version: 3 }],
    [
      { id, version: 3, action: 'return_draft', note: '  Sửa phần kết luận  ' },
      'cases.returnDraft',
      { id, version: 3, note: 'Sửa phần kết luận' },
    ],
    [{ id, version: 3, action: 'close', note: '   ' }, 'cases.close', { id, version: 3 }],
    [{ id, version: 3, action: 'extend', reason: 'Vụ việc phức tạp' }, 'cases.extend', { id, version: 3, reason: 'Vụ việc phức tạp' }],
    [{ id, version: 3, action: 'sign', resultSummary: 'Tố cáo sai' }, 'cases.sign', { id, version: 3, resultSummary: 'Tố cáo sai' }],
    [
      { id, version: 3, action: 'set_flags', isComplex: true, isRemote: false },
      'cases.setFlags',
      { id, version: 3, isComplex: true, isRemote: false },
    ],
    [{ id, version: 3, action: 'assign', assigneeId: id }, 'cases.assign', { id, version: 3, assigneeId: id }],
  ];

  it.each(cases)('%o goes to %s', async (command, path, input) => {
    const { calls, api } = fakeApi(() => ({ body: { id, version: 4 } }));
    const { data } = await api.caseCommand(command);
    expect(data).toEqual({ id, version: 4 });
    expect(calls).toEqual([{ path, input }]);
  });

  it('saves a draft with draft while verifying and reviseDraft while drafting', async () => {
    const draft = {
      type: 'complaint' as const,
      complaintContent: 'Nội dung',
      verificationResult: 'Kết quả',
      conclusion: 'Kết luận',
      ruling: 'Quyết định',
      measures: [],
    };
    const { calls, api } = fakeApi(() => ({ body: { id, version: 4 } }));
    await api.caseCommand({ id, version: 3, action: 'draft', draft });
    await api.caseCommand({ id, version: 4, action: 'revise_draft', draft });
    expect(calls.map((c) => c.path)).toEqual(['cases.draft', 'cases.reviseDraft']);
  });

  it('turns a refusal into an HttpError carrying the server’s reason and status', async () => {
    const { api } = fakeApi(() => ({
      status: 409,
      body: { error: { message: 'Bản ghi đã được người khác cập nhật.', code: -32009, data: { code: 'CONFLICT', httpStatus: 409 } } },
    }));
    const failure = await api.caseCommand({ id, version: 1, action: 'submit' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ message: 'Bản ghi đã được người khác cập nhật.', status: 409 });
  });

  it('lists the letter’s documents as well as the case’s', async () => {
    const { calls, api } = fakeApi(() => ({ body: [] }));
    await api.caseDocuments({ subjectType: 'petition', subjectId: id });
    expect(calls).toEqual([{ path: 'documents.list', input: { subjectType: 'petition', subjectId: id } }]);
  });

  it('sends a measure done without an empty note', async () => {
    const { calls, api } = fakeApi(() => ({ body: { id } }));
    await api.caseCompleteMeasure({ measureId: id, note: '' });
    expect(calls).toEqual([{ path: 'cases.completeMeasure', input: { measureId: id } }]);
  });
});
