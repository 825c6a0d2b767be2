import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.js';
import { identityTerms, isIdentityProtected, MASK, maskIdentity, pseudonym, type ProtectedIdentity } from './identity.js';

const who: ProtectedIdentity = {
  fullName: 'Nguyễn Thị Hoà',
  address: '12 Trần Phú, phường Quyết Thắng, tỉnh Kon Tum',
  idNumber: '062123456789',
  phone: '0905123456',
  email: 'hoa.nguyen@example.vn',
};

describe('identity protection', () => {
  it('protects every denunciation, and other letters on request', () => {
    expect(isIdentityProtected('denunciation', false)).toBe(true);
    expect(isIdentityProtected('mixed', false)).toBe(false);
    expect(isIdentityProtected('mixed', true)).toBe(true);
    expect(isIdentityProtected('complaint', false)).toBe(false);
    expect(isIdentityProtected('complaint', true)).toBe(true);
  });

  it('names signers A, B, … Z, AA in the order written', () => {
    expect(pseudonym('denunciation', 0)).toBe('Người tố cáo A');
    expect(pseudonym('denunciation', 1)).toBe('Người tố cáo B');
    expect(pseudonym('complaint', 25)).toBe('Người khiếu nại Z');
    expect(pseudonym('complaint', 26)).toBe('Người khiếu nại AA');
  });

  it('masks the name by the pseudonym and other details, whatever the spelling', () => {
    const text =
      'Tôi tên là NGUYEN THI HOA, CCCD 062 123 456 789, ở 12 Trần Phú, phường Quyết Thắng, tỉnh Kon Tum; ĐT +84 905.123.456, thư hoa.nguyen@example.vn. Ký tên: Nguyễn Thị Hoà.';
    const masked = maskIdentity(text, who, 'Người tố cáo A');
    expect(masked).toBe(`Tôi tên là Người tố cáo A, CCCD ${MASK}, ở ${MASK}; ĐT ${MASK}, thư ${MASK}. Ký tên: Người tố cáo A.`);
  });

  it('leaves words that merely contain a name alone', () => {
    const short = { ...who, fullName: 'Lê An', address: '', idNumber: null, phone: null, email: null };
    expect(maskIdentity('Lê Anh và Lê An cùng ký.', short, 'Người khiếu nại A')).toBe('Lê Anh và Người khiếu nại A cùng ký.');
  });

  it('leaves no identifying term in any text it masks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Kính gửi', ' ', '\n', 'ông', ...identityTerms(who), 'NGUYỄN THỊ HOÀ', '0905 123 456', 'xin cảm ơn.')), (parts) => {
        const masked = foldVietnamese(maskIdentity(parts.join(' '), who, 'Người tố cáo A'));
        for (const term of identityTerms(who)) expect(masked).not.toContain(foldVietnamese(term));
        expect(masked.replace(/\D/g, '')).not.toContain('905123456');
      }),
    );
  });
});
