import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentDisposition, cleanFileName } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('folds Vietnamese for the plain filename and keeps it whole in filename*', () => {
    const header = attachmentDisposition('Quyết định số 12/QĐ-SNV (đính chính).pdf');
    expect(header).toBe(
      `attachment; filename="Quyet dinh so 12_QD-SNV (dinh chinh).pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2012%2FQ%C4%90-SNV%20%28%C4%91%C3%ADnh%20ch%C3%ADnh%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(asciiFileName('a"b\\c')).toBe('a_b_c');
  });

  it('never sends an empty fallback name', () => {
    expect(asciiFileName('   ')).toBe('tep-dinh-kem');
  });
});

describe('cleanFileName', () => {
  it('drops folders and control characters and stores NFC', () => {
    expect(cleanFileName('C:\\Users\\a\\Đơn\u0000 .pdf')).toBe('Đơn .pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('Hường.pdf'.normalize('NFD'))).toBe('Hường.pdf'.normalize('NFC'));
  });

  it('keeps the extension when it shortens a long name', () => {
    const name = cleanFileName(`${'x'.repeat(400)}.docx`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.docx')).toBe(true);
  });
});
