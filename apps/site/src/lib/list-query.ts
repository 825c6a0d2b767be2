import { type PublicationKind, publicationKinds } from './publications';

/** URL parameters of list pages. Vietnamese names, so shared links read naturally. */
export const PAGE_PARAM = 'trang';
export const SEARCH_PARAM = 'q';
export const YEAR_PARAM = 'nam';
export const KIND_PARAM = 'loai';
export const AGENCY_PARAM = 'co-quan';
export const FIELD_PARAM = 'linh-vuc';
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

/** The filters of the publication list, each present only when its URL value is valid. */
export type PublicationFilters = {
  q: string;
  year?: number;
  kind?: PublicationKind;
  agency?: string;
  field?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Catalogue codes are short identifiers; anything else cannot be one.
const CATALOGUE_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

/**
 * Reads the list filters from the query string. A bad value (a hand-edited URL, an old link)
 * is ignored rather than answered with an error: the visitor still gets a useful list.
 */
export function parsePublicationFilters(params: URLSearchParams): PublicationFilters {
  const filters: PublicationFilters = { q: normalizeSearch(params.get(SEARCH_PARAM)) };
  const year = params.get(YEAR_PARAM);
  if (year && /^(19|20|21)\d{2}$/.test(year)) filters.year = Number(year);
  const kind = params.get(KIND_PARAM);
  if (kind && (publicationKinds as readonly string[]).includes(kind)) filters.kind = kind as PublicationKind;
  const agency = params.get(AGENCY_PARAM);
  if (agency && UUID.test(agency)) filters.agency = agency.toLowerCase();
  const field = params.get(FIELD_PARAM);
  if (field && CATALOGUE_CODE.test(field)) filters.field = field;
  return filters;
}

/** The filters as URL parameters, in the one order every link uses, so each list has one URL. */
export function filterParams(f: PublicationFilters): Record<string, string | undefined> {
  return {
    [SEARCH_PARAM]: f.q || undefined,
    [YEAR_PARAM]: f.year?.toString(),
    [KIND_PARAM]: f.kind,
    [AGENCY_PARAM]: f.agency,
    [FIELD_PARAM]: f.field,
  };
}

/** The filters as the public router's input fields (absent ones left out). */
export function filterInput(f: PublicationFilters): { q?: string; year?: number; kind?: PublicationKind; agency?: string; field?: string } {
  return {
    ...(f.q ? { q: f.q } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.agency ? { agency: f.agency } : {}),
    ...(f.field ? { field: f.field } : {}),
  };
}

export const hasFilters = (f: PublicationFilters): boolean => Object.keys(filterInput(f)).length > 0;

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

/** Whether a request's query string says the same as the canonical URL's, however it is encoded. */
export function isCanonicalQuery(search: string, canonicalHref: string): boolean {
  const canonical = canonicalHref.includes('?') ? canonicalHref.slice(canonicalHref.indexOf('?')) : '';
  return new URLSearchParams(search).toString() === new URLSearchParams(canonical).toString();
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
export function describeResults(r: {
  total: number;
  shown: number;
  page: number;
  perPage: number;
  q: string;
  isFiltered?: boolean;
}): string {
  const found = r.q
    ? `Tìm thấy ${r.total} văn bản phù hợp với “${r.q}”`
    : r.isFiltered
      ? `Tìm thấy ${r.total} văn bản phù hợp với bộ lọc`
      : `Có ${r.total} văn bản`;
  const lastPage = lastPageOf(r.total, r.perPage);
  if (lastPage <= 1) return `${found}.`;
  const first = (r.page - 1) * r.perPage + 1;
  return `${found} — hiển thị ${first}–${first + r.shown - 1}, trang ${r.page}/${lastPage}.`;
}
