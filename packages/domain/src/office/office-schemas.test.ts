import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { EquipmentMaintenanceSchema, serialKey } from './equipment.js';
import { RewardDataSchema, type RewardDataInput } from './rewards.js';
import { isAssignmentActiveOn, overlappingAssignment, StaffAssignmentDataSchema } from './staff-assignments.js';
import { TrainingDataSchema } from './trainings.js';

const OFFICIAL = '3f1b8d52-8c1e-4b7a-9f3e-2c4d5e6f7a8b';
const UNIT = '7a2c9e41-5b3d-4f8a-8e1c-9d0b1a2c3d4e';

/** The field errors of a failed parse, keyed by dotted path. */
function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  if (result.success || !result.error) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]));
}

describe('staff assignment', () => {
  const base = { userId: OFFICIAL, unitId: UNIT, position: 'Thanh tra viên', duties: ['case_resolution', 'reception'], dateAssigned: '2024-01-02' };

  it('keeps duties in a fixed order and refuses an end before the start, in Vietnamese', () => {
    const ok = StaffAssignmentDataSchema.parse({ ...base, inspectorRank: 'senior_inspector' });
    expect(ok).toMatchObject({ duties: ['reception', 'case_resolution'], dateEnded: null, allowanceCategory: null, inspectorRank: 'senior_inspector' });
    const bad = StaffAssignmentDataSchema.safeParse({ ...base, duties: [], dateEnded: '2023-12-31', userId: 'x' });
    expect(fieldErrors(bad)).toEqual({
      userId: 'Hãy chọn cán bộ được phân công.',
      duties: 'Hãy chọn ít nhất một nhiệm vụ được giao.',
      dateEnded: 'Ngày thôi phân công không được trước ngày được phân công.',
    });
  });

  const dayArb = fc.integer({ min: 0, max: 2000 }).map((n) => shiftDate('2020-01-01', n));
  const periodArb = fc
    .tuple(dayArb, fc.option(fc.integer({ min: 0, max: 900 })))
    .map(([start, length]) => ({ dateAssigned: start, dateEnded: length === null ? null : shiftDate(start, length) }));

  it('two periods overlap exactly when some day is in both', () => {
    fc.assert(
      fc.property(periodArb, periodArb, fc.integer({ min: 0, max: 3000 }), (a, b, probe) => {
        const clash = overlappingAssignment([{ ...a, id: 'a' }], { ...b, id: 'b' }) !== undefined;
        // A shared day exists iff the later start is within both periods.
        const later = a.dateAssigned > b.dateAssigned ? a.dateAssigned : b.dateAssigned;
        expect(clash).toBe(isAssignmentActiveOn(a, later) && isAssignmentActiveOn(b, later));
        const day = shiftDate('2020-01-01', probe);
        if (isAssignmentActiveOn(a, day) && isAssignmentActiveOn(b, day)) expect(clash).toBe(true);
        // A record never clashes with itself (an edit).
        expect(overlappingAssignment([{ ...a, id: 'a' }], { ...a, id: 'a' })).toBeUndefined();
      }),
    );
  });
});

describe('training and dissemination', () => {
  const base = {
    kind: 'dissemination',
    title: 'Hội nghị phổ biến Luật Tiếp công dân',
    audience: 'Công chức các phòng thuộc Sở',
    dateFrom: '2024-03-12',
    place: 'Hội trường Sở Nội vụ',
    organiserUnitId: UNIT,
  };

  it('a dissemination names the documents covered; an official is listed once; an outsider needs a name', () => {
    const bad = TrainingDataSchema.safeParse({
      ...base,
      dateTo: '2024-03-11',
      attendees: [{ userId: OFFICIAL }, { userId: OFFICIAL, attended: false }, { organisation: 'UBND xã' }],
    });
    expect(fieldErrors(bad)).toEqual({
      dateTo: 'Ngày kết thúc không được trước ngày bắt đầu.',
      legalDocuments: 'Tuyên truyền, phổ biến pháp luật phải ghi ít nhất một văn bản được phổ biến.',
      'attendees.1.userId': 'Cán bộ này đã có trong danh sách tham dự.',
      'attendees.2.fullName': 'Hãy chọn cán bộ hoặc ghi họ tên người tham dự.',
    });
    const ok = TrainingDataSchema.parse({ ...base, legalDocuments: ['Luật Tiếp công dân 2013', 'Luật Tiếp công dân 2013'], attendees: [{ userId: OFFICIAL, attended: false }, { fullName: 'Nguyễn Văn A' }] });
    expect(ok.legalDocuments).toEqual(['Luật Tiếp công dân 2013']);
    expect(ok.attendees).toEqual([
      { userId: OFFICIAL, fullName: null, organisation: null, attended: false },
      { userId: null, fullName: 'Nguyễn Văn A', organisation: null, attended: true },
    ]);
  });
});

describe('rewards and discipline', () => {
  const reward: RewardDataInput = { kind: 'reward', subjectType: 'official', userId: OFFICIAL, form: 'certificate_of_merit_director', proposalDate: '2024-12-10', reason: 'Hoàn thành xuất sắc nhiệm vụ tiếp công dân năm 2024' };

  it('a decision is recorded whole and not before its proposal', () => {
    expect(RewardDataSchema.parse(reward)).toMatchObject({ decisionNumber: null, unitId: null, breach: null });
    expect(fieldErrors(RewardDataSchema.safeParse({ ...reward, decisionNumber: '12/QĐ-SNV', decisionDate: '2024-12-01' }))).toEqual({
      decisionSigner: 'Hãy ghi người ký quyết định.',
      decisionDate: 'Ngày quyết định không được trước ngày đề nghị.',
    });
  });

  it('the form must fit the kind and the subject; a unit is not disciplined; links to a letter or case need the breach', () => {
    expect(fieldErrors(RewardDataSchema.safeParse({ ...reward, form: 'reprimand' }))).toEqual({ form: 'Hãy chọn một hình thức khen thưởng.' });
    expect(fieldErrors(RewardDataSchema.safeParse({ ...reward, subjectType: 'unit', userId: null, unitId: UNIT, form: 'emulation_soldier' }))).toEqual({
      form: 'Hình thức "Chiến sĩ thi đua cơ sở" không áp dụng cho tập thể.',
    });
    expect(fieldErrors(RewardDataSchema.safeParse({ ...reward, subjectType: 'unit', userId: null, unitId: UNIT, kind: 'discipline', form: 'reprimand' }))).toEqual({
      form: 'Hình thức "Khiển trách" không áp dụng cho tập thể.',
    });
    const discipline = { ...reward, kind: 'discipline', form: 'reprimand', reason: 'Để quá hạn giải quyết khiếu nại', caseId: UNIT } as const;
    expect(fieldErrors(RewardDataSchema.safeParse(discipline))).toEqual({ breach: 'Kỷ luật gắn với đơn, vụ việc phải ghi loại vi phạm (thời hạn hoặc bí mật thông tin).' });
    expect(RewardDataSchema.parse({ ...discipline, breach: 'deadline' })).toMatchObject({ caseId: UNIT, breach: 'deadline' });
    expect(fieldErrors(RewardDataSchema.safeParse({ ...reward, caseId: UNIT }))).toEqual({ caseId: 'Chỉ liên kết đơn, vụ việc với hình thức kỷ luật.' });
  });
});

describe('equipment serials', () => {
  it('case, spaces and separators do not make two devices', () => {
    expect(serialKey(' csdlqg-kntc 001 ')).toBe('CSDLQGKNTC001');
    expect(serialKey('CSDLQG.KNTC/001')).toBe(serialKey('csdlqg kntc 001'));
    expect(serialKey('SN-001')).not.toBe(serialKey('SN-010'));
  });
});

describe('equipment maintenance log', () => {
  it('names each missing field', () => {
    expect(fieldErrors(EquipmentMaintenanceSchema.safeParse({ equipmentId: UNIT, version: 1, date: '2026-02-30', kind: 'x', performedBy: ' ', result: '' }))).toEqual({
      date: 'Ngày thực hiện phải có dạng YYYY-MM-DD và là ngày có thật.',
      kind: 'Hãy chọn loại công việc (bảo trì, kiểm tra bảo mật, sửa chữa).',
      performedBy: 'Người, đơn vị thực hiện là bắt buộc.',
      result: 'Kết quả là bắt buộc.',
    });
  });
});
