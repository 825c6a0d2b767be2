import { describe, expect, it } from 'vitest';
import type { DuplicateSuggestion } from './data-methods';
import { duplicateTargetChoices, validateDuplicateLink, validateRejection } from './step-validation';

describe('validateRejection', () => {
  it('needs a reason of at least five characters, as the API does', () => {
    expect(validateRejection({ note: ' ab ' })).toEqual({ note: 'Hãy ghi lý do trả lại đề xuất (ít nhất 5 ký tự).' });
    expect(validateRejection({})).toHaveProperty('note');
    expect(validateRejection({ note: 'Chưa đủ căn cứ' })).toEqual({});
  });
});

describe('validateDuplicateLink', () => {
  it('needs an original, chosen or typed', () => {
    expect(validateDuplicateLink({ duplicateOfId: '', receiptNumber: '' })).toHaveProperty('duplicateOfId');
    expect(validateDuplicateLink({ duplicateOfId: 'b3f0c1d2-0000-4000-8000-000000000001' })).toEqual({});
    expect(validateDuplicateLink({ receiptNumber: ' 12 / 2026 ' })).toEqual({});
  });

  it('refuses a receipt number that is not number/year', () => {
    expect(validateDuplicateLink({ receiptNumber: '12-2026' })).toEqual({ receiptNumber: 'Số tiếp nhận có dạng số/năm, ví dụ 12/2026.' });
  });
});

const suggestion = (id: string, duplicateOfId: string | null): DuplicateSuggestion => ({
  id,
  receiptNumber: '12/2026',
  receivedDate: '2026-11-02',
  kind: 'complaint',
  status: duplicateOfId ? 'duplicate' : 'registered',
  summary: 'Khiếu nại quyết định thu hồi đất',
  senderName: 'Nguyễn Văn An',
  duplicateOfId,
  reasons: [{ code: 'same_name', label: 'Cùng họ tên người gửi' }],
});

describe('duplicateTargetChoices', () => {
  it('keeps a repeat listed but disabled, since only an original can be linked to', () => {
    const choices = duplicateTargetChoices([suggestion('a', null), suggestion('b', 'a')]);
    expect(choices.map((c) => [c.id, c.disabled])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(choices[1]?.reason).toMatch(/đơn gốc/);
  });
});
