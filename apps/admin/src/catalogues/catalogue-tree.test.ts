import { defaultCatalogueItems } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { depthOf, descendantCodes, parentName, pathLabel, treeOrder, type CatalogueEntry } from './catalogue-tree';

const seed: CatalogueEntry[] = defaultCatalogueItems.map((item) => ({ ...item, isActive: true }));
const item = (code: string, parentCode: string | null, sortOrder: number, catalogue: CatalogueEntry['catalogue'] = 'field'): CatalogueEntry => ({
  catalogue,
  code,
  name: code.toUpperCase(),
  parentCode,
  sortOrder,
  isActive: true,
});

describe('pathLabel', () => {
  it('names a child with its parent and a top item alone', () => {
    const child = seed.find((entry) => entry.code === 'hanh_chinh.ky_luat');
    const top = seed.find((entry) => entry.code === 'tu_phap');
    expect(child && pathLabel(child, seed)).toBe('Hành chính › Kỷ luật cán bộ, công chức, viên chức');
    expect(top && pathLabel(top, seed)).toBe('Tư pháp');
  });

  it('looks the parent up in the same catalogue only, codes repeat across catalogues', () => {
    const items = [item('khac', null, 1, 'transfer_target'), item('x', 'khac', 2)];
    const [, child] = items;
    expect(child && pathLabel(child, items)).toBe('X');
  });

  it('stops on a loop in the data instead of hanging', () => {
    const items = [item('a', 'b', 1), item('b', 'a', 2)];
    const [first] = items;
    expect(first && pathLabel(first, items)).toBe('B › A');
  });
});

describe('treeOrder', () => {
  it('puts each parent before its children, siblings by sort order then code', () => {
    const items = [item('c1', 'c', 2), item('b', null, 20), item('c', null, 10), item('c0', 'c', 1), item('c0.x', 'c0', 1)];
    expect(treeOrder(items).map((entry) => entry.code)).toEqual(['c', 'c0', 'c0.x', 'c1', 'b']);
  });

  it('keeps every item once: orphans as top items, loops at the end', () => {
    const items = [item('orphan', 'gone', 5), item('a', 'b', 1), item('b', 'a', 2), item('top', null, 1)];
    const ordered = treeOrder(items).map((entry) => entry.code);
    expect(ordered).toHaveLength(4);
    expect(ordered.slice(0, 2)).toEqual(['top', 'orphan']);
    expect(new Set(ordered)).toEqual(new Set(['orphan', 'a', 'b', 'top']));
  });

  it('orders the seed with every child right after its parent', () => {
    const codes = treeOrder(seed.filter((entry) => entry.catalogue === 'field')).map((entry) => entry.code);
    expect(codes.slice(0, 3)).toEqual(['hanh_chinh', 'hanh_chinh.che_do_chinh_sach', 'hanh_chinh.dat_dai_nha_cua']);
    expect(codes.indexOf('tu_phap')).toBe(codes.indexOf('hanh_chinh.khac') + 1);
  });
});

describe('descendantCodes, depthOf and parentName', () => {
  const items = [item('a', null, 1), item('a.b', 'a', 1), item('a.b.c', 'a.b', 1), item('d', null, 2), item('a', null, 1, 'result_type')];

  it('finds the items below one at any depth, in its catalogue', () => {
    expect(descendantCodes(items, 'field', 'a')).toEqual(new Set(['a.b', 'a.b.c']));
    expect(descendantCodes(items, 'result_type', 'a')).toEqual(new Set());
  });

  it('tells the depth for indenting and the parent name, or its code when missing', () => {
    const [top, , grandchild] = items;
    expect(top && depthOf(top, items)).toBe(0);
    expect(grandchild && depthOf(grandchild, items)).toBe(2);
    expect(grandchild && parentName(grandchild, items)).toBe('A.B');
    expect(parentName(item('x', 'gone', 1), items)).toBe('gone');
    expect(top && parentName(top, items)).toBeNull();
  });
});
