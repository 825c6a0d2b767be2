import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../cases/enums.js';
import { petitionStatuses } from './enums.js';
import { publicTrackingStatus } from './public-status.js';

const letter = (petitionStatus: (typeof petitionStatuses)[number], petitionDueDate: string | null = '2026-03-16') =>
  publicTrackingStatus({ petitionStatus, petitionDueDate, caseStatus: null, caseDueDate: null });

describe('publicTrackingStatus', () => {
  it('a letter in the queue shows its processing deadline', () => {
    expect(letter('registered')).toEqual({ statusLabel: 'Đã tiếp nhận', nextDate: '2026-03-16', nextDateLabel: 'Hạn xử lý đơn' });
    expect(letter('pending_approval')).toEqual({ statusLabel: 'Đang xử lý đơn', nextDate: '2026-03-16', nextDateLabel: 'Hạn xử lý đơn' });
  });

  it('a handled letter shows no date even if one were left over', () => {
    expect(letter('guided')).toEqual({ statusLabel: 'Đã hướng dẫn gửi đơn đến cơ quan có thẩm quyền', nextDate: null, nextDateLabel: null });
  });

  it('an escalation reads exactly like a transfer', () => {
    expect(letter('escalated')).toEqual(letter('transferred'));
    expect(letter('transferred').statusLabel).toBe('Đã chuyển cơ quan có thẩm quyền');
  });

  it('an open case shows its resolution deadline; a result or a suspension shows none', () => {
    const withCase = (caseStatus: (typeof caseStatuses)[number]) =>
      publicTrackingStatus({ petitionStatus: 'accepted', petitionDueDate: null, caseStatus, caseDueDate: '2026-05-04' });
    expect(withCase('verifying')).toEqual({ statusLabel: 'Đã thụ lý, đang giải quyết', nextDate: '2026-05-04', nextDateLabel: 'Hạn giải quyết' });
    expect(withCase('issued')).toEqual({ statusLabel: 'Đã có kết quả giải quyết', nextDate: null, nextDateLabel: null });
    expect(withCase('suspended')).toEqual({ statusLabel: 'Tạm đình chỉ giải quyết', nextDate: null, nextDateLabel: null });
  });

  it('every status has a Vietnamese label that names no person or body', () => {
    const labels = [
      ...petitionStatuses.map((s) => letter(s).statusLabel),
      ...caseStatuses.map((s) => publicTrackingStatus({ petitionStatus: 'accepted', petitionDueDate: null, caseStatus: s, caseDueDate: null }).statusLabel),
    ];
    for (const label of labels) {
      expect(label.length).toBeGreaterThan(5);
      expect(label).not.toMatch(/điều tra|Giám đốc|Thanh tra/);
    }
  });
});
