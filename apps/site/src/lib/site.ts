/**
 * Who publishes the portal and what it links to. The organisation changes with
 * administrative reforms, so these strings live here and nowhere else.
 */
const name = 'Cổng công khai kết quả giải quyết khiếu nại, tố cáo';
const agency = 'Sở Nội vụ tỉnh Kon Tum';

export const site = {
  name,
  agency,
  /** The portal's full title, used on the home page and in Open Graph. */
  fullName: `${name} – ${agency}`,
  description: `Kết luận nội dung tố cáo, quyết định giải quyết khiếu nại và kết luận thanh tra do ${agency} công khai theo quy định của pháp luật.`,
} as const;

export type NavItem = { href: string; label: string };

/** Main navigation, in display order. A new section adds one line here. */
export const mainNav: readonly NavItem[] = [
  { href: '/', label: 'Trang chủ' },
  { href: '/cong-khai', label: 'Kết quả công khai' },
  { href: '/lich-tiep-cong-dan', label: 'Lịch tiếp công dân' },
  { href: '/tra-cuu', label: 'Tra cứu đơn' },
  { href: '/thong-ke', label: 'Thống kê' },
  { href: '/huong-dan', label: 'Hướng dẫn gửi đơn' },
];

/** The feed of the latest publications, linked from every page's head. */
export const RSS_PATH = '/rss.xml';

/** Whether `href` is the section the visitor is in ("/" matches only itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (href === '/') return path === '/';
  return path === href || path.startsWith(`${href}/`);
}

export type ExternalLink = { href: string; label: string; note?: string };

/** Official sources cited by the "how to file" section. */
export const legalLinks: readonly ExternalLink[] = [
  {
    href: 'https://vbpl.vn/',
    label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
    note: 'Luật Tiếp công dân 2013, Luật Khiếu nại 2011, Luật Tố cáo 2018 và các văn bản hướng dẫn',
  },
  {
    href: 'https://dichvucong.gov.vn/',
    label: 'Cổng Dịch vụ công quốc gia',
    note: 'gửi phản ánh, kiến nghị trực tuyến',
  },
];
