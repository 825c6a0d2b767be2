import { describe, expect, it } from 'vitest';
import { isCurrentSection, mainNav, site } from './site';

describe('site', () => {
  it('names the portal and its agency', () => {
    expect(site.fullName).toBe(
      'Cổng công khai kết quả giải quyết khiếu nại, tố cáo – Sở Nội vụ tỉnh Kon Tum',
    );
  });

  it('links every section, with diacritic-free paths', () => {
    expect(mainNav.map((i) => i.href)).toEqual(['/', '/cong-khai', '/lich-tiep-cong-dan', '/tra-cuu', '/thong-ke', '/huong-dan']);
    for (const item of mainNav) expect(item.href).toMatch(/^\/[a-z-]*$/);
  });

  it('has unique navigation targets', () => {
    const hrefs = mainNav.map((i) => i.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('isCurrentSection', () => {
  it('matches the home page only on "/"', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/', '/cong-khai')).toBe(false);
  });

  it('matches a section and the pages under it', () => {
    expect(isCurrentSection('/cong-khai', '/cong-khai')).toBe(true);
    expect(isCurrentSection('/cong-khai', '/cong-khai/')).toBe(true);
    expect(isCurrentSection('/cong-khai', '/cong-khai/12-kl-snv')).toBe(true);
    expect(isCurrentSection('/cong-khai', '/cong-khai-khac')).toBe(false);
  });
});
