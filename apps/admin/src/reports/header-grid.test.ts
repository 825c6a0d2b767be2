import { form01Tcd, form02Xld, leafColumns } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { columnTreeOf, headerDepth, headerRows, unconfirmedColumns, type HeaderCell, type HeaderNode } from './header-grid';

const leaf = (number: number, header: string): HeaderNode => ({ number, header, confidence: 'S' });

/** Lays the cells out on a grid as a browser would, to check that merged cells tile it exactly. */
function occupancy(rows: HeaderCell[][]): (string | undefined)[][] {
  const width = rows[0]?.reduce((sum, c) => sum + c.colSpan, 0) ?? 0;
  const grid: (string | undefined)[][] = rows.map(() => Array.from({ length: width }, () => undefined));
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]?.[col] !== undefined) col += 1;
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          const line = grid[r + dr];
          if (!line || line[col + dc] !== undefined) throw new Error(`overlap at ${String(r + dr)},${String(col + dc)}`);
          line[col + dc] = cell.key;
        }
      }
      col += cell.colSpan;
    }
  });
  return grid;
}

describe('headerRows', () => {
  it('spans a group across its columns and a column down to the last header row', () => {
    const tree: HeaderNode[] = [
      { header: 'Tổng số', children: [leaf(1, 'Lượt'), leaf(2, 'Người')] },
      { header: 'Tiếp thường xuyên', children: [leaf(3, 'Lượt'), { header: 'Vụ việc', children: [leaf(4, 'Tiếp lần đầu'), leaf(5, 'Tiếp nhiều lần')] }] },
      leaf(6, 'Ghi chú'),
    ];
    const rows = headerRows(tree);
    const shape = rows.map((row) => row.map((c) => [c.text, c.colSpan, c.rowSpan, c.column?.number ?? null]));
    expect(shape).toEqual([
      [['Tổng số', 2, 1, null], ['Tiếp thường xuyên', 3, 1, null], ['Ghi chú', 1, 3, 6]],
      [['Lượt', 1, 2, 1], ['Người', 1, 2, 2], ['Lượt', 1, 2, 3], ['Vụ việc', 2, 1, null]],
      [['Tiếp lần đầu', 1, 1, 4], ['Tiếp nhiều lần', 1, 1, 5]],
    ]);
  });

  it('draws a flat form on one row', () => {
    const rows = headerRows([leaf(1, 'A'), leaf(2, 'B')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it.each([form01Tcd, form02Xld])('tiles the header of $code exactly, each numbered column once and in order', (form) => {
    const tree = columnTreeOf({ formCode: form.code, columns: leafColumns(form.columns) });
    const rows = headerRows(tree);
    expect(rows).toHaveLength(headerDepth(tree));
    const grid = occupancy(rows);
    // Every slot of the grid is covered by exactly one cell (occupancy throws on overlaps).
    expect(grid.flat().every((key) => key !== undefined)).toBe(true);
    expect(grid[0]).toHaveLength(leafColumns(form.columns).length);
    // The last header row holds the numbered columns' own cells, 1, 2, 3… left to right.
    const byKey = new Map(rows.flat().map((c) => [c.key, c]));
    const bottom = (grid[grid.length - 1] ?? []).map((key) => byKey.get(key ?? '')?.column?.number);
    expect(bottom).toEqual(leafColumns(form.columns).map((c) => c.number));
  });
});

describe('columnTreeOf', () => {
  it("uses the form's header tree when the table's columns are the form's", () => {
    const tree = columnTreeOf({ formCode: form01Tcd.code, columns: leafColumns(form01Tcd.columns) });
    expect(tree.map((n) => n.header)).toEqual(form01Tcd.columns.map((n) => n.header));
  });

  it('draws a table whose columns differ from the form (an older filing) flat, under its own headers', () => {
    const columns = leafColumns(form01Tcd.columns).slice(0, 3);
    const tree = columnTreeOf({ formCode: form01Tcd.code, columns });
    expect(tree).toEqual(columns);
    expect(headerDepth(tree)).toBe(1);
  });
});

describe('unconfirmedColumns', () => {
  it("lists only the columns marked 'U', with the reason", () => {
    const found = unconfirmedColumns(leafColumns(form01Tcd.columns));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.confidence === 'U' && (c.note ?? '').length > 0)).toBe(true);
  });
});
