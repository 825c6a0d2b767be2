import { describe, expect, it } from 'vitest';
import { hideContactFields } from './contact-fields.js';

describe('hideContactFields', () => {
  it('empties the contact details of senders and co-senders wherever they sit, and keeps everything else', () => {
    const when = new Date('2026-03-10T03:00:00Z');
    const record = {
      id: 'p1',
      createdAt: when,
      sender: { fullName: 'Lò Văn Liên Hệ', idNumber: '062088000222', phone: '0914000222', address: 'Tổ 3', email: 'a@b.vn' },
      coSenders: [{ fullName: 'B', idNumber: '1', phone: null, address: 'X', isRepresentative: true }],
      signers: [{ fullName: 'C', idNumber: '2' }],
    };
    const hidden = hideContactFields({ data: [record], total: 1 }) as { data: (typeof record)[]; total: number };
    expect(hidden.total).toBe(1);
    expect(hidden.data[0]?.sender).toEqual({ fullName: 'Lò Văn Liên Hệ', idNumber: null, phone: null, address: null, email: null });
    expect(hidden.data[0]?.coSenders).toEqual([{ fullName: 'B', idNumber: null, phone: null, address: null, isRepresentative: true }]);
    expect(hidden.data[0]?.signers).toEqual(record.signers);
    expect(hidden.data[0]?.createdAt).toBe(when);
    // The input is not changed in place.
    expect(record.sender.idNumber).toBe('062088000222');
  });

  it('passes through values without senders', () => {
    expect(hideContactFields(null)).toBeNull();
    expect(hideContactFields([1, 'a'])).toEqual([1, 'a']);
    const buffer = Buffer.from('x');
    expect(hideContactFields({ content: buffer })).toEqual({ content: buffer });
  });
});
