import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receptionModeError } from './date-effective.js';
import { groupRepresentativesError, isGroupVisit } from './group-representatives.js';
import { refusalGroundOn, refusalGroundsInForce } from './refusal-grounds.js';
import { ReceptionVisitCreateSchema, type ReceptionVisitCreateInput } from './visit-schemas.js';

describe('group representatives (Luật TCD Đ29)', () => {
  it('asks 5–10 people for 1 or 2 representatives and more than 10 for at most 5', () => {
    expect(groupRepresentativesError(5, 1)).toBeNull();
    expect(groupRepresentativesError(10, 2)).toBeNull();
    expect(groupRepresentativesError(10, 3)).toContain('không quá 2');
    expect(groupRepresentativesError(11, 3)).toBeNull();
    expect(groupRepresentativesError(12, 5)).toBeNull();
    expect(groupRepresentativesError(12, 6)).toContain('không quá 5');
    expect(groupRepresentativesError(7, 0)).toContain('ít nhất 1');
  });

  it('does not treat fewer than 5 people as a group', () => {
    expect(isGroupVisit(4)).toBe(false);
    expect(isGroupVisit(5)).toBe(true);
    expect(groupRepresentativesError(4, 0)).toBeNull();
  });

  it('never allows more than 5 representatives, whatever the headcount', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 5000 }), fc.integer({ min: 6, max: 100 }), (n, r) => groupRepresentativesError(n, r) !== null));
  });
});

describe('online reception from 01/7/2026', () => {
  it('refuses an online visit before the amending law is in force and accepts it from that day', () => {
    expect(receptionModeError('online', '2026-06-30')).toContain('01/07/2026');
    expect(receptionModeError('online', '2026-07-01')).toBeNull();
    expect(receptionModeError('in_person', '2025-01-02')).toBeNull();
  });
});

describe('refusal grounds by effective date', () => {
  it('offers the three grounds of Luật TCD Đ9 (and the catch-all) before 2026 and the decree’s grounds from 01/7/2026', () => {
    expect(refusalGroundsInForce('2026-06-30').map((g) => g.code)).toEqual(['incapacitated', 'threats', 'resolved_persistent', 'other_by_law']);
    const from2026 = refusalGroundsInForce('2026-07-01');
    expect(from2026.map((g) => g.code)).toContain('weapons');
    expect(from2026.filter((g) => g.effectiveFrom === '2026-07-01').every((g) => g.confidence === 'unconfirmed')).toBe(true);
    expect(refusalGroundOn('weapons', '2026-06-30')).toBeUndefined();
  });
});

const base: ReceptionVisitCreateInput = {
  visitDate: '2026-03-10',
  kind: 'regular',
  place: 'Trụ sở tiếp công dân Sở Nội vụ',
  headcount: 1,
  visitors: [{ fullName: 'Nguyễn Văn Bình', address: 'Phường Quyết Thắng', identityPaper: 'id_card' }],
  matterKind: 'complaint',
  summary: 'Khiếu nại quyết định nâng lương',
  content: 'Ông Bình cho rằng quyết định nâng lương bỏ sót thời gian công tác.',
  request: 'Xem xét lại quyết định',
  outcome: 'explained',
};

const fieldErrors = (input: ReceptionVisitCreateInput) => {
  const result = ReceptionVisitCreateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('a visit record', () => {
  it('accepts a complete regular visit', () => {
    expect(fieldErrors(base)).toEqual({});
  });

  it('names every missing field the law requires, in Vietnamese', () => {
    const errors = fieldErrors({ ...base, place: '', request: '', visitors: [], summary: 'ab' });
    expect(Object.keys(errors).sort()).toEqual(['place', 'request', 'summary', 'visitors']);
    expect(errors.place).toBe('Địa điểm tiếp là bắt buộc.');
  });

  it('requires the head’s presence or authorisation for periodic and ad hoc receptions', () => {
    expect(fieldErrors({ ...base, kind: 'periodic' }).headReception).toContain('ủy quyền');
    expect(fieldErrors({ ...base, kind: 'periodic', headReception: 'authorised' })).toEqual({});
  });

  it('refuses only on a ground in force that day, and guides only to a named agency', () => {
    expect(fieldErrors({ ...base, outcome: 'refused' }).refusalGroundCode).toBe('Từ chối tiếp phải nêu căn cứ pháp lý.');
    expect(fieldErrors({ ...base, outcome: 'refused', refusalGroundCode: 'weapons' }).refusalGroundCode).toContain('chưa');
    expect(fieldErrors({ ...base, outcome: 'refused', refusalGroundCode: 'threats' })).toEqual({});
    expect(fieldErrors({ ...base, outcome: 'refused', refusalGroundCode: 'other_by_law' }).outcomeNote).toBeDefined();
    expect(fieldErrors({ ...base, outcome: 'guided' }).outcomeNote).toContain('cơ quan');
  });

  it('checks a group’s representatives against its headcount', () => {
    const people = (n: number, reps: number) =>
      Array.from({ length: n }, (_, i) => ({ fullName: `Người đến số ${i + 1}`, address: 'Thôn 1', identityPaper: 'id_card' as const, isRepresentative: i < reps }));
    expect(fieldErrors({ ...base, headcount: 12, visitors: people(5, 5) })).toEqual({});
    expect(fieldErrors({ ...base, headcount: 12, visitors: people(6, 6) }).visitors).toContain('không quá 5');
    expect(fieldErrors({ ...base, headcount: 3, visitors: people(4, 0) }).headcount).toContain('ít nhất bằng');
  });
});
