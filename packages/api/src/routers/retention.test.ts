import { insertAttachment, schema, seedDemo, selectRows, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCanary, scanDatabase } from '../testing/canary.js';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

/** A denunciation filed on `day` and archived the same day as ineligible (out of time). */
async function archivedDenunciation(day: string, canary = makeCanary('Canary')) {
  const intake = await callerAs(handle, 'tiepdan', { now: at(day) });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
  let p = await intake.petitions.create({
    receivedDate: day,
    channel: 'post',
    kind: 'denunciation',
    sender: canary.identity,
    summary: 'Tố cáo việc đã quá thời hiệu',
    content: `Tôi là ${canary.identity.fullName}, tố cáo việc từ nhiều năm trước.`,
  });
  p = await intake.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'denunciation', competence: 'within', failedConditions: ['within_time_limit'] } });
  p = await intake.petitions.propose({ id: p.id, version: p.version, outcome: 'archive', note: 'Quá thời hiệu tố cáo' });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  expect(p.status).toBe('archived');
  // The timeline stamps steps with the database's clock; the test's letter was archived on `day`.
  await handle.db.execute(sql`update timeline_events set at = ${`${day}T03:00:00Z`}::timestamptz where subject_id = ${p.id} and to_state = 'archived'`);
  const me = await intake.session.me();
  await handle.db.transaction((tx) =>
    insertAttachment(tx, {
      agencyId: me.agencyId,
      subjectType: 'petition',
      subjectId: p.id,
      userId: me.id,
      file: { sha256: p.id.replace(/-/g, '').padEnd(64, 'a'), size: 10, mimeType: 'application/pdf' },
      originalName: 'ban-chup.pdf',
      description: 'Bản chụp đơn',
      containsIdentity: true,
    }),
  );
  return { petition: p, canary };
}

describe('retention of archived letters', () => {
  it('lists archived letters with the day each may go, by the agency’s period, to the director only', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-11-30') });
    const { rule, items } = await director.retention.candidates();
    expect(rule).toEqual({ months: 12, legalBasis: 'Thông tư số 07/2014/TT-TTCP, Điều 28', version: 0 });
    expect(items.filter((i) => i.isDue).length).toBeGreaterThan(5);
    for (const i of items) expect(i.isDue).toBe(i.keepUntil <= '2026-11-30');
    expect(await outcomeOf((await callerAs(handle, 'thanhtravien')).retention.candidates())).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await callerAs(handle, 'chanhthanhtra')).retention.destroy({ petitionIds: [items[0]?.id ?? ''], decisionRef: 'QĐ 1/QĐ-SNV', reason: 'Hết thời hạn lưu' }))).toMatch(/^FORBIDDEN/);
  });

  it('refuses a letter still within its period, and the whole batch with it', async () => {
    const { petition } = await archivedDenunciation('2026-06-01');
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-11-30') });
    const due = (await director.retention.candidates()).items.find((i) => i.isDue);
    const refused = await outcomeOf(director.retention.destroy({ petitionIds: [petition.id, due?.id ?? ''], decisionRef: 'Quyết định số 15/QĐ-SNV', reason: 'Hết thời hạn lưu theo quy định' }));
    expect(refused).toMatch(/Chưa được tiêu hủy: \d+\/2026 \(lưu đến 2027-06-01\)/);
    expect((await director.petitions.getOne({ id: due?.id ?? '' })).summary).not.toMatch(/tiêu hủy/);
  });

  it('destroys a due letter: identity, scans, documents and text go; a tombstone stays for the register', async () => {
    const { petition, canary } = await archivedDenunciation('2025-09-01');
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-09-01') });
    expect((await director.documents.list({ subjectType: 'petition', subjectId: petition.id })).map((d) => d.kind)).toEqual(['archive_note']);
    const result = await director.retention.destroy({ petitionIds: [petition.id], decisionRef: 'Quyết định số 21/QĐ-SNV ngày 01/9/2026', reason: 'Đơn xếp lưu đã hết thời hạn lưu một năm' });
    expect(result).toEqual({ destroyed: 1, orphanBlobs: [petition.id.replace(/-/g, '').padEnd(64, 'a')] });
    const after = await director.petitions.getOne({ id: petition.id });
    expect(after).toMatchObject({
      kind: 'denunciation',
      status: 'archived',
      receivedDate: '2025-09-01',
      receiptNumber: petition.receiptNumber,
      content: '',
      summary: 'Đơn đã tiêu hủy theo Quyết định số 21/QĐ-SNV ngày 01/9/2026 (ngày 01/09/2026).',
      sender: { fullName: 'Người gửi đơn (hồ sơ đã tiêu hủy)' },
      isProtected: false,
    });
    expect(await director.documents.list({ subjectType: 'petition', subjectId: petition.id })).toEqual([]);
    expect(await director.attachments.list({ subjectType: 'petition', subjectId: petition.id })).toEqual([]);
    expect(await selectRows(handle.db, sql`select 1 from persons where id = ${petition.senderId}`)).toEqual([]);
    expect(await outcomeOf(director.identities.reveal({ petitionId: petition.id, reason: 'Kiểm tra sau khi tiêu hủy' }))).toMatch(/không có danh tính được bảo mật/);
    const timeline = await director.petitions.timeline({ id: petition.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'destroy' });
    expect(timeline.every((e) => e.note === null)).toBe(true);
    const [audit] = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'retention.destroy')).orderBy(desc(schema.auditLog.seq)).limit(1);
    expect(audit?.note).toBe('Tiêu hủy 1 đơn theo Quyết định số 21/QĐ-SNV ngày 01/9/2026: Đơn xếp lưu đã hết thời hạn lưu một năm');
    // Nothing of the denouncer is left anywhere, sealed or not.
    const scan = await scanDatabase(handle, canary.needles, testVaultKeyring);
    expect(scan).toMatchObject({ findings: [], sealedDocumentsWithCanary: 0 });
    // Counted still: the tombstone keeps kind, status and dates for the statistics.
    expect((await director.petitions.list({ pagination: { page: 1, perPage: 5 }, filter: { status: 'archived', kind: 'denunciation', receivedFrom: '2025-09-01', receivedTo: '2025-09-01' } })).total).toBe(1);
  });

  it('takes its period from data the director edits, with the usual version check', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-11-30') });
    const before = (await director.retention.candidates()).items.filter((i) => i.isDue).length;
    const rule = await director.retention.updateRule({ months: 60, legalBasis: 'Quyết định của Giám đốc về thời hạn lưu', version: 0 });
    expect(rule).toEqual({ months: 60, legalBasis: 'Quyết định của Giám đốc về thời hạn lưu', version: 1 });
    expect((await director.retention.candidates()).items.filter((i) => i.isDue).length).toBeLessThan(before);
    expect(await outcomeOf(director.retention.updateRule({ months: 12, legalBasis: 'Thông tư 07/2014', version: 0 }))).toMatch(/^CONFLICT/);
  });
});
