import { CatalogueItemSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { cleanItemValues, itemResolver, parentChoices, parentError } from './catalogue-form';
import type { CatalogueEntry } from './catalogue-tree';

const entry = (code: string, parentCode: string | null, extra: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  catalogue: 'field',
  code,
  name: `Tên ${code}`,
  parentCode,
  sortOrder: 0,
  isActive: true,
  ...extra,
});

const items = [
  entry('hanh_chinh', null),
  entry('hanh_chinh.ky_luat', 'hanh_chinh'),
  entry('hanh_chinh.ky_luat.cong_chuc', 'hanh_chinh.ky_luat'),
  entry('cu', null, { isActive: false }),
  entry('kn_dung', null, { catalogue: 'result_type' }),
];

// A row as catalogues.getOne returns it.
const row = {
  id: '0b7c1f7e-4d2b-4c41-9e0a-3c2d1e0f9a8b',
  catalogue: 'field',
  code: 'hanh_chinh.ky_luat',
  name: 'Kỷ luật',
  parentCode: 'hanh_chinh',
  nationalCode: null,
  sortOrder: 15,
  isActive: true,
  version: 3,
  updatedAt: '2026-11-30T12:37:33.882Z',
};

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('parentChoices', () => {
  it('offers the active items of the same catalogue, named with their parents', () => {
    expect(parentChoices(items, { catalogue: 'field', code: 'moi' })).toEqual([
      { id: 'hanh_chinh', name: 'Tên hanh_chinh' },
      { id: 'hanh_chinh.ky_luat', name: 'Tên hanh_chinh › Tên hanh_chinh.ky_luat' },
      { id: 'hanh_chinh.ky_luat.cong_chuc', name: 'Tên hanh_chinh › Tên hanh_chinh.ky_luat › Tên hanh_chinh.ky_luat.cong_chuc' },
    ]);
  });

  it('leaves out the item itself and everything below it, by the saved code', () => {
    const ids = parentChoices(items, { catalogue: 'field', code: 'typed_over', parentCode: 'hanh_chinh' }, 'hanh_chinh.ky_luat').map((c) => c.id);
    expect(ids).toEqual(['hanh_chinh']);
  });

  it('keeps an inactive current parent so the form shows what is saved', () => {
    expect(parentChoices(items, { catalogue: 'field', parentCode: 'cu' }).map((c) => c.id)).toContain('cu');
  });

  it('offers nothing before a catalogue is chosen', () => {
    expect(parentChoices(items, { code: 'x' })).toEqual([]);
  });
});

describe('parentError', () => {
  it('refuses a parent from another catalogue and the item itself, accepts a proper one or none', () => {
    expect(parentError(items, { catalogue: 'result_type', code: 'x', parentCode: 'hanh_chinh' })).toMatch(/cùng danh mục/);
    expect(parentError(items, { catalogue: 'field', code: 'a', parentCode: 'a' })).toMatch(/cùng danh mục/);
    expect(parentError(items, { catalogue: 'field', code: 'a', parentCode: 'hanh_chinh' })).toBeUndefined();
    expect(parentError(items, { catalogue: 'field', code: 'a', parentCode: null })).toBeUndefined();
  });
});

describe('cleanItemValues and itemResolver', () => {
  it('sends only schema fields, and an emptied sort order as the default', () => {
    const cleaned = cleanItemValues({ ...row, sortOrder: null });
    expect(Object.keys(cleaned).sort()).toEqual(['catalogue', 'code', 'isActive', 'name', 'nationalCode', 'parentCode']);
    expect(CatalogueItemSchema.parse(cleaned).sortOrder).toBe(0);
  });

  it('accepts a loaded row as it is', async () => {
    const result = await itemResolver(items, row.code)({ ...row }, undefined, options);
    expect(result.errors).toEqual({});
  });

  it('shows the schema message on the code and the parent message on the parent, together', async () => {
    const result = await itemResolver(items)({ ...row, code: 'Có Dấu', parentCode: 'kn_dung' }, undefined, options);
    expect(result.errors).toMatchObject({
      code: { message: 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (tối đa 50 ký tự).' },
      parentCode: { type: 'validate' },
    });
  });

  it('checks the parent only once the items are loaded', async () => {
    const result = await itemResolver([])({ ...row, parentCode: 'not_loaded_yet' }, undefined, options);
    expect(result.errors).toEqual({});
  });
});
