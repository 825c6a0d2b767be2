import { defaultCatalogueItems } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../catalogues/catalogue-tree';
import { fieldChoices, fieldName } from './field-options';

const items: CatalogueEntry[] = defaultCatalogueItems.map((item) => ({ ...item, isActive: item.code !== 'hanh_chinh.van_thu_luu_tru' }));
const inactive = (name: string) => `${name} (ngừng sử dụng)`;

describe('fieldChoices', () => {
  it('offers the active fields only, each child named with its parent, in reading order', () => {
    const choices = fieldChoices(items, null, inactive);
    expect(choices.slice(0, 2)).toEqual([
      { id: 'hanh_chinh', name: 'Hành chính' },
      { id: 'hanh_chinh.che_do_chinh_sach', name: 'Hành chính › Chế độ, chính sách' },
    ]);
    expect(choices.map((c) => c.id)).not.toContain('hanh_chinh.van_thu_luu_tru');
    expect(choices.map((c) => c.id)).not.toContain('quoc_hoi_hdnd');
    expect(choices.at(-1)).toEqual({ id: 'khac', name: 'Khác' });
  });

  it('keeps a letter\'s inactive or unknown field on screen, marked and not selectable', () => {
    expect(fieldChoices(items, 'hanh_chinh.van_thu_luu_tru', inactive).at(-1)).toEqual({
      id: 'hanh_chinh.van_thu_luu_tru',
      name: 'Hành chính › Văn thư, lưu trữ (ngừng sử dụng)',
      disabled: true,
    });
    expect(fieldChoices(items, 'da_xoa', inactive).at(-1)).toEqual({ id: 'da_xoa', name: 'da_xoa (ngừng sử dụng)', disabled: true });
    expect(fieldChoices(items, 'tu_phap', inactive).filter((c) => c.id === 'tu_phap')).toHaveLength(1);
  });
});

describe('fieldName', () => {
  it('names the field with its parent, falls back to the code, and is empty without one', () => {
    expect(fieldName(items, 'hanh_chinh.ky_luat')).toBe('Hành chính › Kỷ luật cán bộ, công chức, viên chức');
    expect(fieldName(items, 'khong_co')).toBe('khong_co');
    expect(fieldName(items, null)).toBe('');
    // "hanh_chinh" is also a transfer target: only the field catalogue counts.
    expect(fieldName(items, 'hanh_chinh')).toBe('Hành chính');
  });
});
