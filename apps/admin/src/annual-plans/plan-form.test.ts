import { planItemStatusLabels, planItemStatuses } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { planItemResolver, preparePlanItem, progressResolver } from './plan-form';
import { defaultPlanYear, planStatusChip, planYearChoices, timeFrameText } from './plan-status';

const options = { fields: {}, shouldUseNativeValidation: false } as const;
const PLAN = '9c4f4a01-5d7e-4f1a-8b3c-4d5e6f708192';
const INSPECTION = '7a2d2e8f-3b5c-4d9e-8f1a-2b3c4d5e6f70';

describe('planStatusChip', () => {
  it('names each status in words; late is the danger tone', () => {
    expect(planStatusChip('late')).toEqual({ label: 'Chậm tiến độ', tone: 'danger' });
    expect(planStatusChip('done')).toEqual({ label: 'Đã hoàn thành', tone: 'success' });
    expect(planItemStatuses.map((s) => planStatusChip(s).label)).toEqual(planItemStatuses.map((s) => planItemStatusLabels[s]));
  });
});

describe('timeFrameText', () => {
  it("prefers the plan's own wording, else says regular or gives the dates", () => {
    expect(timeFrameText({ timeFrame: 'dated', timeFrom: '2024-01-01', timeTo: '2024-12-31', timeNote: 'Năm 2024' })).toEqual({ text: 'Năm 2024' });
    expect(timeFrameText({ timeFrame: 'regular', timeFrom: null, timeTo: null, timeNote: null })).toEqual({ key: 'kntc.office.plans.time_regular' });
    expect(timeFrameText({ timeFrame: 'dated', timeFrom: '2024-01-01', timeTo: '2024-06-30', timeNote: null })).toEqual({
      key: 'kntc.office.plans.time_dated',
      args: { from: '01/01/2024', to: '30/06/2024' },
    });
    expect(timeFrameText({ timeFrame: 'dated', timeFrom: null, timeTo: '2024-06-30', timeNote: null })).toEqual({ key: 'kntc.office.plans.time_until', args: { to: '30/06/2024' } });
  });
});

describe('the progress view year', () => {
  it("opens on this year's plan, else the latest earlier one, else this year", () => {
    expect(defaultPlanYear([2024, 2026], 2026)).toBe(2026);
    expect(defaultPlanYear([2024, 2023, 2027], 2026)).toBe(2024);
    expect(defaultPlanYear([2027], 2026)).toBe(2026);
    expect(defaultPlanYear([], 2026)).toBe(2026);
  });

  it('always opens on a year the choices offer', () => {
    const histories = [[], [2024], [2027], [2020, 2024, 2027], [2026, 2026]];
    for (const years of histories) {
      for (const current of [2019, 2024, 2026, 2030]) expect(planYearChoices(years, current)).toContain(defaultPlanYear(years, current));
    }
    expect(planYearChoices([2024, 2026, 2024], 2026)).toEqual([2026, 2024]);
  });
});

describe('plan item form', () => {
  const item = {
    planId: PLAN,
    code: '3',
    position: 30,
    content: 'Kiện toàn tổ chức, bố trí công chức làm công tác tiếp công dân.',
    leadUnitIds: [INSPECTION],
    leadAllUnits: false,
    leadRelevantUnits: false,
    coordinatingUnitIds: [],
    coordinatingAllUnits: true,
    coordinatingRelevantUnits: true,
    responsibilityNote: '',
    timeFrame: 'regular',
    timeFrom: '2024-01-01',
    timeTo: '2024-12-31',
    timeNote: '',
  };

  it('clears what "all units" and "regular" hide, so switching choices never leaves a stale value', async () => {
    expect(preparePlanItem(item)).toMatchObject({ coordinatingRelevantUnits: false, coordinatingUnitIds: [], timeFrom: null, timeTo: null, timeNote: null });
    const result = await planItemResolver(item, undefined, options);
    expect(result.errors).toEqual({});
  });

  it('asks a dated item for its completion date and a lead unit, on their fields', async () => {
    const result = await planItemResolver({ ...item, leadUnitIds: [], timeFrame: 'dated', timeTo: '' }, undefined, options);
    expect(result.errors).toMatchObject({
      leadUnitIds: { message: 'Hãy chọn đơn vị chủ trì (hoặc tất cả các đơn vị thuộc Sở).' },
      timeTo: { message: 'Mục theo thời hạn phải có ngày hoàn thành.' },
    });
  });

  it('takes a progress note without the item and its version', async () => {
    const result = await progressResolver({ date: '2026-11-30', state: 'done', note: ' Đã hoàn thành. ', id: 'x', version: 3 }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ date: '2026-11-30', state: 'done', note: 'Đã hoàn thành.' });
  });
});
