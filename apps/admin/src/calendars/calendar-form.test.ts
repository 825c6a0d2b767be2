import { describe, expect, it } from 'vitest';
import { calendarResolver, entryDateProblems } from './calendar-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

const record = {
  id: 2026,
  year: 2026,
  provisional: false,
  version: 3,
  updatedAt: '2026-11-30T12:37:33.907Z',
  entries: [
    { date: '2026-01-01', kind: 'day_off', reason: 'Tết Dương lịch', source: 'Bộ luật Lao động 2019, Điều 112' },
    { date: '2026-09-02', kind: 'day_off', reason: 'Quốc khánh', source: 'Bộ luật Lao động 2019, Điều 112' },
  ],
};

describe('entryDateProblems', () => {
  it('flags a date of another year and a date listed twice, by row', () => {
    const problems = entryDateProblems(2026, [{ date: '2026-01-01' }, { date: '2025-12-31' }, { date: '2026-01-01' }, {}]);
    expect([...problems]).toEqual([
      [1, 'Ngày phải thuộc năm 2026.'],
      [2, 'Ngày này đã có trong danh sách.'],
    ]);
  });
});

describe('calendarResolver', () => {
  it('accepts a loaded year and submits only provisional and entries', async () => {
    const result = await calendarResolver(record, undefined, options);
    expect(result.errors).toEqual({});
    expect(Object.keys(result.values).sort()).toEqual(['entries', 'provisional']);
  });

  it('puts the schema message on the row and field that is wrong', async () => {
    const entries = [...record.entries, { date: '2026-12-07', kind: 'day_off', reason: '', source: 'Quyết định của UBND tỉnh' }];
    const result = await calendarResolver({ ...record, entries }, undefined, options);
    expect(result.errors).toMatchObject({ entries: [undefined, undefined, { reason: { message: 'Cần ghi lý do.' } }] });
  });

  it('refuses a day of another year on its own row', async () => {
    const entries = [...record.entries, { date: '2027-01-01', kind: 'day_off', reason: 'Tết Dương lịch', source: 'BLLĐ' }];
    const result = await calendarResolver({ ...record, entries }, undefined, options);
    expect(result.errors).toMatchObject({ entries: [undefined, undefined, { date: { message: 'Ngày phải thuộc năm 2026.' } }] });
  });
});
