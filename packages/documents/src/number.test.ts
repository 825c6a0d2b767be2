import { describe, expect, it } from 'vitest';
import { documentFileName } from './file-name.js';
import { DRAFT_NUMBER_GAP, formatNumberLine } from './number.js';

describe('number and symbol line', () => {
  it('prints "Số: 12/TB-SNV"', () => {
    expect(formatNumberLine(12, 'TB-SNV')).toBe('Số: 12/TB-SNV');
    expect(formatNumberLine(1234, 'QĐ-SNV')).toBe('Số: 1234/QĐ-SNV');
  });

  it('pads numbers below 10 with a zero', () => {
    expect(formatNumberLine(5, 'PC-SNV')).toBe('Số: 05/PC-SNV');
  });

  it('leaves a blank for the clerk on a draft', () => {
    expect(formatNumberLine(null, 'TB-SNV')).toBe('Số:      /TB-SNV');
    expect(formatNumberLine(null, 'TB-SNV')).toBe(`Số:${DRAFT_NUMBER_GAP}/TB-SNV`);
  });
});

describe('documentFileName', () => {
  it('is diacritic-free, with number, symbol and year', () => {
    expect(documentFileName({ title: 'THÔNG BÁO', number: 12, symbol: 'TB-SNV', date: '2026-03-05' })).toBe('thong-bao-12-TB-SNV-2026.docx');
    expect(documentFileName({ title: 'QUYẾT ĐỊNH', number: 3, symbol: 'QĐ-SNV', date: '2026-01-02' })).toBe('quyet-dinh-03-QD-SNV-2026.docx');
    expect(documentFileName({ title: 'KẾT LUẬN NỘI DUNG TỐ CÁO', number: 7, symbol: 'KL-SNV', date: '2026-05-02' })).toBe(
      'ket-luan-noi-dung-to-cao-07-KL-SNV-2026.docx',
    );
  });

  it('names drafts and official letters', () => {
    expect(documentFileName({ title: 'THÔNG BÁO', number: null, symbol: 'TB-SNV', date: '2026-03-05' })).toBe('thong-bao-du-thao-TB-SNV-2026.docx');
    expect(documentFileName({ title: null, number: 40, symbol: 'SNV-TTr', date: '2026-03-05' })).toBe('cong-van-40-SNV-TTr-2026.docx');
  });

  it('only ever contains safe ASCII', () => {
    const name = documentFileName({ title: 'PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN', number: 1, symbol: 'PĐX-TTr', date: '2026-03-05' });
    expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(name).toBe('phieu-de-xuat-thu-ly-don-01-PDX-TTr-2026.docx');
  });
});
