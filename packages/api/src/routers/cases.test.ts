import { getDocumentFile, seedDemo, selectRows, type DbHandle } from '@kntc/db';
import { sql } from 'drizzle-orm';
import { readDocx } from '@kntc/documents/testing';
import { createTestDb } from '@kntc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

/** A fixed clock, so acceptance dates and deadlines are the same on every run. */
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

async function acceptedCase(kind: 'complaint' | 'denunciation', day = '2026-03-02', round: 'first' | 'second' = 'first') {
  const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
  let p = await officer.petitions.create({
    receivedDate: day,
    channel: 'walk_in',
    kind,
    sender: { fullName: 'Đinh Văn Vụ Việc', address: 'Thôn 5, xã Đăk Cấm, thành phố Kon Tum' },
    summary: kind === 'complaint' ? 'Khiếu nại quyết định kỷ luật khiển trách' : 'Tố cáo trưởng phòng nhận tiền xét tuyển',
    content: 'Nội dung.',
  });
  p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind, competence: 'within', complaintRound: round } });
  p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  expect(p.status).toBe('accepted');
  const list = await officer.cases.list({ filter: { petitionId: p.id } });
  expect(list.total).toBe(1);
  const c = list.data[0];
  if (!c) throw new Error('case opened');
  return c;
}


describe('cases', () => {
  it('a complaint is accepted, verified, heard in dialogue, decided, sent, enforced and closed', async () => {
    let c = await acceptedCase('complaint');
    expect(c).toMatchObject({ kind: 'complaint_first', status: 'accepted', acceptedDate: '2026-03-02', dueDate: '2026-04-01', deadlineStatus: expect.any(String) });
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-03-05') });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-03-20') });
    c = await officer.cases.startVerification({ id: c.id, version: c.version });
    await officer.cases.addVerificationStep({ caseId: c.id, kind: 'work_session', date: '2026-03-06', description: 'Làm việc với người khiếu nại', minutes: 'Biên bản số 01' });
    c = await officer.cases.startDialogue({ id: c.id, version: c.version });
    const denunciationDraft = { type: 'denunciation' as const, verificationReport: 'Báo cáo số 01/BC-TTr', findings: [{ allegation: 'Nội dung một', finding: 'Kết quả', verdict: 'true' as const }], legalGrounds: ['Luật Viên chức 2010'], conclusion: 'Kết luận đầy đủ' };
    expect(await outcomeOf(officer.cases.draft({ id: c.id, version: c.version, draft: denunciationDraft }))).toMatch(/cần dự thảo quyết định giải quyết khiếu nại/);
    c = await officer.cases.draft({
      id: c.id,
      version: c.version,
      draft: {
        type: 'complaint',
        complaintContent: 'Ông Đinh Văn Vụ Việc khiếu nại quyết định kỷ luật khiển trách.',
        verificationResult: 'Việc xem xét kỷ luật chưa đúng trình tự họp Hội đồng kỷ luật.',
        dialogueResult: 'Các bên thống nhất về trình tự còn thiếu.',
        conclusion: 'Khiếu nại của ông Đinh Văn Vụ Việc là đúng một phần.',
        ruling: 'Hủy một phần Quyết định kỷ luật số 12/QĐ-SNV.',
        measures: ['Tổ chức lại việc xem xét kỷ luật theo đúng trình tự.'],
      },
    });
    c = await officer.cases.submit({ id: c.id, version: c.version });
    expect(await outcomeOf(officer.cases.sign({ id: c.id, version: c.version, resultSummary: 'Khiếu nại đúng một phần' }))).toMatch(/^FORBIDDEN/);
    c = await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Khiếu nại đúng một phần; hủy một phần quyết định.' });
    expect(c).toMatchObject({ status: 'issued', signedDate: '2026-03-20', decisionNumber: expect.stringMatching(/^\d{2}\/QĐ-SNV$/), sendDueDate: '2026-03-25', deadlineStatus: null });
    const [decision] = await officer.documents.list({ subjectType: 'case', subjectId: c.id });
    expect(decision).toMatchObject({ kind: 'complaint_decision', number: c.decisionNumber, signerName: 'Trần Quốc Bảo' });
    const agencyId = (await officer.session.me()).agencyId;
    const { text } = await readDocx((await getDocumentFile(handle.db, { agencyId, id: decision?.id ?? '' })).content);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Đinh Văn Vụ Việc');
    expect(text).toContain('Hủy một phần Quyết định kỷ luật số 12/QĐ-SNV.');
    expect(text).toContain('Kon Tum, ngày 20 tháng 3 năm 2026');
    const measure = await officer.cases.addMeasure({ caseId: c.id, description: 'Hủy một phần Quyết định số 12/QĐ-SNV', responsible: 'Phòng Công chức, viên chức', dueDate: '2026-04-15' });
    c = await officer.cases.startEnforcement({ id: c.id, version: c.version });
    expect(await outcomeOf(officer.cases.close({ id: c.id, version: c.version }))).toMatch(/Còn 1 biện pháp chưa thực hiện xong/);
    if (!measure) throw new Error('measure added');
    await officer.cases.completeMeasure({ measureId: measure.id, note: 'Đã ban hành quyết định hủy' });
    c = await officer.cases.close({ id: c.id, version: c.version });
    expect(c.status).toBe('closed');
    const actions = (await officer.cases.timeline({ id: c.id })).map((e) => e.action);
    expect(actions).toEqual(['open', 'start_verification', 'verification_step', 'start_dialogue', 'draft', 'submit', 'sign', 'measure_added', 'start_enforcement', 'measure_done', 'close']);
  });

  it('a denunciation is extended once for complexity, then concluded; a third extension is refused', async () => {
    let c = await acceptedCase('denunciation', '2025-03-31');
    expect(c.dueDate).toBe('2025-05-05');
    expect(c.partyName).toBe('Người tố cáo A');
    const director = await callerAs(handle, 'giamdoc', { now: at('2025-04-20') });
    c = await director.cases.extend({ id: c.id, version: c.version, reason: 'Vụ việc phức tạp, cần xác minh tại nhiều nơi' });
    expect(c).toMatchObject({ extensions: 1, dueDate: '2025-05-30' });
    expect((await director.cases.timeline({ id: c.id })).at(-1)?.payload).toMatchObject({ dueBefore: '2025-05-05', dueAfter: '2025-05-30' });
    // The denouncer's name finds nothing in cases; the matter does.
    expect((await director.cases.list({ filter: { q: 'dinh van vu viec' } })).data.map((x) => x.id)).not.toContain(c.id);
    expect((await director.cases.list({ filter: { q: 'nhan tien xet tuyen' } })).data.map((x) => x.id)).toContain(c.id);
    // A complaint is found by its complainant.
    const complaint = await acceptedCase('complaint', '2025-04-01');
    expect((await director.cases.list({ filter: { q: 'dinh van vu viec' } })).data.map((x) => x.id)).toContain(complaint.id);
    c = await director.cases.extend({ id: c.id, version: c.version, reason: 'Vụ việc đặc biệt phức tạp' });
    expect(c).toMatchObject({ extensions: 2, dueDate: '2025-06-30' });
    expect(await outcomeOf(director.cases.extend({ id: c.id, version: c.version, reason: 'Gia hạn lần ba' }))).toMatch(/^BAD_REQUEST/);
    expect((await director.cases.getOne({ id: c.id })).extensions).toBe(2);
    expect(await outcomeOf(director.cases.startDialogue({ id: c.id, version: c.version }))).toMatch(/không áp dụng/);
    const docs = await director.documents.list({ subjectType: 'case', subjectId: c.id });
    expect(docs.map((d) => d.kind)).toEqual(['extension_decision', 'extension_decision']);

    // Concluded: the conclusion names the accused, never the denouncer.
    c = await director.cases.startVerification({ id: c.id, version: c.version });
    c = await director.cases.draft({
      id: c.id,
      version: c.version,
      draft: {
        type: 'denunciation',
        verificationReport: 'Báo cáo kết quả xác minh số 05/BC-TTr',
        findings: [{ allegation: 'Nhận tiền của người tham gia xét tuyển', finding: 'Không có căn cứ xác định việc nhận tiền.', verdict: 'false' }],
        legalGrounds: ['Luật Viên chức năm 2010'],
        conclusion: 'Nội dung tố cáo là tố cáo sai.',
      },
    });
    c = await director.cases.submit({ id: c.id, version: c.version });
    c = await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Tố cáo sai' });
    const conclusion = (await director.documents.list({ subjectType: 'case', subjectId: c.id })).find((d) => d.kind === 'denunciation_conclusion');
    const agencyId = (await director.session.me()).agencyId;
    const { text } = await readDocx((await getDocumentFile(handle.db, { agencyId, id: conclusion?.id ?? '' })).content);
    expect(text).toContain('KẾT LUẬN');
    expect(text).not.toContain('Đinh Văn Vụ Việc');
  });

  it('a first-round complaint cannot be extended: the Law gives it no extension', async () => {
    const c = await acceptedCase('complaint', '2026-05-04');
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-05-10') });
    expect(await outcomeOf(director.cases.extend({ id: c.id, version: c.version, reason: 'Thử gia hạn khiếu nại' }))).toMatch(/^BAD_REQUEST/);
  });

  it('suspension stops the clock and resuming moves the deadline by the days suspended', async () => {
    let c = await acceptedCase('complaint', '2026-06-01', 'second');
    expect(c.kind).toBe('complaint_second');
    const before = c.dueDate;
    expect(before).toBe('2026-07-16');
    c = await (await callerAs(handle, 'thanhtravien', { now: at('2026-06-10') })).cases.suspend({ id: c.id, version: c.version, reason: 'Chờ kết quả giám định' });
    expect(c).toMatchObject({ status: 'suspended', deadlineStatus: null });
    c = await (await callerAs(handle, 'thanhtravien', { now: at('2026-06-20') })).cases.resume({ id: c.id, version: c.version });
    expect(c).toMatchObject({ status: 'accepted', suspendedDays: 10, dueDate: '2026-07-27' });
  });

  it('lists the officer’s own queue and the overdue queue', async () => {
    const c = await acceptedCase('complaint', '2025-01-06');
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-11-30') });
    const mine = await officer.cases.list({ filter: { mine: true, active: true } });
    expect(mine.data.every((x) => x.status !== 'closed' && x.status !== 'terminated')).toBe(true);
    expect(mine.data.map((x) => x.id)).toContain(c.id);
    const overdue = await officer.cases.list({ filter: { dueStatus: 'overdue' } });
    expect(overdue.data.map((x) => x.id)).toContain(c.id);
    expect(overdue.data.every((x) => x.deadlineStatus === 'overdue')).toBe(true);
    // The total counts open cases past their due date, with and without a search (which joins the letter).
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-11-30') });
    const [counted] = await selectRows<{ n: number; matching: number }>(
      handle.db,
      sql`select count(*)::int as n, count(*) filter (where p.summary_key like '%khieu%' or (c.kind <> 'denunciation' and p.search_text like '%khieu%'))::int as matching
          from cases c join petitions p on p.id = c.petition_id
          where c.status in ('accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature') and c.due_date < '2026-11-30'`,
    );
    expect(counted?.n).toBeGreaterThan(0);
    expect((await director.cases.list({ filter: { dueStatus: 'overdue' } })).total).toBe(counted?.n);
    expect((await director.cases.list({ filter: { dueStatus: 'overdue', q: 'khiếu' } })).total).toBe(counted?.matching);
    const reception = await callerAs(handle, 'tiepdan');
    expect((await reception.cases.list({ filter: { mine: true } })).data.map((x) => x.id)).not.toContain(c.id);
  });
});

describe('reminders and bulk assignment', () => {
  it('tells the assignee first, the unit head once overdue, the director after five working days; suspended cases are silent', async () => {
    const c = await acceptedCase('complaint', '2026-09-01'); // due 01/10/2026
    const officerDueSoon = await callerAs(handle, 'thanhtravien', { now: at('2026-09-29') });
    const mine = (await officerDueSoon.reminders.mine()).find((r) => r.id === c.id);
    expect(mine).toMatchObject({ subjectType: 'case', state: 'due_soon', tier: 'assignee', dueDate: '2026-10-01' });
    const headEarly = await callerAs(handle, 'chanhthanhtra', { now: at('2026-09-29') });
    expect((await headEarly.reminders.mine()).find((r) => r.id === c.id)).toBeUndefined();
    const headLate = await callerAs(handle, 'chanhthanhtra', { now: at('2026-10-02') });
    expect((await headLate.reminders.mine()).find((r) => r.id === c.id)).toMatchObject({ state: 'overdue', tier: 'unit_head' });
    const directorSoon = await callerAs(handle, 'giamdoc', { now: at('2026-10-08') });
    expect((await directorSoon.reminders.mine()).find((r) => r.id === c.id)).toBeUndefined();
    const directorLate = await callerAs(handle, 'giamdoc', { now: at('2026-10-09') });
    expect((await directorLate.reminders.mine()).find((r) => r.id === c.id)).toMatchObject({ tier: 'director' });
    const suspended = await officerDueSoon.cases.suspend({ id: c.id, version: c.version, reason: 'Chờ kết quả giám định' });
    expect(suspended.status).toBe('suspended');
    expect((await directorLate.reminders.mine()).find((r) => r.id === c.id)).toBeUndefined();
  });

  it('assigns several cases at once, each with its own timeline event', async () => {
    const a = await acceptedCase('complaint', '2026-08-03');
    const b = await acceptedCase('denunciation', '2026-08-03');
    const head = await callerAs(handle, 'chanhthanhtra');
    const officers = await head.users.list();
    const reception = officers.data.find((u) => u.role === 'reception_officer');
    if (!reception) throw new Error('demo has a reception officer');
    expect(officers.data[0]).not.toHaveProperty('passwordHash');
    const result = await head.cases.assignMany({ ids: [a.id, b.id], assigneeId: reception.id });
    expect(result).toEqual({ assigned: 2, failed: [] });
    for (const id of [a.id, b.id]) {
      expect((await head.cases.getOne({ id })).assigneeName).toBe(reception.fullName);
      expect((await head.cases.timeline({ id })).at(-1)?.action).toBe('assign');
    }
  });
});
