import { computeForm, customPeriod, diffReportTables, form01Tcd, form02Xld, leafColumns, type ReportForm, type ReportTable } from '@kntc/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../providers/i18n-provider';
import { differencesByCell, type CellDifference } from './report-differences';
import { ReportTableView, type ReportTableViewProps } from './ReportTableView';

const period = customPeriod('2026-01-01', '2026-03-31');
const units = [
  { id: 'u-1', name: 'Thanh tra Sở' },
  { id: 'u-2', name: 'Văn phòng Sở' },
];
const empty = { visits: [], sessions: [], letters: [] };

/** A computed table with chosen values, so cells can be told apart in the markup. */
function tableOf(form: ReportForm, valueOf: (row: number, column: number) => number): ReportTable {
  const table = computeForm(form, empty, period, form.rows === 'by_unit' ? { units } : {});
  const rows = table.rows.map((row, r) => ({ ...row, values: row.values.map((_, c) => valueOf(r, c + 1)) }));
  const total = table.columns.map((_, c) => rows.reduce((sum, row) => sum + (row.values[c] ?? 0), 0));
  return { ...table, rows: form.rows === 'by_unit' ? rows : [{ label: 'Tổng cộng', values: total }], total };
}

/** The markup without the style tags emotion interleaves, so neighbouring cells read as neighbours. */
const render = (props: Omit<ReportTableViewProps, 'id' | 'caption'>) =>
  renderToStaticMarkup(createElement(I18nContext.Provider, { value: i18nProvider }, createElement(ReportTableView, { id: 't', caption: 'Biểu số thử', ...props }))).replace(
    /<style[^>]*>.*?<\/style>/g,
    '',
  );

const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

describe('ReportTableView', () => {
  it('draws 01/TCD with a caption, merged header cells with scopes, a number row and a button per number', () => {
    const table = tableOf(form01Tcd, (r, c) => r * 100 + c);
    const html = render({ table, onOpenCell: () => undefined });
    expect(html).toContain('<caption>Biểu số thử</caption>');
    // The unit header spans the whole header depth (4 levels in 01/TCD), groups span their columns.
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*rowspan="4"[^>]*>Đơn vị<\/th>/i);
    expect(html).toMatch(/<th[^>]*scope="colgroup"[^>]*colspan="3"[^>]*>Tổng số<\/th>/i);
    expect(html).toMatch(/<th[^>]*scope="colgroup"[^>]*colspan="8"[^>]*>Tiếp thường xuyên<\/th>/i);
    expect(html).toMatch(/<th[^>]*scope="colgroup"[^>]*colspan="10"[^>]*>Tiếp định kỳ và đột xuất của Thủ trưởng<\/th>/i);
    // A column under one group reaches down to the number row: 3 of the 4 header rows.
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*colspan="1"[^>]*rowspan="3"[^>]*>Lượt<\/th>/i);
    // The number row: A under the units, then 1…21, as printed.
    expect(html).toMatch(/<tr[^>]*><td[^>]*>A<\/td><td[^>]*>1<\/td><td[^>]*>2<\/td>/);
    // One row header per unit and the total row.
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>Thanh tra Sở<\/th>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>Tổng cộng<\/th>/);
    const columns = leafColumns(form01Tcd.columns).length;
    expect(count(html, /<button/g)).toBe((units.length + 1) * columns);
    // Row 2 (Văn phòng Sở), column 7 is 107; the total of column 7 is 7 + 107.
    expect(html).toContain('aria-label="107: cột 7 – Tiếp nhiều lần, Văn phòng Sở. Xem hồ sơ"');
    expect(html).toContain('aria-label="114: cột 7 – Tiếp nhiều lần, Tổng cộng. Xem hồ sơ"');
  });

  it("stars each unconfirmed column, says why in its title, and lists it in the footnote", () => {
    const table = tableOf(form01Tcd, () => 0);
    const html = render({ table });
    const unconfirmed = leafColumns(form01Tcd.columns).filter((c) => c.confidence === 'U');
    expect(count(html, /<sup[^>]*aria-hidden="true"[^>]*>\*<\/sup>/g)).toBe(unconfirmed.length);
    expect(count(html, /aria-describedby="t-unconfirmed"/g)).toBe(unconfirmed.length);
    const first = unconfirmed[0];
    expect(first?.note).toBeTruthy();
    expect(html).toContain(`title="${first?.note ?? ''}"`);
    expect(html).toContain(`Cột ${String(first?.number)} (${first?.header ?? ''}): ${first?.note ?? ''}`);
  });

  it('shows numbers as plain text when they cannot be opened', () => {
    const html = render({ table: tableOf(form01Tcd, () => 2) });
    expect(count(html, /<button/g)).toBe(0);
  });

  it("draws a 'total' form with the total row only", () => {
    const table = tableOf({ ...form02Xld, rows: 'total' }, (_r, c) => c);
    const html = render({ table, onOpenCell: () => undefined });
    expect(count(html, /scope="row"/g)).toBe(1);
    expect(count(html, /<button/g)).toBe(leafColumns(form02Xld.columns).length);
  });
});

describe('difference highlighting', () => {
  const filed = tableOf(form01Tcd, (r, c) => (r === 0 && c === 2 ? 3 : 1));
  const current = tableOf(form01Tcd, (r, c) => (r === 0 && c === 2 ? 4 : 1));

  it("the domain's comparison finds the changed cell in its unit row and in the total row, and nothing else", () => {
    expect(diffReportTables(filed, current)).toEqual<CellDifference[]>([
      { rowLabel: 'Thanh tra Sở', unitId: 'u-1', column: 2, header: 'Người', filed: 3, current: 4 },
      { rowLabel: 'Tổng cộng', column: 2, header: 'Người', filed: 4, current: 5 },
    ]);
    expect(diffReportTables(filed, filed)).toEqual([]);
  });

  it('marks exactly the differing cells with "đã nộp X → hiện tại Y"', () => {
    const differences = diffReportTables(filed, current);
    const html = render({ table: filed, differences: differencesByCell(differences) });
    expect(count(html, /<mark[^>]*data-difference=""/g)).toBe(2);
    expect(html).toContain('đã nộp 3 → hiện tại 4');
    expect(html).toContain('đã nộp 4 → hiện tại 5');
  });

  it('keys the total row apart from any unit', () => {
    const byCell = differencesByCell([{ rowLabel: 'Tổng cộng', column: 1, header: 'Lượt', filed: 1, current: 2 }]);
    const html = render({ table: filed, differences: byCell });
    expect(count(html, /data-difference/g)).toBe(1);
    // The mark sits in the total row, after its row header.
    expect(html).toMatch(/>Tổng cộng<\/th><td[^>]*><mark[^>]*data-difference=""[^>]*>đã nộp 1 → hiện tại 2<\/mark>/);
  });

  it("marks the single row of a 'total' form, which the comparison lists once", () => {
    const form = { ...form02Xld, rows: 'total' as const };
    const before = tableOf(form, (_r, c) => (c === 3 ? 2 : 0));
    const after = tableOf(form, (_r, c) => (c === 3 ? 5 : 0));
    const differences = diffReportTables(before, after);
    expect(differences).toHaveLength(1);
    const html = render({ table: before, differences: differencesByCell(differences) });
    expect(count(html, /data-difference/g)).toBe(1);
    expect(html).toContain('đã nộp 2 → hiện tại 5');
  });
});
