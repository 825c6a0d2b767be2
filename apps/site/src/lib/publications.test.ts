import { describe, expect, it } from 'vitest';
import {
  isTakenDown,
  paragraphsOf,
  PublicationDetailSchema,
  publicationKindLabel,
  publicationKindLabels,
  PublicationsPageSchema,
  publicationPath,
} from './publications';

describe('publication kinds', () => {
  it('names each kind in Vietnamese', () => {
    expect(publicationKindLabel('denunciation_conclusion')).toBe('Kết luận nội dung tố cáo');
    expect(publicationKindLabel('complaint_decision')).toBe('Quyết định giải quyết khiếu nại');
    expect(publicationKindLabel('inspection_conclusion')).toBe('Kết luận thanh tra');
    expect(Object.keys(publicationKindLabels)).toHaveLength(3);
  });
});

describe('isTakenDown', () => {
  it('is true only for a taken-down publication', () => {
    expect(isTakenDown({ state: 'taken_down' })).toBe(true);
    expect(isTakenDown({ state: 'published' })).toBe(false);
  });
});

describe('publicationPath', () => {
  it('puts the slug under /cong-khai', () => {
    expect(publicationPath('31-kl-snv-ket-luan')).toBe('/cong-khai/31-kl-snv-ket-luan');
    expect(publicationPath('a/b c')).toBe('/cong-khai/a%2Fb%20c');
  });
});

describe('PublicationsPageSchema', () => {
  const item = {
    slug: '31-kl-snv-ket-luan',
    kind: 'denunciation_conclusion',
    title: 'Kết luận nội dung tố cáo',
    summary: 'Tố cáo không đúng.',
    documentNumber: '31/KL-SNV',
    signedDate: '2026-10-28',
    publishedAt: '2026-11-04T02:00:00.000Z',
    postedFrom: '2026-11-04',
    postedUntil: '2026-11-19',
    state: 'published',
    takedownReason: null,
    takenDownAt: null,
    agencyName: 'Sở Nội vụ tỉnh Kon Tum',
    fieldName: 'Tổ chức bộ máy',
    legalBasis: 'Luật Tố cáo 2018, Điều 40',
    archived: false,
  };

  it('accepts what the public router returns', () => {
    expect(PublicationsPageSchema.parse({ data: [item], total: 1 }).data[0]?.slug).toBe(item.slug);
  });

  it('refuses a malformed answer', () => {
    expect(PublicationsPageSchema.safeParse({ total: 1 }).success).toBe(false);
    expect(PublicationsPageSchema.safeParse({ data: [{ ...item, signedDate: '28/10/2026' }], total: 1 }).success).toBe(false);
    expect(PublicationsPageSchema.safeParse({ data: [{ ...item, state: 'draft' }], total: 1 }).success).toBe(false);
  });
});

describe('PublicationDetailSchema', () => {
  it('needs the redacted text', () => {
    expect(PublicationDetailSchema.safeParse({ slug: 'a' }).success).toBe(false);
  });
});

describe('paragraphsOf', () => {
  it('makes one paragraph per non-blank line', () => {
    expect(paragraphsOf('Căn cứ Luật Tố cáo;\r\n\n  Xét đề nghị…  \n')).toEqual(['Căn cứ Luật Tố cáo;', 'Xét đề nghị…']);
    expect(paragraphsOf('')).toEqual([]);
  });
});
