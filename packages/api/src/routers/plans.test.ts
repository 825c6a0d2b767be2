import { schema, seedDemo, selectRows, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { readDocx } from '@kntc/documents/testing';
import type { PlanItemDataInput } from '@kntc/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, outcomeOf, rejection } from '../testing/caller.js';

let handle: DbHandle;
const units = { inspection: '', admin: '' };
let plan2024 = '';
const demoPlanId = () => plan2024;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  for (const [key, code] of [['inspection', 'TTS'], ['admin', 'VP']] as const) {
    const [unit] = await handle.db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, code));
    units[key] = unit?.id ?? '';
  }
  const [plan] = await handle.db.select({ id: schema.annualPlans.id }).from(schema.annualPlans).where(eq(schema.annualPlans.year, 2024));
  plan2024 = plan?.id ?? '';
}, 180_000);
afterAll(() => handle.close());

/** 10:00 in Vietnam on that day. */
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

describe('the demo 2024 plan', () => {
  it('has the five items and the monitoring item III with the lead and coordinating units of the plan', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-07-01') });
    const view = await director.planProgress.summary({ year: 2024 });
    expect(view.plans.map((p) => [p.title, p.signerName])).toEqual([['Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024', 'Nguyễn Văn Lân']]);
    expect(view.items.map((i) => [i.code, i.leadText, i.coordinatingText, i.timeFrame])).toEqual([
      ['1', 'Các đơn vị thuộc Sở', '', 'regular'],
      ['2', 'Thanh tra Sở', 'Các đơn vị thuộc Sở', 'regular'],
      ['3', 'Phòng Hành chính - Tổng hợp', 'Thanh tra Sở', 'dated'],
      ['4', 'Thanh tra Sở', 'Phòng Hành chính - Tổng hợp', 'dated'],
      ['5', 'Thanh tra Sở, Phòng Hành chính - Tổng hợp và các đơn vị có liên quan', '', 'regular'],
      ['III', 'Thanh tra Sở', '', 'regular'],
    ]);
    const item3 = view.items.find((i) => i.code === '3');
    expect(item3?.timeNote).toBe('Năm 2024 (theo Công văn số 4305/UBND-TD)');
    expect(item3?.content).toContain('thiết bị truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo');
    expect(view.items.find((i) => i.code === '5')?.responsibilityNote).toContain('Đơn không thuộc thẩm quyền');
    // Items 3 and 4 were still in progress when 2024 ended: late today.
    expect(view.progress).toMatchObject({ total: 6, byStatus: { not_started: 0, in_progress: 0, done: 4, late: 2 }, percentDone: 66 });
    expect(view.progress.lateItems.map((l) => l.code)).toEqual(['3', '4']);

    const [stored] = await selectRows<{ lead: number; coordinating: number }>(
      handle.db,
      sql`select count(*) filter (where role = 'lead')::int as lead, count(*) filter (where role = 'coordinating')::int as coordinating
          from plan_item_units u join plan_items i on i.id = u.item_id where i.plan_id = ${demoPlanId()}`,
    );
    expect(stored).toEqual({ lead: 6, coordinating: 2 });
  });
});

describe('plan item progress', () => {
  it('the office updates an item, leaders see it on the progress view; stale, future and unauthorised updates are refused', async () => {
    const office = await callerAs(handle, 'vanthu', { now: at('2026-07-01') });
    const view = await office.planProgress.summary({ year: 2024 });
    const item = view.items.find((i) => i.code === '3');
    if (!item) throw new Error('item 3');
    const updated = await office.planItems.addProgress({
      id: item.id,
      version: item.version,
      date: '2026-06-30',
      note: 'Đã thay camera nơi tiếp công dân; hoàn thành các nội dung của mục 3.',
      state: 'done',
    });
    expect(updated).toMatchObject({ state: 'done', status: 'done', version: item.version + 1 });
    expect(updated.progress[0]).toMatchObject({ date: '2026-06-30', authorName: 'Đỗ Thị Hoa', stateAfter: 'done' });

    const director = await callerAs(handle, 'giamdoc', { now: at('2026-07-01') });
    const after = await director.planProgress.summary({ year: 2024 });
    expect(after.items.find((i) => i.code === '3')).toMatchObject({ status: 'done', lastProgress: { note: 'Đã thay camera nơi tiếp công dân; hoàn thành các nội dung của mục 3.' }, progressCount: 3 });
    expect(after.progress.byStatus).toMatchObject({ done: 5, late: 1 });

    const stale = await rejection(office.planItems.addProgress({ id: item.id, version: item.version, date: '2026-06-30', note: 'Ghi lại', state: 'in_progress' }));
    expect(stale.code).toBe('CONFLICT');
    const future = await rejection(office.planItems.addProgress({ id: item.id, version: updated.version, date: '2026-07-02', note: 'Ghi trước', state: 'done' }));
    expect(fieldErrorsOf(future)).toEqual({ date: 'Ngày cập nhật không được sau hôm nay.' });
    expect(await outcomeOf(director.planItems.addProgress({ id: item.id, version: updated.version, date: '2026-06-30', note: 'Chỉ đạo', state: 'done' }))).toBe(
      'FORBIDDEN: Bạn không có quyền thực hiện thao tác này.',
    );
    expect(await outcomeOf((await callerAs(handle, 'tiepdan')).planProgress.summary({ year: 2024 }))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
    // The inspectorate leads most items, so it updates them too.
    const inspector = await callerAs(handle, 'thanhtravien', { now: at('2026-07-01') });
    const item4 = after.items.find((i) => i.code === '4');
    if (!item4) throw new Error('item 4');
    expect((await inspector.planItems.addProgress({ id: item4.id, version: item4.version, date: '2026-07-01', note: 'Chuyên mục công khai đã hoạt động.', state: 'done' })).status).toBe('done');
  });
});

describe('a new plan', () => {
  const item = (planId: string, extra: Partial<PlanItemDataInput> = {}): PlanItemDataInput => ({
    planId,
    code: '1',
    content: 'Tổ chức tập huấn Luật số 136/2025/QH15 cho công chức tiếp công dân',
    leadUnitIds: [units.inspection],
    coordinatingUnitIds: [units.admin],
    timeFrame: 'dated',
    timeFrom: '2027-03-01',
    timeTo: '2027-06-30',
    ...extra,
  });

  it('holds dated items that become late after their date, unique codes, and deletes only an item with no history', async () => {
    const office = await callerAs(handle, 'vanthu', { now: at('2026-12-20') });
    const planData = {
      year: 2027,
      number: '210/KH-SNV',
      date: '2026-12-18',
      signerName: 'Trần Quốc Bảo',
      signerTitle: 'Giám đốc',
      title: 'Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2027',
    };
    const plan = await office.annualPlans.create(planData);
    const duplicatePlan = await rejection(office.annualPlans.create({ ...planData, title: 'Kế hoạch bổ sung năm 2027' }));
    expect(fieldErrorsOf(duplicatePlan)).toEqual({ number: 'Số kế hoạch này đã được ghi.' });
    const first = await office.planItems.create(item(plan.id));
    expect(first).toMatchObject({ leadText: 'Thanh tra Sở', coordinatingText: 'Phòng Hành chính - Tổng hợp', status: 'not_started', dueDate: '2027-06-30' });
    const sameCode = await rejection(office.planItems.create(item(plan.id, { content: 'Mục khác' })));
    expect(fieldErrorsOf(sameCode)).toEqual({ code: 'Số thứ tự này đã có trong kế hoạch.' });
    const both = await rejection(office.planItems.create(item(plan.id, { code: '2', coordinatingUnitIds: [units.inspection] })));
    expect(fieldErrorsOf(both)).toEqual({ coordinatingUnitIds: 'Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một mục.' });
    const second = await office.planItems.create(item(plan.id, { code: '2', timeFrame: 'regular', timeFrom: null, timeTo: null, leadUnitIds: [], leadAllUnits: true, coordinatingUnitIds: [] }));

    const later = await callerAs(handle, 'giamdoc', { now: at('2027-07-01') });
    const items = await later.planItems.getManyReference({ target: 'planId', id: plan.id, pagination: { page: 1, perPage: 25 } });
    expect(items.data.map((i) => [i.code, i.status])).toEqual([
      ['1', 'late'],
      ['2', 'not_started'],
    ]);
    expect((await later.annualPlans.getOne({ id: plan.id })).progress).toMatchObject({ total: 2, byStatus: { late: 1, not_started: 1 } });
    expect((await later.planItems.list({ filter: { year: 2027, status: 'late' } })).data.map((i) => i.id)).toEqual([first.id]);

    await office.planItems.addProgress({ id: first.id, version: first.version, date: '2026-12-20', note: 'Đã lên danh sách học viên.', state: 'in_progress' });
    const kept = await rejection(office.planItems.delete({ id: first.id, version: first.version + 1 }));
    expect(kept.message).toContain('không xóa được');
    await office.planItems.delete({ id: second.id, version: second.version });
    expect(await outcomeOf(office.planItems.getOne({ id: second.id }))).toBe('NOT_FOUND: Không tìm thấy mục kế hoạch.');
  });
});

describe('year-end summary', () => {
  it('writes the plan\'s items with their units, status and notes to a .docx, and the copy is in the audit log', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2024-12-20') });
    const file = await director.annualPlans.exportSummary({ id: demoPlanId(), signerName: 'Nguyễn Văn Lân', signerTitle: 'Giám đốc' });
    expect(file).toMatchObject({ fileName: 'bao-cao-du-thao-BC-SNV-2024.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const { text } = await readDocx(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('Kết quả thực hiện kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024');
    expect(text).toContain('Phòng Hành chính - Tổng hợp chủ trì, Thanh tra Sở phối hợp; thời gian: năm 2024 (theo Công văn số 4305/UBND-TD).');
    expect(text).toContain('Thanh tra Sở, Phòng Hành chính - Tổng hợp và các đơn vị có liên quan chủ trì');
    expect(text).toContain('Ngày 20/3/2024: Tổ chức hội nghị quán triệt');
    expect(text).toContain('Nguyễn Văn Lân');
    // As of 20/12/2024: items 3 and 4 were still in progress (finished in 2026, above), nothing late yet, no 2026 note.
    expect(text).toContain('Kế hoạch có 6 nhiệm vụ: đã hoàn thành 4 nhiệm vụ (66%), đang thực hiện 2 nhiệm vụ, chưa thực hiện 0 nhiệm vụ, chậm tiến độ 0 nhiệm vụ.');
    expect(text).not.toContain('Đã thay camera nơi tiếp công dân');
    const [audit] = await selectRows<{ entity: string; entity_id: string; note: string }>(
      handle.db,
      sql`select entity, entity_id, note from audit_log where action = 'annualPlans.exportSummary' order by seq desc limit 1`,
    );
    expect(audit).toEqual({ entity: 'annual_plans', entity_id: demoPlanId(), note: 'Báo cáo kết quả thực hiện kế hoạch, 6 mục, ngày 2024-12-20' });
    expect(await outcomeOf((await callerAs(handle, 'tiepdan')).annualPlans.exportSummary({ id: demoPlanId() }))).toBe('FORBIDDEN: Bạn không có quyền thực hiện thao tác này.');
    const half = await rejection(director.annualPlans.exportSummary({ id: demoPlanId(), signerName: 'Lê Thị Minh Hằng' }));
    expect(fieldErrorsOf(half)).toEqual({ signerTitle: 'Hãy ghi chức vụ người ký báo cáo.' });
  });
});
