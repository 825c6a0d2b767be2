import { describe, expect, it } from 'vitest';
import { toSplitItems, validateSplit } from './split-form';

describe('split form', () => {
  it('needs at least two items, each with a kind, a summary and content', () => {
    const errors = validateSplit({ items: [{ kind: 'complaint', summary: 'Khiếu nại quyết định', content: 'x' }] });
    expect(errors).toEqual({ items: 'Tách đơn thành ít nhất hai nội dung.' });
    const rows = validateSplit({ items: [{ kind: '', summary: 'ab', content: '' }, { kind: 'denunciation', summary: 'Tố cáo cán bộ', content: 'y' }] });
    expect(rows).toMatchObject({ items: { '0': { kind: expect.any(String), summary: expect.stringContaining('5 ký tự'), content: 'Nội dung là bắt buộc.' } } });
  });

  it('accepts a valid split and sends only the three fields', () => {
    const items = [
      { kind: 'complaint', summary: 'Khiếu nại quyết định', content: 'a', extra: 1 },
      { kind: 'recommendation', summary: 'Kiến nghị sửa quy định', content: 'b' },
    ];
    expect(validateSplit({ items })).toEqual({});
    expect(toSplitItems(items)[0]).toEqual({ kind: 'complaint', summary: 'Khiếu nại quyết định', content: 'a' });
  });
});
