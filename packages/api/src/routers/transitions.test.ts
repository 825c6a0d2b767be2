import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import {
  availableActions,
  caseActions,
  caseMachine,
  petitionActions,
  petitionMachine,
  type CaseAction,
  type CaseKind,
  type CaseStatus,
  type PetitionAction,
  type PetitionStatus,
} from '@kntc/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../testing/caller.js';

/**
 * Every transition of both state machines, driven through the API against a real database:
 * each allowed step succeeds and lands where the machine says; each other step is refused
 * with BAD_REQUEST and changes nothing.
 */
let handle: DbHandle;
let director: Awaited<ReturnType<typeof callerAs>>;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  director = await callerAs(handle, 'giamdoc', { now: () => new Date('2026-06-01T03:00:00Z') });
});
afterAll(() => handle.close());

type Case = Awaited<ReturnType<typeof director.cases.getOne>>;

const complaintDraft = { type: 'complaint' as const, complaintContent: 'Nội dung khiếu nại', verificationResult: 'Kết quả xác minh', conclusion: 'Kết luận chung', ruling: 'Giữ nguyên quyết định' };
const denunciationDraft = {
  type: 'denunciation' as const,
  verificationReport: 'Báo cáo xác minh',
  findings: [{ allegation: 'Nội dung tố cáo', finding: 'Kết quả xác minh', verdict: 'false' as const }],
  legalGrounds: ['Luật Viên chức'],
  conclusion: 'Tố cáo sai',
};

function act(c: Case, action: CaseAction) {
  const base = { id: c.id, version: c.version };
  const draft = c.kind === 'denunciation' ? denunciationDraft : complaintDraft;
  switch (action) {
    case 'start_verification':
      return director.cases.startVerification(base);
    case 'start_dialogue':
      return director.cases.startDialogue(base);
    case 'draft':
      return director.cases.draft({ ...base, draft });
    case 'submit':
      return director.cases.submit(base);
    case 'return_draft':
      return director.cases.returnDraft(base);
    case 'sign':
      return director.cases.sign({ ...base, resultSummary: 'Kết quả giải quyết' });
    case 'start_enforcement':
      return director.cases.startEnforcement(base);
    case 'close':
      return director.cases.close(base);
    case 'suspend':
      return director.cases.suspend({ ...base, reason: 'Chờ kết quả giám định' });
    case 'resume':
      return director.cases.resume(base);
    case 'terminate':
      return director.cases.terminate({ ...base, reason: 'Người khiếu nại rút đơn' });
  }
}

const pathTo: Record<CaseStatus, CaseAction[]> = {
  accepted: [],
  verifying: ['start_verification'],
  dialogue: ['start_verification', 'start_dialogue'],
  drafting: ['start_verification', 'draft'],
  pending_signature: ['start_verification', 'draft', 'submit'],
  issued: ['start_verification', 'draft', 'submit', 'sign'],
  enforcing: ['start_verification', 'draft', 'submit', 'sign', 'start_enforcement'],
  closed: ['start_verification', 'draft', 'submit', 'sign', 'start_enforcement', 'close'],
  suspended: ['start_verification', 'suspend'],
  terminated: ['terminate'],
};

async function newCase(kind: CaseKind): Promise<Case> {
  let p = await director.petitions.create({
    receivedDate: '2026-06-01',
    channel: 'post',
    kind: kind === 'denunciation' ? 'denunciation' : 'complaint',
    sender: { fullName: 'Người Kiểm Thử Chuyển Trạng Thái', address: 'Kon Tum' },
    summary: 'Đơn kiểm thử chuyển trạng thái',
    content: 'Nội dung.',
  });
  p = await director.petitions.classify({
    id: p.id,
    version: p.version,
    classification: { kind: p.kind === 'denunciation' ? 'denunciation' : 'complaint', competence: 'within', complaintRound: kind === 'complaint_second' ? 'second' : 'first' },
  });
  p = await director.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  p = await director.petitions.approve({ id: p.id, version: p.version });
  const [c] = (await director.cases.list({ filter: { petitionId: p.id } })).data;
  if (!c) throw new Error('case opened');
  return c;
}

async function caseIn(kind: CaseKind, state: CaseStatus): Promise<Case> {
  let c = await newCase(kind);
  for (const step of pathTo[state]) c = await act(c, step);
  expect(c.status).toBe(state);
  return c;
}

const refusal = (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof TRPCError ? e.code : 'other'));

describe.each(['complaint_first', 'denunciation'] as const)('case transitions (%s)', (kind) => {
  for (const state of Object.keys(pathTo) as CaseStatus[]) {
    if (state === 'dialogue' && kind === 'denunciation') continue;
    it(`from ${state}`, { timeout: 120_000 }, async () => {
      const allowed = new Set(availableActions(caseMachine, state, kind));
      const probe = await caseIn(kind, state);
      for (const action of caseActions.filter((a) => !allowed.has(a))) {
        expect(await refusal(act(probe, action)), `${state} --${action}--> refused`).toBe('BAD_REQUEST');
      }
      expect((await director.cases.getOne({ id: probe.id })).version).toBe(probe.version);
      for (const action of allowed) {
        const c = action === allowed.values().next().value ? probe : await caseIn(kind, state);
        const transition = caseMachine.transitions.find((t) => t.action === action);
        const expected = transition?.to === 'previous' ? 'verifying' : transition?.to;
        expect((await act(c, action)).status, `${state} --${action}-->`).toBe(expected);
      }
    });
  }
});

type Petition = Awaited<ReturnType<typeof director.petitions.getOne>>;

function actPetition(p: Petition, action: PetitionAction, target: string) {
  const base = { id: p.id, version: p.version };
  switch (action) {
    case 'register':
      return director.petitions.register(base);
    case 'classify':
      return director.petitions.classify({ ...base, classification: { kind: 'recommendation', competence: 'outside' } });
    case 'propose':
      return director.petitions.propose({ ...base, outcome: 'transfer', target: 'Sở Y tế tỉnh Kon Tum' });
    case 'approve':
      return director.petitions.approve(base);
    case 'reject':
      return director.petitions.reject({ ...base, note: 'Cần xem xét lại' });
    case 'mark_duplicate':
      return director.petitions.markDuplicate({ ...base, duplicateOfId: target });
    case 'unlink_duplicate':
      return director.petitions.unlinkDuplicate(base);
    case 'split':
      return director.petitions.split({
        ...base,
        items: [
          { kind: 'complaint', summary: 'Nội dung khiếu nại tách ra', content: 'x' },
          { kind: 'recommendation', summary: 'Nội dung kiến nghị tách ra', content: 'y' },
        ],
      });
    case 'unsplit':
      return director.petitions.unsplit(base);
  }
}

const petitionPath: Partial<Record<PetitionStatus, PetitionAction[]>> = {
  draft: [],
  registered: ['register'],
  classified: ['register', 'classify'],
  pending_approval: ['register', 'classify', 'propose'],
  transferred: ['register', 'classify', 'propose', 'approve'],
  duplicate: ['register', 'mark_duplicate'],
  split: ['register', 'split'],
};

describe('letter transitions', () => {
  for (const state of Object.keys(petitionPath) as PetitionStatus[]) {
    it(`from ${state}`, { timeout: 120_000 }, async () => {
      const original = await director.petitions.create({ receivedDate: '2026-06-01', channel: 'post', kind: 'recommendation', sender: { fullName: 'Người Gốc', address: 'Kon Tum' }, summary: 'Đơn gốc của vụ việc', content: 'x' });
      const make = async () => {
        let p = await director.petitions.create({ receivedDate: '2026-06-01', channel: 'post', kind: 'recommendation', sender: { fullName: 'Người Kiểm Thử', address: 'Kon Tum' }, summary: 'Kiến nghị kiểm thử', content: 'x', saveAsDraft: true });
        for (const step of petitionPath[state] ?? []) p = await actPetition(p, step, original.id);
        expect(p.status).toBe(state);
        return p;
      };
      const allowed = new Set(availableActions(petitionMachine, state));
      const probe = await make();
      for (const action of petitionActions.filter((a) => !allowed.has(a))) {
        expect(await refusal(actPetition(probe, action, original.id)), `${state} --${action}--> refused`).toBe('BAD_REQUEST');
      }
      for (const action of allowed) {
        const p = await make();
        const next = await actPetition(p, action, original.id);
        const transition = petitionMachine.transitions.find((t) => t.action === action);
        const expected = action === 'approve' ? 'transferred' : transition?.to === 'previous' ? 'registered' : transition?.to;
        expect(next.status, `${state} --${action}-->`).toBe(expected);
      }
    });
  }
});
