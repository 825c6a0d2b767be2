import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { shiftDate, todayInVietnam } from '@kntc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

/**
 * The public router as the transparency site calls it, anonymously: filters and facets of the
 * publication list, the reception schedule, tracking by receipt code, statistics checked against
 * the letters inserted here, and the guide. Every answer's keys are fixed.
 */
let handle: DbHandle;
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);
const TODAY = '2026-03-02';
const agencyId = '6f1c0c1e-8d7a-4b3e-9a51-0d9e7c2b1a01';

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const { agencies, publications } = schema;
  await handle.db.insert(agencies).values({ id: agencyId, code: 'TEST-PUB', name: 'Sở Thử nghiệm Công khai', shortName: 'STN', province: 'Kon Tum', documentPlace: 'Kon Tum' });
  const base = { agencyId, redactedBody: 'Nội dung đã che.', legalBasis: 'Luật Tố cáo 2018, Điều 40', searchText: '' };
  await handle.db.insert(publications).values([
    { ...base, slug: 'pub-a', kind: 'denunciation_conclusion', title: 'Kết luận về kỷ luật viên chức', summary: 'Tóm tắt A', signedDate: '2025-05-05', state: 'published', publishedAt: new Date('2025-05-10T02:00:00Z'), postedFrom: '2025-05-10', postedUntil: '2025-05-25', fieldCode: 'hanh_chinh.ky_luat', searchText: 'ket luan ve ky luat vien chuc tom tat a' },
    { ...base, slug: 'pub-b', kind: 'complaint_decision', title: 'Quyết định về hộ tịch', summary: 'Tóm tắt B', signedDate: '2026-02-16', state: 'published', publishedAt: new Date('2026-02-20T02:00:00Z'), postedFrom: '2026-02-20', postedUntil: '2026-03-07', fieldCode: 'tu_phap', searchText: 'quyet dinh ve ho tich tom tat b' },
    { ...base, slug: 'pub-e', kind: 'complaint_decision', title: 'Quyết định về chứng thực', summary: 'Tóm tắt E', signedDate: '2026-02-16', state: 'published', publishedAt: new Date('2026-02-20T02:00:00Z'), postedFrom: '2026-02-20', postedUntil: '2026-03-01', fieldCode: 'tu_phap', searchText: 'quyet dinh ve chung thuc tom tat e' },
    { ...base, slug: 'pub-c', kind: 'denunciation_conclusion', title: 'Kết luận về chế độ', summary: 'Tóm tắt C', signedDate: '2026-01-05', state: 'taken_down', publishedAt: new Date('2026-01-12T02:00:00Z'), postedFrom: '2026-01-12', postedUntil: '2026-01-27', fieldCode: 'hanh_chinh.che_do_chinh_sach', takedownReason: 'Có sai sót trong bản công khai', takenDownAt: new Date('2026-01-15T04:00:00Z'), searchText: 'ket luan ve che do tom tat c' },
    { ...base, slug: 'pub-d', kind: 'inspection_conclusion', title: 'Bản nháp', summary: 'Chưa công khai', signedDate: '2026-02-01', state: 'draft', fieldCode: 'dang_doan_the', searchText: 'ban nhap' },
  ]);
}, 180_000);
afterAll(() => handle.close());

const anonymous = () => callerAs(handle, null, { now: at(TODAY) });
const page = { page: 1, perPage: 50 };

describe('public.publications', () => {
  it('filters by agency, year, kind and field (a parent matches its children), in a stable order', async () => {
    const api = await anonymous();
    const slugs = async (filter: Record<string, unknown>) => (await api.public.publications({ pagination: page, agency: agencyId, ...filter })).data.map((p) => p.slug);
    // Published date desc, then slug: B and E share their publication time.
    expect(await slugs({})).toEqual(['pub-b', 'pub-e', 'pub-c', 'pub-a']);
    expect(await slugs({ year: 2025 })).toEqual(['pub-a']);
    expect(await slugs({ year: 2026 })).toEqual(['pub-b', 'pub-e', 'pub-c']);
    expect(await slugs({ kind: 'complaint_decision' })).toEqual(['pub-b', 'pub-e']);
    expect(await slugs({ field: 'hanh_chinh' })).toEqual(['pub-c', 'pub-a']);
    expect(await slugs({ field: 'hanh_chinh.ky_luat' })).toEqual(['pub-a']);
    expect(await slugs({ field: 'dang_doan_the' })).toEqual([]);
    expect(await slugs({ q: 'KỶ LUẬT' })).toEqual(['pub-a']);
    const second = await api.public.publications({ pagination: { page: 2, perPage: 2 }, agency: agencyId });
    expect({ slugs: second.data.map((p) => p.slug), total: second.total }).toEqual({ slugs: ['pub-c', 'pub-a'], total: 4 });
  });

  it('marks as archived a published copy whose posting ended before today in Vietnam, and shows takedowns', async () => {
    const api = await anonymous();
    const { data } = await api.public.publications({ pagination: page, agency: agencyId });
    const bySlug = Object.fromEntries(data.map((p) => [p.slug, p]));
    expect(bySlug['pub-a']).toMatchObject({ archived: true, fieldName: 'Kỷ luật cán bộ, công chức, viên chức', legalBasis: 'Luật Tố cáo 2018, Điều 40', postedFrom: '2025-05-10', takenDownAt: null });
    expect(bySlug['pub-e']?.archived).toBe(true); // posted until 01/3, today is 02/3
    expect(bySlug['pub-b']).toMatchObject({ archived: false, fieldName: 'Tư pháp' });
    expect(bySlug['pub-c']).toMatchObject({ archived: false, state: 'taken_down', takedownReason: 'Có sai sót trong bản công khai', takenDownAt: '2026-01-15T04:00:00.000Z' });
    // 17:30 UTC on 01/3 is already 02/3 in Vietnam: pub-e (posted until 01/3) is over.
    const evening = await callerAs(handle, null, { now: () => new Date('2026-03-01T17:30:00Z') });
    const late = (await evening.public.publications({ pagination: page, agency: agencyId })).data.find((p) => p.slug === 'pub-e');
    expect(late?.archived).toBe(true);
    const before = await callerAs(handle, null, { now: () => new Date('2026-03-01T16:30:00Z') });
    expect((await before.public.publications({ pagination: page, agency: agencyId })).data.find((p) => p.slug === 'pub-e')?.archived).toBe(false);
    expect(Object.keys(data[0] ?? {}).sort()).toEqual(
      ['agencyId', 'agencyName', 'archived', 'documentNumber', 'fieldCode', 'fieldName', 'kind', 'legalBasis', 'postedFrom', 'postedUntil', 'publishedAt', 'signedDate', 'slug', 'state', 'summary', 'takedownReason', 'takenDownAt', 'title'].sort(),
    );
  });

  it('one publication carries the new fields; drafts are not found', async () => {
    const api = await anonymous();
    expect(await api.public.publication({ slug: 'pub-a' })).toMatchObject({ slug: 'pub-a', archived: true, fieldName: 'Kỷ luật cán bộ, công chức, viên chức', legalBasis: 'Luật Tố cáo 2018, Điều 40', postedFrom: '2025-05-10', takenDownAt: null, redactedBody: 'Nội dung đã che.' });
    expect(await outcomeOf(api.public.publication({ slug: 'pub-d' }))).toMatch(/^NOT_FOUND/);
  });

  it('refuses unknown fields and out-of-bound inputs', async () => {
    const api = await anonymous();
    const call = (input: unknown) => outcomeOf(api.public.publications(input as Parameters<typeof api.public.publications>[0]));
    expect(await call({ pagination: page, state: 'draft' })).toMatch(/^BAD_REQUEST/);
    expect(await call({ pagination: { page: 1, perPage: 500 } })).toMatch(/^BAD_REQUEST/);
    expect(await call({ pagination: page, agency: 'khong-phai-uuid' })).toMatch(/^BAD_REQUEST/);
    expect(await call({ pagination: page, year: 1800 })).toMatch(/^BAD_REQUEST/);
    expect(await call({ pagination: page, kind: 'draft' })).toMatch(/^BAD_REQUEST/);
    expect(await outcomeOf(api.public.guide({ x: 1 } as never))).toMatch(/^BAD_REQUEST/);
  });
});

describe('public.publicationFacets', () => {
  it('lists only what finds something: years desc, kinds with counts, agencies, fields used and their parents', async () => {
    const api = await anonymous();
    const facets = await api.public.publicationFacets();
    expect(facets.years).toEqual([...facets.years].sort((a, b) => b - a));
    expect(facets.years).toEqual(expect.arrayContaining([2026, 2025]));
    for (const kind of facets.kinds) {
      expect(kind.count).toBe((await api.public.publications({ pagination: page, kind: kind.code })).total);
      expect(kind.count).toBeGreaterThan(0);
    }
    expect(facets.kinds.find((k) => k.code === 'complaint_decision')).toMatchObject({ label: 'Quyết định giải quyết khiếu nại' });
    expect(facets.agencies).toContainEqual({ id: agencyId, name: 'Sở Thử nghiệm Công khai' });
    const codes = facets.fields.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['hanh_chinh', 'hanh_chinh.ky_luat', 'hanh_chinh.che_do_chinh_sach', 'tu_phap']));
    // Only the draft uses this one.
    expect(codes).not.toContain('dang_doan_the');
    expect(codes).not.toContain('hanh_chinh.ton_giao');
    expect(facets.fields.find((f) => f.code === 'tu_phap')).toEqual({ code: 'tu_phap', name: 'Tư pháp', parentCode: null });
  });
});

describe('public.receptionSchedule', () => {
  it('shows the place and hours, and only published sessions from the last 60 days on', async () => {
    const today = todayInVietnam();
    const { receptionSessions } = schema;
    const session = { agencyId, startTime: '08:00', endTime: '10:30', place: 'Phòng tiếp dân thử', hostName: 'Nguyễn Văn Thử', hostTitle: 'Giám đốc', kind: 'ad_hoc' as const };
    await handle.db.insert(receptionSessions).values([
      { ...session, date: shiftDate(today, -59), note: 'Phiên gần đây', publishedAt: new Date() },
      { ...session, date: shiftDate(today, -61), note: 'Phiên quá cũ', publishedAt: new Date() },
      { ...session, date: shiftDate(today, 20), note: 'Phiên chưa công bố', publishedAt: null },
    ]);
    const api = await callerAs(handle, null);
    const schedule = await api.public.receptionSchedule();
    expect(schedule.regular).toEqual([
      {
        place: 'Phòng Tiếp công dân, trụ sở Sở Nội vụ tỉnh Kon Tum',
        days: 'Từ thứ Hai đến thứ Sáu hằng tuần (trừ ngày nghỉ lễ, Tết)',
        hours: 'Sáng từ 7 giờ 00 đến 11 giờ 00; chiều từ 13 giờ 00 đến 17 giờ 00',
        note: 'Công chức Thanh tra Sở tiếp công dân thường xuyên.',
      },
    ]);
    const notes = schedule.sessions.map((s) => s.note);
    expect(notes).toContain('Phiên gần đây');
    expect(notes).not.toContain('Phiên quá cũ');
    expect(notes).not.toContain('Phiên chưa công bố');
    const periodic = schedule.sessions.filter((s) => s.kind === 'periodic');
    expect(periodic).toHaveLength(3);
    for (const s of periodic) {
      expect(s.date > today).toBe(true);
      expect(s).toEqual({ date: s.date, startTime: '07:30', endTime: '11:00', place: 'Phòng Tiếp công dân, trụ sở Sở Nội vụ tỉnh Kon Tum', hostName: 'Trần Quốc Bảo', hostTitle: 'Giám đốc Sở Nội vụ', kind: 'periodic', note: expect.any(String), isCancelled: false, cancelReason: null });
    }
    expect(schedule.sessions.map((s) => s.date)).toEqual([...schedule.sessions.map((s) => s.date)].sort());
    expect(schedule.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('public.trackLetter', () => {
  it('answers a coarse status and the next date that matters, and nothing else', async () => {
    const intake = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
    const head = await callerAs(handle, 'chanhthanhtra', { now: at('2026-03-03') });
    let p = await intake.petitions.create({ receivedDate: '2026-03-02', channel: 'walk_in', kind: 'complaint', sender: { fullName: 'Đinh Thị Tra Cứu', address: 'Xã Ngọc Bay, tỉnh Kon Tum' }, summary: 'Khiếu nại quyết định kỷ luật', content: 'Nội dung khiếu nại.' });
    const { trackingCode } = await intake.petitions.issueReceipt({ id: p.id, version: p.version });
    p = await intake.petitions.getOne({ id: p.id });
    const api = await anonymous();
    const answer = await api.public.trackLetter({ code: trackingCode });
    expect(answer).toEqual({ found: true, statusLabel: 'Đã tiếp nhận', nextDate: p.dueDate, nextDateLabel: 'Hạn xử lý đơn' });
    // As typed by a citizen: lower case, no dashes, O for 0.
    expect(await api.public.trackLetter({ code: ` ${trackingCode.replace(/-/g, '').toLowerCase().replace(/0/g, 'o')} ` })).toEqual(answer);

    p = await intake.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } });
    expect(await api.public.trackLetter({ code: trackingCode })).toMatchObject({ found: true, statusLabel: 'Đang xử lý đơn' });
    p = await intake.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
    await head.petitions.approve({ id: p.id, version: p.version });
    const [opened] = (await head.cases.list({ filter: { petitionId: p.id } })).data;
    expect(await api.public.trackLetter({ code: trackingCode })).toEqual({ found: true, statusLabel: 'Đã thụ lý, đang giải quyết', nextDate: opened?.dueDate, nextDateLabel: 'Hạn giải quyết' });
  });

  it('an unknown, a malformed and an empty code all answer exactly { found: false }', async () => {
    const api = await anonymous();
    for (const code of ['ABCD-EFGH-JKMN', 'không phải mã', '', 'ABCD-EFGH-JKM']) {
      expect(await api.public.trackLetter({ code })).toStrictEqual({ found: false });
    }
    expect(await outcomeOf(api.public.trackLetter({ code: 'x'.repeat(101) }))).toMatch(/^BAD_REQUEST/);
  });
});

describe('public.statistics', () => {
  it('counts letters received by kind, handled and on time, and cases resolved per quarter of 2027', async () => {
    const as = (user: string, day: string) => callerAs(handle, user, { now: at(day) });
    const create = async (day: string, kind: 'complaint' | 'denunciation' | 'recommendation', saveAsDraft = false) =>
      (await as('tiepdan', day)).petitions.create({ receivedDate: day, channel: 'post', kind, sender: { fullName: 'Hà Văn Thống Kê', address: 'Kon Tum' }, summary: `Đơn ${kind}`, content: 'Nội dung.', saveAsDraft });
    const handleLetter = async (id: string, kind: 'complaint' | 'denunciation' | 'recommendation', day: string, outcome: 'guide' | 'propose_acceptance') => {
      const officer = await as('thanhtravien', day);
      let p = await officer.petitions.getOne({ id });
      p = await officer.petitions.classify({ id, version: p.version, classification: { kind, competence: outcome === 'guide' ? 'outside' : 'within' } });
      p = await officer.petitions.propose({ id, version: p.version, outcome, ...(outcome === 'guide' ? { target: 'UBND huyện Đăk Hà' } : {}) });
      return (await as('chanhthanhtra', day)).petitions.approve({ id, version: p.version });
    };
    // Q1: two complaints and a recommendation received, one draft (not counted).
    const c1 = await create('2027-01-05', 'complaint');
    const c2 = await create('2027-01-06', 'complaint');
    const r1 = await create('2027-02-10', 'recommendation');
    await create('2027-03-01', 'complaint', true);
    // Q2: a denunciation received and accepted, its case concluded in Q2.
    const d1 = await create('2027-04-06', 'denunciation');
    // c1 handled on time in Q1; c2 handled late, in Q2 (its 10 working days ended in January).
    await handleLetter(c1.id, 'complaint', '2027-01-08', 'guide');
    await handleLetter(c2.id, 'complaint', '2027-04-01', 'guide');
    await handleLetter(r1.id, 'recommendation', '2027-02-12', 'guide');
    await handleLetter(d1.id, 'denunciation', '2027-04-08', 'propose_acceptance');
    const director = await as('giamdoc', '2027-05-20');
    const [opened] = (await director.cases.list({ filter: { petitionId: d1.id } })).data;
    if (!opened) throw new Error('no case opened');
    let c = await director.cases.startVerification({ id: opened.id, version: opened.version });
    c = await director.cases.draft({ id: c.id, version: c.version, draft: { type: 'denunciation', verificationReport: 'Báo cáo số 01/BC-TTr', findings: [{ allegation: 'Nội dung', finding: 'Không có căn cứ.', verdict: 'false' }], legalGrounds: ['Luật Tố cáo 2018'], conclusion: 'Tố cáo sai.' } });
    c = await director.cases.submit({ id: c.id, version: c.version });
    await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Tố cáo sai.' });

    const api = await callerAs(handle, null, { now: at('2027-06-01') });
    const stats = await api.public.statistics({ year: 2027 });
    const zero = { complaint: 0, denunciation: 0, recommendation: 0, mixed: 0 };
    expect(stats.year).toBe(2027);
    expect(stats.years.slice(0, 4)).toEqual([2027, 2026, 2025, 2024]);
    expect(stats.quarters).toEqual([
      { quarter: 1, received: 3, byKind: { ...zero, complaint: 2, recommendation: 1 }, handled: 2, handledOnTime: 2, casesResolved: 0 },
      { quarter: 2, received: 1, byKind: { ...zero, denunciation: 1 }, handled: 2, handledOnTime: 1, casesResolved: 1 },
      { quarter: 3, received: 0, byKind: zero, handled: 0, handledOnTime: 0, casesResolved: 0 },
      { quarter: 4, received: 0, byKind: zero, handled: 0, handledOnTime: 0, casesResolved: 0 },
    ]);
    expect(stats.totals).toEqual({ received: 4, byKind: { ...zero, complaint: 2, recommendation: 1, denunciation: 1 }, handled: 4, handledOnTime: 3, casesResolved: 1 });
    // Without a year: the current Vietnamese year.
    expect((await api.public.statistics()).year).toBe(2027);
    expect((await api.public.statistics({})).totals).toEqual(stats.totals);
  });
});

describe('public.guide', () => {
  it('lists the deadlines in force a citizen needs, with their unit and legal basis', async () => {
    const api = await anonymous();
    const { deadlines } = await api.public.guide();
    const keys = deadlines.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['complaint.filing_limit', 'complaint.accept', 'complaint.resolve.first', 'denunciation.accept', 'denunciation.resolve', 'reception.reply']));
    expect(keys).not.toContain('complaint.decision.send');
    expect(deadlines.find((d) => d.key === 'complaint.filing_limit')).toMatchObject({ days: 90, unit: 'calendar', unitLabel: 'ngày' });
    expect(deadlines.find((d) => d.key === 'denunciation.accept')).toMatchObject({ unit: 'working', unitLabel: 'ngày làm việc' });
    for (const d of deadlines) {
      expect(Object.keys(d).sort()).toEqual(['basis', 'days', 'key', 'label', 'startEvent', 'unit', 'unitLabel']);
      expect(d.basis.length).toBeGreaterThan(3);
    }
  });
});
