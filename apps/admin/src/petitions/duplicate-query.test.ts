import { describe, expect, it } from 'vitest';
import { duplicateQuery, duplicateQueryKey, findByReceiptNumber, normalizeReceiptNumber } from './duplicate-query';

describe('duplicateQuery', () => {
  it('waits for enough to match on', () => {
    expect(duplicateQuery({ sender: { fullName: 'Ng', address: '', idNumber: '0621' }, summary: 'Khi' })).toBeNull();
    expect(duplicateQuery({})).toBeNull();
  });

  it('asks as soon as a name, a summary or a whole ID number is there', () => {
    expect(duplicateQuery({ sender: { fullName: 'Ngô Minh Vân' } })).toEqual({
      sender: { fullName: 'Ngô Minh Vân', address: '', idNumber: null },
      summary: '',
    });
    expect(duplicateQuery({ sender: { fullName: '', idNumber: '0621 8624 9281' } })?.sender.idNumber).toBe('062186249281');
    expect(duplicateQuery({ summary: 'Khiếu nại chế độ thôi việc' })?.summary).toBe('Khiếu nại chế độ thôi việc');
  });

  it('does not ask again for a trailing space', () => {
    const a = duplicateQuery({ sender: { fullName: 'Ngô Minh Vân' }, summary: 'Khiếu nại' });
    const b = duplicateQuery({ sender: { fullName: 'Ngô  Minh Vân ' }, summary: 'Khiếu nại ' });
    expect(duplicateQueryKey(a)).toBe(duplicateQueryKey(b));
    expect(duplicateQueryKey(null)).toBe('');
  });
});

describe('receipt numbers', () => {
  it('reads them as officials type them', () => {
    expect(normalizeReceiptNumber(' 012 / 2026 ')).toBe('12/2026');
    expect(normalizeReceiptNumber('12-2026')).toBeNull();
  });

  it('picks the exact letter among search results', () => {
    const letters = [{ receiptNumber: '112/2026' }, { receiptNumber: '12/2026' }, { receiptNumber: null }];
    expect(findByReceiptNumber(letters, '12/2026')).toBe(letters[1]);
    expect(findByReceiptNumber(letters, '13/2026')).toBeUndefined();
  });
});
