import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { readDocx } from '@kntc/documents/testing';
import type { ReceptionSessionDataInput } from '@kntc/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, outcomeOf, rejection } from '../testing/caller.js';

let handle: DbHandle;
let directorId = '';
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const [director] = await handle.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, 'giamdoc'));
  directorId = director?.id ?? '';
}, 180_000);
afterAll(() => handle.close());

/** 10:00 in Vietnam on that day. */
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

const session = (date: string, extra: Partial<ReceptionSessionDataInput> = {}): ReceptionSessionDataInput => ({
  date,
  startTime: '07:30',
  endTime: '11:00',
  place: 'Trụ sở tiếp công dân Sở Nội vụ, 123 Trần Hưng Đạo, phường Kon Tum',
  hostName: 'Trần Quốc Bảo',
  hostTitle: 'Giám đốc Sở Nội vụ',
  hostMode: 'in_person',
  kind: 'periodic',
  note: `Buổi tiếp thử nghiệm ${date}`,
  ...extra,
});

describe('director\'s reception schedule', () => {
  it('plans, refuses to publish less than 5 working days ahead, publishes in time, and the site shows it', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-04-29') });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-04-29') });
    const late = await officer.receptionSessions.create(session('2026-05-07', { hostUserId: directorId }));
    expect(late).toMatchObject({ status: 'planned', publishedAt: null, publishBy: '2026-04-28', hostMode: 'in_person', startTime: '07:30' });

    // 30/4 and 1/5 are holidays: the five working days before Thursday 07/5/2026 end on 28/4.
    const refused = await rejection(director.receptionSessions.publish({ id: late.id, version: late.version }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('phải công bố chậm nhất ngày 28/4/2026');
    expect(fieldErrorsOf(refused)).toHaveProperty('date');
    expect((await officer.receptionSessions.getOne({ id: late.id })).publishedAt).toBeNull();

    const inTime = await officer.receptionSessions.create(session('2026-05-20'));
    const published = await director.receptionSessions.publish({ id: inTime.id, version: inTime.version });
    expect(published).toMatchObject({ status: 'published', version: inTime.version + 1 });
    expect(published.publishedAt).toBeInstanceOf(Date);

    const site = await callerAs(handle, null, { now: at('2026-04-29') });
    const schedule = await site.public.receptionSchedule();
    const shown = schedule.sessions.find((s) => s.note === 'Buổi tiếp thử nghiệm 2026-05-20');
    expect(shown).toEqual({
      date: '2026-05-20',
      startTime: '07:30',
      endTime: '11:00',
      place: 'Trụ sở tiếp công dân Sở Nội vụ, 123 Trần Hưng Đạo, phường Kon Tum',
      hostName: 'Trần Quốc Bảo',
      hostTitle: 'Giám đốc Sở Nội vụ',
      kind: 'periodic',
      note: 'Buổi tiếp thử nghiệm 2026-05-20',
      isCancelled: false,
      cancelReason: null,
    });
    expect(schedule.sessions.some((s) => s.note === 'Buổi tiếp thử nghiệm 2026-05-07')).toBe(false);

    // Ad hoc sessions answer urgent matters and have no notice period.
    const urgent = await officer.receptionSessions.create(session('2026-04-30', { kind: 'ad_hoc', note: 'Đoàn đông người về chế độ phụ cấp' }));
    expect(urgent.publishBy).toBeNull();
    expect((await director.receptionSessions.publish({ id: urgent.id, version: urgent.version })).status).toBe('published');

    // Cancelled after publication: still on the site, marked cancelled with its reason.
    const cancelled = await officer.receptionSessions.cancel({ id: published.id, version: published.version, reason: 'Giám đốc đi công tác đột xuất tại Hà Nội' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Giám đốc đi công tác đột xuất tại Hà Nội' });
    const after = (await site.public.receptionSchedule()).sessions.find((s) => s.note === 'Buổi tiếp thử nghiệm 2026-05-20');
    expect(after).toMatchObject({ isCancelled: true, cancelReason: 'Giám đốc đi công tác đột xuất tại Hà Nội' });
    expect(after).not.toHaveProperty('hostUserId');
  });

  it('warns for each of the next 12 months with no periodic session planned', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2031-01-15') });
    const before = await officer.receptionSessions.monthWarnings();
    expect(before.map((w) => w.month)).toEqual(['2031-01', '2031-02', '2031-03', '2031-04', '2031-05', '2031-06', '2031-07', '2031-08', '2031-09', '2031-10', '2031-11', '2031-12']);
    expect(before[1]?.message).toBe('Tháng 02/2031 chưa có lịch tiếp công dân định kỳ của Giám đốc');

    const feb = await officer.receptionSessions.create(session('2031-02-17'));
    await officer.receptionSessions.create(session('2031-03-10', { kind: 'ad_hoc' }));
    const months = (await officer.receptionSessions.monthWarnings()).map((w) => w.month);
    expect(months).not.toContain('2031-02');
    expect(months).toContain('2031-03');

    await officer.receptionSessions.cancel({ id: feb.id, version: feb.version, reason: 'Trùng lịch họp Ủy ban nhân dân tỉnh' });
    expect((await officer.receptionSessions.monthWarnings()).map((w) => w.month)).toContain('2031-02');
  });

  it('records the session: visits heard, directions followed by status, and the numbered conclusion notice', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-16') });
    const planned = await officer.receptionSessions.create(session('2026-03-16'));
    const visit = await officer.receptionVisits.create({
      visitDate: '2026-03-16',
      kind: 'periodic',
      headReception: 'in_person',
      place: 'Trụ sở tiếp công dân Sở Nội vụ',
      headcount: 1,
      visitors: [{ fullName: 'Nguyễn Thị Mai', address: 'Thôn 3, xã Đăk Hà', identityPaper: 'id_card' }],
      matterKind: 'recommendation',
      summary: 'Kiến nghị giải quyết chế độ thôi việc cho viên chức trường học',
      content: 'Bà Mai kiến nghị được giải quyết trợ cấp thôi việc đã chờ sáu tháng.',
      request: 'Đề nghị giải quyết dứt điểm chế độ thôi việc',
      outcome: 'explained',
    });
    const regular = await officer.receptionVisits.create({
      visitDate: '2026-03-16',
      kind: 'regular',
      place: 'Trụ sở tiếp công dân Sở Nội vụ',
      headcount: 1,
      visitors: [{ fullName: 'Phan Văn Hùng', address: 'Phường Thống Nhất', identityPaper: 'id_card' }],
      matterKind: 'reflection',
      summary: 'Phản ánh thái độ tiếp dân của công chức một cửa',
      content: 'Ông Hùng phản ánh việc công chức một cửa chậm trả hồ sơ.',
      request: 'Đề nghị chấn chỉnh',
      outcome: 'guided',
      outcomeNote: 'Hướng dẫn gửi phản ánh đến UBND phường',
    });
    const candidates = await officer.receptionSessions.visitsForRecord({ id: planned.id });
    expect(candidates.map((v) => v.id)).toEqual([visit.id]);

    const report = { content: 'Báo cáo tình hình giải quyết chế độ thôi việc toàn ngành', responsible: 'Văn phòng Sở', dueDate: '2026-04-30' };
    const directions = [
      { content: 'Rà soát hồ sơ chế độ thôi việc của bà Nguyễn Thị Mai', responsible: 'Phòng Công chức, viên chức', dueDate: '2026-03-31', visitId: visit.id },
      report,
    ];
    const wrongVisit = await rejection(
      officer.receptionSessions.record({ id: planned.id, version: planned.version, attendees: 'Chánh Thanh tra Sở', conclusion: 'Ghi nhận ý kiến công dân.', visitIds: [regular.id], directions }),
    );
    expect(fieldErrorsOf(wrongVisit)).toHaveProperty('visitIds');
    const early = await rejection(
      officer.receptionSessions.record({ id: planned.id, version: planned.version, attendees: 'Chánh Thanh tra Sở', conclusion: 'Ghi nhận ý kiến công dân.', visitIds: [visit.id], directions: [{ ...report, dueDate: '2026-03-01' }] }),
    );
    expect(fieldErrorsOf(early)).toEqual({ 'directions.0.dueDate': 'Thời hạn thực hiện không được trước ngày tiếp.' });

    const recorded = await officer.receptionSessions.record({
      id: planned.id,
      version: planned.version,
      attendees: 'Chánh Thanh tra Sở; Trưởng phòng Công chức, viên chức; Chánh Văn phòng Sở',
      conclusion: 'Giám đốc Sở ghi nhận ý kiến của công dân và giao các đơn vị thực hiện như sau.',
      visitIds: [visit.id],
      directions,
    });
    expect(recorded.status).toBe('recorded');
    expect(recorded.conclusionDocument?.number).toMatch(/^\d{2,}\/TB-/);

    const page = await officer.receptionSessions.getOne({ id: planned.id });
    expect(page.visits.map((v) => v.visitNumber)).toEqual([visit.visitNumber]);
    expect(page.directions.map((d) => [d.position, d.responsible, d.status])).toEqual([
      [1, 'Phòng Công chức, viên chức', 'pending'],
      [2, 'Văn phòng Sở', 'pending'],
    ]);

    const file = await officer.receptionSessions.conclusionFile({ id: planned.id });
    expect(file.fileName).toMatch(/\.docx$/);
    const { text } = await readDocx(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain(recorded.conclusionDocument?.number ?? 'missing');
    expect(text).toContain('Kết luận của Giám đốc Sở Nội vụ Trần Quốc Bảo tại buổi tiếp công dân định kỳ ngày 16/3/2026');
    expect(text).toContain(`Nguyễn Thị Mai (lượt tiếp số ${visit.visitNumber})`);
    expect(text).toContain('Giao Phòng Công chức, viên chức thực hiện, thời hạn hoàn thành trước ngày 31/3/2026');

    // A session is recorded once; its notice number is not used twice.
    expect(await outcomeOf(officer.receptionSessions.record({ id: planned.id, version: recorded.version, attendees: 'X', conclusion: 'Y', visitIds: [], directions }))).toContain('đã được ghi kết quả');

    // On 01/4/2026 (Vietnam) the first direction is overdue; done with its result, it leaves that list.
    const later = await callerAs(handle, 'thanhtravien', { now: at('2026-04-01') });
    const overdue = await later.receptionSessions.directions({ filter: { status: 'overdue', sessionId: planned.id } });
    expect(overdue.data.map((d) => d.position)).toEqual([1]);
    const first = overdue.data[0];
    if (!first) throw new Error('no overdue direction');
    const done = await later.receptionSessions.completeDirection({ id: first.id, version: first.version, doneDate: '2026-04-01', result: 'Đã trình quyết định trợ cấp thôi việc cho bà Mai' });
    expect(done.status).toBe('done');
    expect((await later.receptionSessions.directions({ filter: { status: 'overdue', sessionId: planned.id } })).total).toBe(0);
    expect((await later.receptionSessions.directions({ filter: { status: 'pending', sessionId: planned.id } })).data.map((d) => d.position)).toEqual([2]);
    const stale = await rejection(later.receptionSessions.completeDirection({ id: first.id, version: first.version, doneDate: '2026-04-01', result: 'Lần hai' }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('refuses a stale edit as CONFLICT and keeps the first one; field errors are Vietnamese', async () => {
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-03-02') });
    const s = await officer.receptionSessions.create(session('2026-06-15'));
    const data = { ...session('2026-06-15'), place: 'Hội trường tầng 2, Sở Nội vụ' };
    await officer.receptionSessions.update({ id: s.id, version: s.version, data });
    const conflict = await rejection(officer.receptionSessions.update({ id: s.id, version: s.version, data: { ...data, place: 'Phòng họp số 3' } }));
    expect(conflict.code).toBe('CONFLICT');
    expect((await officer.receptionSessions.getOne({ id: s.id })).place).toBe('Hội trường tầng 2, Sở Nội vụ');

    const invalid = await rejection(officer.receptionSessions.create({ ...session('2026-06-16'), endTime: '07:00', place: '' }));
    expect(fieldErrorsOf(invalid)).toMatchObject({ endTime: 'Giờ kết thúc phải sau giờ bắt đầu.', place: 'Hãy nhập địa điểm tiếp.' });
    const deputyAsDirector = await rejection(officer.receptionSessions.create({ ...session('2026-06-16'), hostUserId: directorId, hostMode: 'authorised' }));
    expect(fieldErrorsOf(deputyAsDirector)).toHaveProperty('hostMode');
  });

  it('lets officers and inspectors plan, the director and deputies publish, leaders and the auditor read', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
    const s = await officer.receptionSessions.create(session('2026-07-15'));
    expect(await outcomeOf(officer.receptionSessions.publish({ id: s.id, version: s.version }))).toMatch(/^FORBIDDEN/);
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-03-02') });
    expect(await outcomeOf(director.receptionSessions.create(session('2026-07-16')))).toMatch(/^FORBIDDEN/);
    const deputy = await callerAs(handle, 'phogiamdoc', { now: at('2026-03-02') });
    expect(await outcomeOf(deputy.receptionSessions.publish({ id: s.id, version: s.version }))).toBe('OK');
    for (const reader of ['chanhthanhtra', 'kiemtra', 'giamdoc']) {
      expect(await outcomeOf((await callerAs(handle, reader)).receptionSessions.list({}))).toBe('OK');
    }
    expect(await outcomeOf((await callerAs(handle, 'vanthu')).receptionSessions.list({}))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf((await callerAs(handle, 'kiemtra')).receptionSessions.cancel({ id: s.id, version: 2, reason: 'Lý do bất kỳ đủ dài' }))).toMatch(/^FORBIDDEN/);
  });
});
