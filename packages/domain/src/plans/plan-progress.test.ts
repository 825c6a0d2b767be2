import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { PlanItemDataSchema, planItemProgressStates, planItemStatuses, planTimeFrames, unitGroupText } from './plan-items.js';
import { planItemStateOn, planItemStatus, planProgress, type PlanProgressItem } from './plan-progress.js';

const PLAN = '0b6c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';
const TTS = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const VP = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';

describe('plan item', () => {
  it('the lead is listed, all units or the units concerned; no unit both leads and coordinates; a dated item has its end', () => {
    const ok = PlanItemDataSchema.parse({ planId: PLAN, code: 'III', content: 'Theo dõi, đôn đốc', leadUnitIds: [TTS, TTS], timeFrame: 'regular' });
    expect(ok).toMatchObject({ leadUnitIds: [TTS], coordinatingUnitIds: [], leadAllUnits: false, timeFrom: null, timeTo: null });
    const bad = PlanItemDataSchema.safeParse({
      planId: PLAN,
      code: '1a',
      content: 'Tuyên truyền',
      coordinatingUnitIds: [VP],
      timeFrame: 'dated',
      timeFrom: '2024-05-01',
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      code: 'Số thứ tự mục phải là số (1, 2, 3.1) hoặc số La Mã (III).',
      leadUnitIds: 'Hãy chọn đơn vị chủ trì (hoặc tất cả các đơn vị thuộc Sở).',
      timeTo: 'Mục theo thời hạn phải có ngày hoàn thành.',
    });
    const clash = PlanItemDataSchema.safeParse({ planId: PLAN, code: '4', content: 'Công khai', leadUnitIds: [TTS], coordinatingUnitIds: [TTS, VP], timeFrame: 'regular', timeTo: '2024-12-31' });
    expect(clash.error?.issues.map((i) => i.message)).toEqual([
      'Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một mục.',
      'Mục thực hiện thường xuyên thì không ghi ngày bắt đầu, hoàn thành; hãy chọn "Theo thời hạn".',
    ]);
  });
});

describe('plan progress', () => {
  it('an unfinished item is late after its date, or after the plan year for a regular one; done stays done', () => {
    expect(planItemStatus({ state: 'in_progress', timeFrame: 'dated', timeTo: '2024-06-30' }, 2024, '2024-06-30')).toBe('in_progress');
    expect(planItemStatus({ state: 'in_progress', timeFrame: 'dated', timeTo: '2024-06-30' }, 2024, '2024-07-01')).toBe('late');
    expect(planItemStatus({ state: 'not_started', timeFrame: 'regular', timeTo: null }, 2024, '2024-12-31')).toBe('not_started');
    expect(planItemStatus({ state: 'not_started', timeFrame: 'regular', timeTo: null }, 2024, '2025-01-01')).toBe('late');
    expect(planItemStatus({ state: 'done', timeFrame: 'dated', timeTo: '2024-03-31' }, 2024, '2026-01-01')).toBe('done');
  });

  it('summarises counts, the share done and the late items, most overdue first', () => {
    const item = (code: string, extra: Partial<PlanProgressItem>): PlanProgressItem => ({ id: code, code, content: `Mục ${code}`, state: 'in_progress', timeFrame: 'regular', timeTo: null, ...extra });
    const summary = planProgress(
      {
        year: 2024,
        items: [
          item('1', { state: 'done' }),
          item('2', { timeFrame: 'dated', timeTo: '2024-03-31' }),
          item('3', { timeFrame: 'dated', timeTo: '2024-06-30', state: 'not_started' }),
          item('4', {}),
        ],
      },
      '2024-07-10',
    );
    expect(summary).toEqual({
      total: 4,
      byStatus: { not_started: 0, in_progress: 1, done: 1, late: 2 },
      percentDone: 25,
      lateItems: [
        { id: '2', code: '2', content: 'Mục 2', dueDate: '2024-03-31', daysLate: 101 },
        { id: '3', code: '3', content: 'Mục 3', dueDate: '2024-06-30', daysLate: 10 },
      ],
    });
  });

  const itemArb = fc.record({
    id: fc.uuid(),
    code: fc.integer({ min: 1, max: 20 }).map(String),
    content: fc.constant('Nội dung'),
    state: fc.constantFrom(...planItemProgressStates),
    timeFrame: fc.constantFrom(...planTimeFrames),
    timeTo: fc.option(fc.integer({ min: 0, max: 500 }).map((n) => shiftDate('2024-01-01', n))),
  });

  it('every item counts under exactly one status, and the late list is the late count', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), fc.integer({ min: 0, max: 900 }), (items, offset) => {
        const today = shiftDate('2023-12-01', offset);
        const summary = planProgress({ year: 2024, items }, today);
        expect(planItemStatuses.reduce((n, s) => n + summary.byStatus[s], 0)).toBe(items.length);
        expect(summary.lateItems.length).toBe(summary.byStatus.late);
        expect(summary.lateItems.every((l) => l.daysLate > 0)).toBe(true);
        expect(summary.percentDone).toBeLessThanOrEqual(100);
        if (summary.byStatus.done < items.length) expect(summary.percentDone).toBeLessThan(100);
      }),
    );
  });

  it('time only makes items late: a later day never makes fewer items late', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 }), (items, offset, more) => {
        const today = shiftDate('2023-12-01', offset);
        const later = shiftDate(today, more);
        expect(planProgress({ year: 2024, items }, later).byStatus.late).toBeGreaterThanOrEqual(planProgress({ year: 2024, items }, today).byStatus.late);
      }),
    );
  });
});

describe('units as the plan writes them', () => {
  it('lists names, all units, or the units concerned', () => {
    expect(unitGroupText({ unitNames: ['Thanh tra Sở'], allUnits: false, relevantUnits: false })).toBe('Thanh tra Sở');
    expect(unitGroupText({ unitNames: ['Thanh tra Sở', 'Phòng Hành chính - Tổng hợp'], allUnits: false, relevantUnits: true })).toBe(
      'Thanh tra Sở, Phòng Hành chính - Tổng hợp và các đơn vị có liên quan',
    );
    expect(unitGroupText({ unitNames: [], allUnits: true, relevantUnits: false })).toBe('Các đơn vị thuộc Sở');
    expect(unitGroupText({ unitNames: [], allUnits: false, relevantUnits: true })).toBe('Các đơn vị có liên quan');
    expect(unitGroupText({ unitNames: [], allUnits: false, relevantUnits: false })).toBe('');
  });
});

describe('state on a past date', () => {
  it('is the state the last note on or before that day left, not later progress', () => {
    const item = {
      state: 'done' as const,
      progress: [
        { date: '2024-05-06', stateAfter: 'in_progress' as const },
        { date: '2026-06-30', stateAfter: 'done' as const },
      ],
    };
    expect(planItemStateOn(item, '2024-12-20')).toBe('in_progress');
    expect(planItemStateOn(item, '2026-06-30')).toBe('done');
    expect(planItemStateOn(item, '2024-01-01')).toBe('not_started');
    expect(planItemStateOn({ state: 'in_progress', progress: [] }, '2024-01-01')).toBe('in_progress');
  });
});
