import { describe, expect, it } from 'vitest';
import { assignmentResolver, currentMonth, formatDong, prepareAssignment } from './assignment-form';

const options = { fields: {}, shouldUseNativeValidation: false } as const;
const USER = '6f1c1d7e-2a4b-4c8d-9e0f-1a2b3c4d5e6f';
const UNIT = '7a2d2e8f-3b5c-4d9e-8f1a-2b3c4d5e6f70';

/** A period as the edit page loads it: the API's record with its read-only fields. */
const loaded = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  version: 2,
  userId: USER,
  fullName: 'Y Blưu Niê',
  unitId: UNIT,
  unitName: 'Thanh tra Sở',
  position: 'Chuyên viên tiếp công dân',
  duties: ['letter_handling', 'reception'],
  inspectorRank: null,
  qualifications: 'Cử nhân Luật',
  allowanceCategory: 'without_allowance',
  decisionNumber: '196/QĐ-SNV',
  dateAssigned: '2022-08-01',
  dateEnded: null,
  note: null,
  isCurrent: true,
  updatedAt: '2026-11-30T00:00:00.000Z',
};

describe('prepareAssignment', () => {
  it('sends emptied choices and dates as null', () => {
    expect(prepareAssignment({ inspectorRank: '', allowanceCategory: '', dateEnded: '', note: '', position: '' })).toEqual({
      inspectorRank: null,
      allowanceCategory: null,
      dateEnded: null,
      note: null,
      position: '',
    });
  });
});

describe('assignmentResolver', () => {
  it('accepts a loaded period and submits only what the API takes, duties in the catalogue order', async () => {
    const result = await assignmentResolver(loaded, undefined, options);
    expect(result.errors).toEqual({});
    expect(Object.keys(result.values).sort()).toEqual(
      ['allowanceCategory', 'dateAssigned', 'dateEnded', 'decisionNumber', 'duties', 'inspectorRank', 'note', 'position', 'qualifications', 'unitId', 'userId'].sort(),
    );
    expect(result.values.duties).toEqual(['reception', 'letter_handling']);
  });

  it('puts the Vietnamese messages on the fields: no duty, an end before the start, no official', async () => {
    const result = await assignmentResolver({ ...loaded, userId: '', duties: [], dateEnded: '2022-07-01' }, undefined, options);
    expect(result.errors).toMatchObject({
      userId: { message: 'Hãy chọn cán bộ được phân công.' },
      duties: { message: 'Hãy chọn ít nhất một nhiệm vụ được giao.' },
      dateEnded: { message: 'Ngày thôi phân công không được trước ngày được phân công.' },
    });
  });
});

describe('currentMonth and formatDong', () => {
  it('starts the allowance period on the 1st of the month', () => {
    expect(currentMonth('2026-02-17')).toEqual({ from: '2026-02-01', to: '2026-02-17' });
  });

  it('writes amounts the Vietnamese way', () => {
    expect(formatDong(1_250_000)).toBe('1.250.000 đồng');
  });
});
