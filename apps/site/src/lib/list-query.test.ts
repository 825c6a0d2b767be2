import { describe, expect, it } from 'vitest';
import {
  describeResults,
  filterInput,
  filterParams,
  hasFilters,
  isCanonicalQuery,
  lastPageOf,
  listHref,
  normalizeSearch,
  pageWindow,
  parsePageParam,
  parsePublicationFilters,
  shortenForTitle,
  type PageLink,
} from './list-query';

describe('parsePageParam', () => {
  it('reads page 1 when absent and a canonical positive integer otherwise', () => {
    expect(parsePageParam(null)).toBe(1);
    expect(parsePageParam('1')).toBe(1);
    expect(parsePageParam('27')).toBe(27);
  });

  it('refuses anything that is not a canonical page number', () => {
    for (const raw of ['', '0', '-1', '02', '1.5', 'abc', '1e3', ' 2', '9999999']) {
      expect(parsePageParam(raw), raw).toBeNull();
    }
  });
});

describe('normalizeSearch', () => {
  it('trims and collapses whitespace and control characters', () => {
    expect(normalizeSearch(null)).toBe('');
    expect(normalizeSearch('  lưu   trữ \n\t ')).toBe('lưu trữ');
    expect(normalizeSearch('a\u0000b')).toBe('a b');
  });

  it('composes decomposed Vietnamese (NFD → NFC)', () => {
    expect(normalizeSearch('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });

  it('keeps at most 200 characters without splitting a surrogate pair', () => {
    expect(normalizeSearch('a'.repeat(500))).toHaveLength(200);
    const cut = normalizeSearch(`${'a'.repeat(199)}😀`);
    expect(cut).toBe('a'.repeat(199));
  });
});

describe('lastPageOf', () => {
  it('is at least 1 and rounds up', () => {
    expect(lastPageOf(0, 20)).toBe(1);
    expect(lastPageOf(20, 20)).toBe(1);
    expect(lastPageOf(21, 20)).toBe(2);
  });
});

describe('listHref', () => {
  it('builds stable URLs: filters in order, empty ones and page 1 omitted', () => {
    expect(listHref('/cong-khai', {})).toBe('/cong-khai');
    expect(listHref('/cong-khai', { q: '' }, 1)).toBe('/cong-khai');
    expect(listHref('/cong-khai', { q: 'luu tru' })).toBe('/cong-khai?q=luu+tru');
    expect(listHref('/cong-khai', { q: 'luu tru' }, 2)).toBe('/cong-khai?q=luu+tru&trang=2');
    expect(listHref('/cong-khai', { q: undefined }, 3)).toBe('/cong-khai?trang=3');
    expect(listHref('/cong-khai', { q: 'Kết luận & 12/KL' }, 2)).toBe(
      '/cong-khai?q=K%E1%BA%BFt+lu%E1%BA%ADn+%26+12%2FKL&trang=2',
    );
  });
});

const render = (links: PageLink[]) =>
  links.map((l) => (l.kind === 'gap' ? '…' : l.isCurrent ? `[${l.page}]` : String(l.page))).join(' ');

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(render(pageWindow(1, 1))).toBe('[1]');
    expect(render(pageWindow(2, 3))).toBe('1 [2] 3');
    expect(render(pageWindow(1, 4))).toBe('[1] 2 3 4');
  });

  it('keeps the first, the last and the neighbours of the current page', () => {
    expect(render(pageWindow(1, 10))).toBe('[1] 2 … 10');
    expect(render(pageWindow(5, 10))).toBe('1 … 4 [5] 6 … 10');
    expect(render(pageWindow(10, 10))).toBe('1 … 9 [10]');
  });

  it('shows a single skipped page instead of a gap', () => {
    expect(render(pageWindow(4, 10))).toBe('1 2 3 [4] 5 … 10');
  });
});

describe('shortenForTitle', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(shortenForTitle('luu tru')).toBe('luu tru');
    expect(shortenForTitle('ket luan to cao doi voi giam doc trung tam luu tru lich su tinh kon tum', 30)).toBe(
      'ket luan to cao doi voi giam…',
    );
    expect(shortenForTitle('a'.repeat(100), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});

describe('describeResults', () => {
  it('states the count, and the range when there are several pages', () => {
    expect(describeResults({ total: 3, shown: 3, page: 1, perPage: 20, q: '' })).toBe('Có 3 văn bản.');
    expect(describeResults({ total: 1, shown: 1, page: 1, perPage: 20, q: 'luu tru' })).toBe(
      'Tìm thấy 1 văn bản phù hợp với “luu tru”.',
    );
    expect(describeResults({ total: 45, shown: 20, page: 2, perPage: 20, q: 'luu tru' })).toBe(
      'Tìm thấy 45 văn bản phù hợp với “luu tru” — hiển thị 21–40, trang 2/3.',
    );
    expect(describeResults({ total: 45, shown: 5, page: 3, perPage: 20, q: '' })).toBe(
      'Có 45 văn bản — hiển thị 41–45, trang 3/3.',
    );
  });
});

describe('parsePublicationFilters', () => {
  const parse = (query: string) => parsePublicationFilters(new URLSearchParams(query));
  const agency = '3f2b8c1e-0a4d-4e5f-9b6a-1c2d3e4f5a6b';

  it('reads every valid filter', () => {
    expect(parse(`q=luu+tru&nam=2026&loai=complaint_decision&co-quan=${agency}&linh-vuc=dat_dai`)).toEqual({
      q: 'luu tru',
      year: 2026,
      kind: 'complaint_decision',
      agency,
      field: 'dat_dai',
    });
  });

  it('ignores bad values instead of failing', () => {
    expect(parse('nam=26&loai=draft&co-quan=1%20OR%201=1&linh-vuc=%3Cscript%3E')).toEqual({ q: '' });
    expect(parse('nam=abcd&loai=&co-quan=&linh-vuc=')).toEqual({ q: '' });
    expect(parse('nam=2026.5')).toEqual({ q: '' });
    expect(parse(`linh-vuc=${'a'.repeat(51)}`)).toEqual({ q: '' });
  });

  it('writes the agency id in one case, so a list has one URL', () => {
    expect(parse(`co-quan=${agency.toUpperCase()}`).agency).toBe(agency);
  });
});

describe('filterParams and filterInput', () => {
  it('put the filters in one stable order and leave out absent ones', () => {
    const href = listHref('/cong-khai', filterParams({ q: '', field: 'dat_dai', year: 2025 }), 2);
    expect(href).toBe('/cong-khai?nam=2025&linh-vuc=dat_dai&trang=2');
    expect(filterInput({ q: '', year: 2025 })).toEqual({ year: 2025 });
    expect(filterInput({ q: 'a', kind: 'inspection_conclusion' })).toEqual({ q: 'a', kind: 'inspection_conclusion' });
    expect(hasFilters({ q: '' })).toBe(false);
    expect(hasFilters({ q: '', year: 2025 })).toBe(true);
  });

  it('describe a filtered list', () => {
    expect(describeResults({ total: 2, shown: 2, page: 1, perPage: 20, q: '', isFiltered: true })).toBe(
      'Tìm thấy 2 văn bản phù hợp với bộ lọc.',
    );
  });
});

describe('isCanonicalQuery', () => {
  it('accepts the canonical query however spaces are encoded', () => {
    expect(isCanonicalQuery('', '/cong-khai')).toBe(true);
    expect(isCanonicalQuery('?q=luu%20tru&trang=2', '/cong-khai?q=luu+tru&trang=2')).toBe(true);
  });

  it('refuses empty parameters, other orders and dropped values', () => {
    expect(isCanonicalQuery('?q=a&nam=&loai=', '/cong-khai?q=a')).toBe(false);
    expect(isCanonicalQuery('?nam=2025&q=a', '/cong-khai?q=a&nam=2025')).toBe(false);
    expect(isCanonicalQuery('?loai=draft', '/cong-khai')).toBe(false);
  });
});
