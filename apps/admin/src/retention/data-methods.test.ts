import { describe, expect, it } from 'vitest';
import { destroyFormErrors, dueIds } from './data-methods';

describe('retention screen helpers', () => {
  it('offers only letters whose period has run out', () => {
    const item = (id: string, isDue: boolean) => ({ id, isDue, receiptNumber: null, receivedDate: '2025-01-02', kind: 'complaint' as const, summary: '', archivedOn: '2025-01-10', keepUntil: '2026-01-10' });
    expect(dueIds([item('a', true), item('b', false), item('c', true)])).toEqual(['a', 'c']);
  });

  it('asks for a selection, the decision number and a reason', () => {
    expect(destroyFormErrors({ decisionRef: '', reason: 'ngắn', selected: [] })).toEqual({
      selected: 'kntc.retention.errors.none_selected',
      decisionRef: 'kntc.retention.errors.decision_ref',
      reason: 'kntc.retention.errors.reason',
    });
    expect(destroyFormErrors({ decisionRef: 'QĐ 12/QĐ-SNV', reason: 'Hết thời hạn lưu một năm', selected: ['a'] })).toEqual({});
  });
});
