/** URL parameters of list pages. Vietnamese names, so shared links read naturally. */
export const PAGE_PARAM = 'trang';
export const SEARCH_PARAM = 'q';
/** The public router refuses longer searches. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * `?trang=`: absent → 1; a positive integer written canonically → that page;
 * anything else ("0", "02", "abc", "1.5") → null, which the page answers with 404.
 */
export function parsePageParam(raw: string | null): number | null {
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** A search as typed → what is sent to the API: one line, single spaces, at most 200 characters. */
export function normalizeSearch(raw: string | null): string {
  return (raw ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SEARCH_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim();
}

export const lastPageOf = (total: number, perPage: number): number => Math.max(1, Math.ceil(total / perPage));

/**
 * A stable list URL: filters in the order given (empty ones left out), then the page,
 * omitted on page 1. `listHref('/cong-khai', { q: 'luu tru' }, 2)` → `/cong-khai?q=luu+tru&trang=2`.
 */
export function listHref(path: string, filters: Readonly<Record<string, string | undefined>>, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export type PageLink = { kind: 'page'; page: number; isCurrent: boolean } | { kind: 'gap' };

/**
 * The page numbers a pager shows: the first, the last and `radius` pages either side of
 * the current one; a gap stands for two or more skipped pages (a single one is shown).
 */
export function pageWindow(current: number, last: number, radius = 1): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= last) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) links.push({ kind: 'page', page: page - 1, isCurrent: page - 1 === current });
    else if (page - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page, isCurrent: page === current });
    previous = page;
  }
  return links;
}

/** A search as shown in titles: long ones are cut at a word and end with "…". */
export function shortenForTitle(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** "Tìm thấy 45 văn bản phù hợp với “luu tru” — hiển thị 21–40, trang 2/3." */
export function describeResults(r: { total: number; shown: number; page: number; perPage: number; q: string }): string {
  const found = r.q ? `Tìm thấy ${r.total} văn bản phù hợp với “${r.q}”` : `Có ${r.total} văn bản`;
  const lastPage = lastPageOf(r.total, r.perPage);
  if (lastPage <= 1) return `${found}.`;
  const first = (r.page - 1) * r.perPage + 1;
  return `${found} — hiển thị ${first}–${first + r.shown - 1}, trang ${r.page}/${lastPage}.`;
}
