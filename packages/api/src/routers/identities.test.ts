import { protectedTermsForPetition, schema, seedDemo, selectRows, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { readDocx } from '@kntc/documents/testing';
import { TRPCError } from '@trpc/server';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

const denouncer = {
  fullName: 'Hà Thị Bảo Mật',
  address: '17 Lê Lợi, phường Thắng Lợi, tỉnh Kon Tum',
  idNumber: '062190001234',
  phone: '0905111222',
  email: 'bao.mat@example.vn',
};

async function denunciation(extra: Record<string, unknown> = {}) {
  const intake = await callerAs(handle, 'tiepdan', { now: at('2026-11-10') });
  return intake.petitions.create({
    receivedDate: '2026-11-10',
    channel: 'walk_in',
    kind: 'denunciation',
    sender: denouncer,
    summary: 'Tố cáo phó phòng nhận tiền xét tuyển',
    content: `Tôi là Hà Thị Bảo Mật, CCCD 062 190 001 234, điện thoại 0905 111 222, tố cáo ông Phó phòng nhận tiền. Người tố cáo: HA THI BAO MAT.`,
    ...extra,
  });
}

describe('identity vault', () => {
  it('files a denouncer under a pseudonym, with the text masked and the identity only sealed', async () => {
    const p = await denunciation({ coSenders: [{ fullName: 'Lý Văn Đồng Ký', address: 'Thôn 1, xã Ia Chim', idNumber: '062190009999' }], signerCount: 2 });
    expect(p.sender).toEqual({ fullName: 'Người tố cáo A', address: '', idNumber: null, phone: null, email: null });
    expect(p.coSenders).toEqual([expect.objectContaining({ fullName: 'Người tố cáo B', address: '', idNumber: null })]);
    expect(p.protectIdentity).toBe(true);
    expect(p.content).toBe('Tôi là Người tố cáo A, CCCD [đã ẩn], điện thoại [đã ẩn], tố cáo ông Phó phòng nhận tiền. Người tố cáo: Người tố cáo A.');
    const rows = await handle.db.select().from(schema.persons).where(eq(schema.persons.id, p.senderId));
    expect(rows[0]).toMatchObject({ isProtected: true, fullName: 'Người tố cáo A', address: '', idNumber: null, phone: null, email: null });
    expect(rows[0]?.sealedIdentity?.includes(Buffer.from('Bảo Mật'))).toBe(false);
    // Searching by the denouncer's name finds nothing; by the pseudonym, the letter.
    const officer = await callerAs(handle, 'thanhtravien');
    expect((await officer.petitions.list({ filter: { q: 'Bảo Mật' } })).total).toBe(0);
    expect((await officer.petitions.list({ filter: { q: 'nguoi to cao a phó phòng nhận tiền xét tuyển' } })).data.map((r) => r.id)).toContain(p.id);
  });

  it('reveals identities only to the allowed roles, with a reason written to the audit log', async () => {
    const p = await denunciation();
    const intake = await callerAs(handle, 'tiepdan');
    const inspector = await callerAs(handle, 'thanhtravien');
    expect(await outcomeOf(inspector.identities.reveal({ petitionId: p.id, reason: 'Cần liên hệ người tố cáo để xác minh' }))).toMatch(/^FORBIDDEN/);
    const short = await intake.identities.reveal({ petitionId: p.id, reason: 'xem' }).catch((e: unknown) => e);
    expect(short).toBeInstanceOf(TRPCError);
    expect((short as TRPCError).code).toBe('BAD_REQUEST');
    const revealed = await intake.identities.reveal({ petitionId: p.id, reason: 'Cần liên hệ người tố cáo để hẹn làm việc' });
    expect(revealed.signers).toEqual([{ ...denouncer, pseudonym: 'Người tố cáo A', role: 'sender', isRepresentative: false }]);
    const [row] = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'identities.reveal')).orderBy(desc(schema.auditLog.seq)).limit(1);
    expect(row).toMatchObject({ entity: 'petitions', entityId: p.id, note: 'Cần liên hệ người tố cáo để hẹn làm việc', actorRole: 'reception_officer' });
    const complaint = await intake.petitions.create({ receivedDate: '2026-11-10', channel: 'post', kind: 'complaint', sender: { fullName: 'Công Khai', address: 'Kon Tum' }, summary: 'Khiếu nại quyết định', content: 'Nội dung.' });
    expect(await outcomeOf(intake.identities.reveal({ petitionId: complaint.id, reason: 'Kiểm tra thử danh tính' }))).toMatch(/không có danh tính được bảo mật/);
  });

  it('keeps the identity when a form sends no signers back, and re-seals corrections', async () => {
    const intake = await callerAs(handle, 'tiepdan');
    let p = await denunciation();
    const data = { receivedDate: p.receivedDate, channel: p.channel, kind: p.kind, signerCount: 1, summary: p.summary, content: p.content, protectIdentity: true };
    // The pseudonym is no valid sender (no address): a form cannot save it back as if it were a name.
    expect(await outcomeOf(intake.petitions.update({ id: p.id, version: p.version, data: { ...data, sender: p.sender, coSenders: [] } }))).toMatch(/^BAD_REQUEST/);
    p = await intake.petitions.update({ id: p.id, version: p.version, data: { ...data, sender: null, coSenders: null } });
    expect((await intake.identities.reveal({ petitionId: p.id, reason: 'Kiểm tra sau khi sửa đơn' })).signers[0]).toMatchObject(denouncer);
    p = await intake.petitions.update({ id: p.id, version: p.version, data: { ...data, sender: { ...denouncer, phone: '0905999888' }, coSenders: null } });
    expect(p.sender.fullName).toBe('Người tố cáo A');
    expect((await intake.identities.reveal({ petitionId: p.id, reason: 'Kiểm tra sau khi sửa đơn' })).signers[0]?.phone).toBe('0905999888');
    // A denunciation stays protected; a complaint without the request needs the details typed again.
    expect(await outcomeOf(intake.petitions.update({ id: p.id, version: p.version, data: { ...data, kind: 'complaint', protectIdentity: false, sender: null, coSenders: null } }))).toMatch(/nhập lại thông tin người gửi/);
    p = await intake.petitions.update({ id: p.id, version: p.version, data: { ...data, kind: 'complaint', sender: null, coSenders: null } });
    expect(p.sender.fullName).toBe('Người khiếu nại A');
  });

  it('seals a complainant who asks, and drops their clear record', async () => {
    const intake = await callerAs(handle, 'tiepdan');
    const sender = { fullName: 'Ông Xin Giấu Tên', address: 'Thôn 9, xã Đăk Blà', idNumber: '062190007777' };
    let p = await intake.petitions.create({ receivedDate: '2026-11-10', channel: 'post', kind: 'complaint', sender, summary: 'Khiếu nại quyết định thu hồi', content: 'Nội dung.' });
    expect(p.sender.fullName).toBe('Ông Xin Giấu Tên');
    p = await intake.petitions.update({
      id: p.id,
      version: p.version,
      data: { receivedDate: p.receivedDate, channel: p.channel, kind: p.kind, signerCount: 1, summary: p.summary, content: p.content, protectIdentity: true, sender: null, coSenders: null },
    });
    expect(p.sender).toMatchObject({ fullName: 'Người khiếu nại A', idNumber: null });
    const clear = await selectRows(handle.db, sql`select id from persons where full_name = ${sender.fullName} or id_number = ${sender.idNumber}`);
    expect(clear).toEqual([]);
    expect(await protectedTermsForPetition(handle.db, testVaultKeyring, p.id)).toEqual(['Ông Xin Giấu Tên', '062190007777', 'Thôn 9, xã Đăk Blà']);
  });

  it('tells only those who may reveal that an ID number is a protected sender’s', async () => {
    const p = await denunciation();
    const query = { sender: { fullName: 'Ai Đó', address: '', idNumber: denouncer.idNumber }, summary: 'Một việc khác hẳn' };
    const intake = await callerAs(handle, 'tiepdan');
    const inspector = await callerAs(handle, 'thanhtravien');
    expect((await intake.petitions.suggestDuplicates(query)).find((s) => s.id === p.id)?.reasons.map((r) => r.code)).toContain('same_id_number');
    expect((await inspector.petitions.suggestDuplicates(query)).find((s) => s.id === p.id)).toBeUndefined();
  });

  it('seals the stored receipt of a protected sender and opens it only with a reason', async () => {
    const p = await denunciation();
    const intake = await callerAs(handle, 'tiepdan');
    await intake.petitions.issueReceipt({ id: p.id, version: p.version });
    const [doc] = await intake.documents.list({ subjectType: 'petition', subjectId: p.id });
    expect(doc).toMatchObject({ kind: 'receipt', isSealed: true });
    expect(JSON.stringify(doc)).not.toContain('Bảo Mật');
    const inspector = await callerAs(handle, 'thanhtravien');
    expect(await outcomeOf(inspector.identities.openDocument({ documentId: doc?.id ?? '', reason: 'In lại giấy biên nhận' }))).toMatch(/^FORBIDDEN/);
    const opened = await intake.identities.openDocument({ documentId: doc?.id ?? '', reason: 'In lại giấy biên nhận cho công dân' });
    expect((await readDocx(Buffer.from(opened.contentBase64, 'base64'))).text).toContain('Hà Thị Bảo Mật');
  });

  it('refuses to split a letter into a denunciation while its sender is on file in clear', async () => {
    const intake = await callerAs(handle, 'tiepdan');
    const p = await intake.petitions.create({ receivedDate: '2026-11-10', channel: 'post', kind: 'mixed', sender: { fullName: 'Người Nhiều Việc', address: 'Kon Tum' }, summary: 'Khiếu nại và tố cáo', content: 'Nội dung.' });
    const items = [
      { kind: 'complaint' as const, summary: 'Khiếu nại quyết định', content: 'Một.' },
      { kind: 'denunciation' as const, summary: 'Tố cáo cán bộ', content: 'Hai.' },
    ];
    expect(await outcomeOf(intake.petitions.split({ id: p.id, version: p.version, items }))).toMatch(/Bảo mật danh tính người gửi/);
  });
});

describe('documents addressed to a protected complainant', () => {
  it('are stored sealed, their titles name the pseudonym, and the signed decision opens with a reason', async () => {
    const day = '2026-03-02';
    const intake = await callerAs(handle, 'tiepdan', { now: at(day) });
    const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-03-20') });
    const complainant = { fullName: 'Tôn Nữ Kín Đáo', address: 'Thôn 6, xã Vinh Quang', idNumber: '062190005555' };
    let p = await intake.petitions.create({ receivedDate: day, channel: 'walk_in', kind: 'complaint', protectIdentity: true, sender: complainant, summary: 'Khiếu nại quyết định kỷ luật khiển trách', content: 'Nội dung.' });
    p = await intake.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } });
    p = await intake.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
    p = await head.petitions.approve({ id: p.id, version: p.version });
    const [notice] = await intake.documents.list({ subjectType: 'petition', subjectId: p.id });
    expect(notice).toMatchObject({ kind: 'acceptance_notice', isSealed: true });
    const [opened] = (await director.cases.list({ filter: { petitionId: p.id } })).data;
    if (!opened) throw new Error('case opened');
    let c = await director.cases.startVerification({ id: opened.id, version: opened.version });
    c = await director.cases.draft({
      id: c.id,
      version: c.version,
      draft: { type: 'complaint', complaintContent: 'Người khiếu nại A khiếu nại quyết định kỷ luật.', verificationResult: 'Chưa đúng trình tự.', conclusion: 'Khiếu nại đúng.', ruling: 'Hủy quyết định kỷ luật.', measures: ['Tổ chức lại việc xem xét kỷ luật.'] },
    });
    c = await director.cases.submit({ id: c.id, version: c.version });
    c = await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Khiếu nại đúng; hủy quyết định.' });
    const [decision] = await director.documents.list({ subjectType: 'case', subjectId: c.id });
    expect(decision).toMatchObject({ kind: 'complaint_decision', isSealed: true });
    expect(decision?.title).toContain('Người khiếu nại A');
    expect(decision?.title).not.toContain('Kín Đáo');
    const file = await director.identities.openDocument({ documentId: decision?.id ?? '', reason: 'Gửi quyết định cho người khiếu nại' });
    expect((await readDocx(Buffer.from(file.contentBase64, 'base64'))).text).toContain('Tôn Nữ Kín Đáo');
  });
});
