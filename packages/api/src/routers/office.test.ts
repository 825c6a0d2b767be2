import { schema, seedDemo, selectRows, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import type { EquipmentDataInput, StaffAssignmentDataInput, TrainingDataInput } from '@kntc/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, outcomeOf, rejection } from '../testing/caller.js';

let handle: DbHandle;
const ids = { kiemtra: '', tiepdan: '', giamdoc: '', vanthu: '', inspection: '', admin: '' };
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  for (const username of ['kiemtra', 'tiepdan', 'giamdoc', 'vanthu'] as const) {
    const [user] = await handle.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
    ids[username] = user?.id ?? '';
  }
  for (const [key, code] of [['inspection', 'TTS'], ['admin', 'VP']] as const) {
    const [unit] = await handle.db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, code));
    ids[key] = unit?.id ?? '';
  }
}, 180_000);
afterAll(() => handle.close());

/** 10:00 in Vietnam on that day. */
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);
const clerk = () => callerAs(handle, 'vanthu', { now: at('2026-07-01') });

describe('staff assignments', () => {
  const assignment = (extra: Partial<StaffAssignmentDataInput> = {}): StaffAssignmentDataInput => ({
    userId: ids.kiemtra,
    unitId: ids.inspection,
    position: 'Kiểm tra viên',
    duties: ['letter_handling'],
    inspectorRank: 'inspector',
    allowanceCategory: 'with_allowance',
    dateAssigned: '2025-01-02',
    ...extra,
  });

  it('keeps each official\'s periods as history and refuses one that overlaps, on its field', async () => {
    const office = await clerk();
    const history = await office.staffAssignments.getManyReference({ target: 'userId', id: ids.tiepdan, pagination: { page: 1, perPage: 10 } });
    expect(history.data.map((a) => [a.unitName, a.dateAssigned, a.dateEnded, a.isCurrent])).toEqual([
      ['Thanh tra Sở', '2022-08-01', null, true],
      ['Phòng Hành chính - Tổng hợp', '2020-03-02', '2022-07-31', false],
    ]);

    const first = await office.staffAssignments.create(assignment());
    expect(first).toMatchObject({ fullName: 'Vũ Ngọc Lan', unitName: 'Thanh tra Sở', duties: ['letter_handling'], isCurrent: true, version: 1 });
    const clash = await rejection(office.staffAssignments.create(assignment({ dateAssigned: '2026-03-01', unitId: ids.admin })));
    expect(clash.code).toBe('BAD_REQUEST');
    expect(clash.message).toContain('đã có phân công từ ngày 02/1/2025 đến nay');
    expect(fieldErrorsOf(clash)).toEqual({ dateAssigned: 'Thời gian phân công trùng với một lần phân công khác của cán bộ này.' });

    // Ending the first period makes room for the next; the history now has both.
    const ended = await office.staffAssignments.update({ id: first.id, version: first.version, data: assignment({ dateEnded: '2026-02-28' }) });
    expect(ended).toMatchObject({ dateEnded: '2026-02-28', isCurrent: false, version: 2 });
    const second = await office.staffAssignments.create(assignment({ dateAssigned: '2026-03-01', unitId: ids.admin, position: 'Chuyên viên' }));
    expect(second.unitName).toBe('Phòng Hành chính - Tổng hợp');
    const current = await office.staffAssignments.list({ filter: { userId: ids.kiemtra, activeOn: '2026-07-01' } });
    expect(current.data.map((a) => a.id)).toEqual([second.id]);

    // A stale edit is a conflict and changes nothing.
    const stale = await rejection(office.staffAssignments.update({ id: first.id, version: first.version, data: assignment({ dateEnded: '2025-12-31' }) }));
    expect(stale.code).toBe('CONFLICT');
    expect((await office.staffAssignments.getOne({ id: first.id })).dateEnded).toBe('2026-02-28');
  });

  it('lets leaders read but not write, and keeps the records from the reception officer', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-07-01') });
    expect((await director.staffAssignments.list({})).total).toBeGreaterThanOrEqual(5);
    expect(await outcomeOf(director.staffAssignments.create(assignment({ userId: ids.giamdoc })))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-07-01') });
    expect(await outcomeOf(officer.staffAssignments.list({}))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
    expect(await outcomeOf(officer.staffAssignments.allowanceDays({ from: '2026-01-01', to: '2026-06-30' }))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
  });

  it('counts reception days from the register, one per day, and pays them at the rate of the table', async () => {
    const office = await clerk();
    const rows = await office.staffAssignments.allowanceDays({ from: '2026-01-01', to: '2026-06-30' });
    const officer = rows.find((r) => r.userId === ids.tiepdan);
    const [expected] = await selectRows<{ days: number }>(
      handle.db,
      sql`select count(distinct visit_date)::int as days from reception_visits where receiving_official_id = ${ids.tiepdan} and visit_date between '2026-01-01' and '2026-06-30'`,
    );
    expect(expected?.days).toBeGreaterThan(0);
    expect(officer).toMatchObject({ fullName: 'Y Blưu Niê', unitName: 'Thanh tra Sở', dayCount: expected?.days, unentitledDays: [], unratedDays: [], hasUnconfirmedRate: true });
    expect(officer?.amount).toBe((expected?.days ?? 0) * 100_000);

    // The amount is data: correcting the rate changes the allowance, not the code.
    const rates = await office.allowanceRates.list();
    const rate = rates.data.find((r) => r.category === 'without_allowance' && r.effectiveFrom === '2017-02-01');
    if (!rate) throw new Error('shipped rate');
    const { category, effectiveFrom, legalBasis } = rate;
    await office.allowanceRates.update({
      id: rate.id,
      version: rate.version,
      data: { category, effectiveFrom, legalBasis, amountPerDay: 120_000, confidence: 'confirmed', note: 'Đã đối chiếu Thông tư 320/2016/TT-BTC.' },
    });
    const again = (await office.staffAssignments.allowanceDays({ from: '2026-01-01', to: '2026-06-30' })).find((r) => r.userId === ids.tiepdan);
    expect(again).toMatchObject({ amount: (expected?.days ?? 0) * 120_000, hasUnconfirmedRate: false });
    const stale = await rejection(office.allowanceRates.update({ id: rate.id, version: rate.version, data: { category, effectiveFrom, legalBasis, amountPerDay: 90_000, confidence: 'unconfirmed' } }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('counts a session the director hosted, but not one cancelled, and never a day still to come', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
    const session = {
      startTime: '07:30',
      endTime: '11:00',
      place: 'Trụ sở tiếp công dân Sở Nội vụ',
      hostName: 'Trần Quốc Bảo',
      hostTitle: 'Giám đốc Sở Nội vụ',
      hostMode: 'in_person' as const,
      hostUserId: ids.giamdoc,
      kind: 'ad_hoc' as const,
    };
    await officer.receptionSessions.create({ ...session, date: '2026-03-16' });
    const cancelled = await officer.receptionSessions.create({ ...session, date: '2026-03-17' });
    await officer.receptionSessions.cancel({ id: cancelled.id, version: cancelled.version, reason: 'Giám đốc đi công tác đột xuất theo lịch của UBND tỉnh.' });
    await officer.receptionSessions.create({ ...session, date: '2026-03-30' });
    const office = await callerAs(handle, 'vanthu', { now: at('2026-03-20') });
    const director = (await office.staffAssignments.allowanceDays({ from: '2026-03-01', to: '2026-03-31' })).find((r) => r.userId === ids.giamdoc);
    expect(director?.days).toEqual(['2026-03-16']);
  });
});

describe('trainings', () => {
  const training = (extra: Partial<TrainingDataInput> = {}): TrainingDataInput => ({
    kind: 'dissemination',
    title: 'Hội nghị phổ biến Luật số 136/2025/QH15',
    legalDocuments: ['Luật số 136/2025/QH15'],
    audience: 'Công chức Thanh tra Sở và Phòng Hành chính - Tổng hợp',
    dateFrom: '2026-06-10',
    place: 'Hội trường Sở Nội vụ',
    organiserUnitId: ids.inspection,
    attendees: [{ userId: ids.tiepdan }, { userId: ids.vanthu, attended: false }, { fullName: 'Nguyễn Văn Khách', organisation: 'UBND phường Quyết Thắng' }],
    ...extra,
  });

  it('registers a session with attendees, records attendance later, and finds it by a document covered', async () => {
    const office = await clerk();
    const created = await office.trainings.create(training());
    expect(created.attendees).toEqual([
      { userId: ids.tiepdan, fullName: 'Y Blưu Niê', organisation: null, attended: true },
      { userId: ids.vanthu, fullName: 'Đỗ Thị Hoa', organisation: null, attended: false },
      { userId: null, fullName: 'Nguyễn Văn Khách', organisation: 'UBND phường Quyết Thắng', attended: true },
    ]);
    expect([created.attendeeCount, created.attendedCount, created.organiserUnitName]).toEqual([3, 2, 'Thanh tra Sở']);
    const updated = await office.trainings.update({ id: created.id, version: created.version, data: training({ attendees: [{ userId: ids.tiepdan }, { userId: ids.vanthu, attended: true }] }) });
    expect([updated.attendedCount, updated.version]).toEqual([2, 2]);
    expect((await office.trainings.list({ filter: { q: 'luat so 136' } })).data.map((t) => t.id)).toEqual([created.id]);
    expect((await office.trainings.getManyReference({ target: 'attendeeUserId', id: ids.vanthu, pagination: { page: 1, perPage: 10 } })).data.map((t) => t.id)).toContain(created.id);

    const stale = await rejection(office.trainings.update({ id: created.id, version: created.version, data: training() }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('names what is wrong in Vietnamese, field by field', async () => {
    const office = await clerk();
    const refused = await rejection(office.trainings.create(training({ legalDocuments: [], dateTo: '2026-06-01', attendees: [{ organisation: 'UBND xã' }] })));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(refused)).toEqual({
      dateTo: 'Ngày kết thúc không được trước ngày bắt đầu.',
      legalDocuments: 'Tuyên truyền, phổ biến pháp luật phải ghi ít nhất một văn bản được phổ biến.',
      'attendees.0.fullName': 'Hãy chọn cán bộ hoặc ghi họ tên người tham dự.',
    });
    const foreign = await rejection(office.trainings.create(training({ organiserUnitId: '00000000-0000-4000-8000-000000000000' })));
    expect(fieldErrorsOf(foreign)).toEqual({ organiserUnitId: 'Hãy chọn đơn vị trong danh sách.' });
    const head = await callerAs(handle, 'chanhthanhtra', { now: at('2026-07-01') });
    expect((await head.trainings.list({})).total).toBeGreaterThanOrEqual(2);
    expect(await outcomeOf(head.trainings.create(training()))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
  });
});

describe('rewards and discipline', () => {
  it('records a discipline for a breached deadline on a case, then its decision', async () => {
    const office = await clerk();
    const [demoCase] = await handle.db.select({ id: schema.cases.id }).from(schema.cases).limit(1);
    const data = {
      kind: 'discipline' as const,
      subjectType: 'official' as const,
      userId: ids.tiepdan,
      form: 'reprimand' as const,
      proposalDate: '2026-05-04',
      proposalNumber: '07/TTr-TTS',
      reason: 'Để quá hạn giải quyết vụ việc mà không báo cáo gia hạn.',
      caseId: demoCase?.id ?? null,
    };
    const missing = await rejection(office.rewards.create(data));
    expect(fieldErrorsOf(missing)).toEqual({ breach: 'Kỷ luật gắn với đơn, vụ việc phải ghi loại vi phạm (thời hạn hoặc bí mật thông tin).' });
    const proposed = await office.rewards.create({ ...data, breach: 'deadline' });
    expect(proposed).toMatchObject({ status: 'proposed', subjectName: 'Y Blưu Niê', caseId: demoCase?.id, breach: 'deadline' });
    const half = await rejection(office.rewards.update({ id: proposed.id, version: proposed.version, data: { ...data, breach: 'deadline', decisionNumber: '61/QĐ-SNV' } }));
    expect(fieldErrorsOf(half)).toEqual({ 'data.decisionDate': 'Hãy ghi ngày quyết định.', 'data.decisionSigner': 'Hãy ghi người ký quyết định.' });
    const decided = await office.rewards.update({
      id: proposed.id,
      version: proposed.version,
      data: { ...data, breach: 'deadline', decisionNumber: '61/QĐ-SNV', decisionDate: '2026-05-20', decisionSigner: 'Trần Quốc Bảo' },
    });
    expect(decided).toMatchObject({ status: 'decided', version: 2 });
    expect((await office.rewards.getManyReference({ target: 'caseId', id: demoCase?.id ?? '', pagination: { page: 1, perPage: 5 } })).data.map((r) => r.id)).toEqual([proposed.id]);
    const foreign = await rejection(office.rewards.create({ ...data, breach: 'deadline', caseId: '00000000-0000-4000-8000-000000000000' }));
    expect(fieldErrorsOf(foreign)).toEqual({ caseId: 'Không tìm thấy vụ việc này.' });
    expect((await office.rewards.list({ filter: { status: 'proposed', kind: 'reward' } })).data.map((r) => r.subjectName)).toEqual(['Nguyễn Thị Thu Trang']);
  });
});

describe('equipment', () => {
  const device = (extra: Partial<EquipmentDataInput> = {}): EquipmentDataInput => ({
    type: 'national_database_access',
    name: 'Máy tính truy cập CSDL quốc gia thứ hai',
    serial: 'csdlqg kntc 777',
    location: 'Phòng Thanh tra Sở',
    acquiredDate: '2025-01-10',
    status: 'in_use',
    maintenanceIntervalMonths: 6,
    ...extra,
  });

  it('warns for the demo access device and for a new one past its interval; a check clears the warning', async () => {
    // The demo device's log is dated from the day the demo was seeded, so it is overdue on any later day.
    const today = await callerAs(handle, 'vanthu');
    const demo = await today.equipment.list({ filter: { needsMaintenance: true, type: 'national_database_access' } });
    expect(demo.data.map((d) => [d.serial, d.maintenanceState])).toEqual([['CSDLQG-KNTC-001', 'overdue']]);

    const office = await clerk();

    const created = await office.equipment.create(device());
    expect(created.maintenance).toEqual({ state: 'overdue', dueDate: '2025-07-10', lastCheckDate: '2025-01-10', daysLeft: -356 });
    const duplicate = await rejection(office.equipment.create(device({ serial: 'CSDLQG-KNTC-777' })));
    expect(fieldErrorsOf(duplicate)).toEqual({ serial: 'Số sê-ri đã có trong danh mục thiết bị.' });

    const future = await rejection(office.equipment.addMaintenance({ equipmentId: created.id, version: created.version, date: '2026-07-02', kind: 'security_check', performedBy: 'Tổ CNTT', result: 'Đạt' }));
    expect(fieldErrorsOf(future)).toEqual({ date: 'Ngày thực hiện không được sau hôm nay.' });
    const checked = await office.equipment.addMaintenance({
      equipmentId: created.id,
      version: created.version,
      date: '2026-07-01',
      kind: 'security_check',
      performedBy: 'Tổ công nghệ thông tin',
      result: 'Đổi mật khẩu, kiểm tra chứng thư số: đạt.',
    });
    expect(checked).toMatchObject({ version: 2, maintenanceState: 'ok', nextDueDate: '2027-01-01' });
    expect(checked.log.map((l) => [l.kind, l.recordedByName])).toEqual([['security_check', 'Đỗ Thị Hoa']]);
    const stale = await rejection(office.equipment.addMaintenance({ equipmentId: created.id, version: created.version, date: '2026-07-01', kind: 'maintenance', performedBy: 'Tổ CNTT', result: 'Vệ sinh máy' }));
    expect(stale.code).toBe('CONFLICT');
    expect((await office.equipment.list({ filter: { needsMaintenance: true, type: 'national_database_access' } })).data.map((d) => d.serial)).not.toContain('csdlqg kntc 777');

    const [audit] = await selectRows<{ entity: string; entity_id: string }>(handle.db, sql`select entity, entity_id from audit_log where action = 'equipment.addMaintenance' order by seq desc limit 1`);
    expect(audit).toEqual({ entity: 'equipment', entity_id: created.id });
    const auditor = await callerAs(handle, 'kiemtra', { now: at('2026-07-01') });
    expect((await auditor.equipment.getOne({ id: created.id })).serial).toBe('csdlqg kntc 777');
    expect(await outcomeOf(auditor.equipment.update({ id: created.id, version: 2, data: device() }))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
  });
});
