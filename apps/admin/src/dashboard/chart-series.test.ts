import { summariseDashboard } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { fillOf, formatCell, formatCount, formatRate, letterKindSeries, monthTick, officerBars, onTimePoints, patternId, recordPath, stageBars, usedPatterns } from './chart-series';

const summary = summariseDashboard(
  {
    letterReceipts: [],
    letterHandlings: [
      { unitId: null, handledDate: '2026-02-10', dueDate: '2026-02-12', inRegister: true, count: 7 },
      { unitId: null, handledDate: '2026-02-10', dueDate: '2026-02-09', inRegister: true, count: 1 },
    ],
    caseResolutions: [],
    openItems: [
      { subjectType: 'case', id: 'c1', number: '1/2026', summary: 'A', status: 'verifying', dueDate: '2026-03-01', unitId: null, assigneeId: 'u1', assigneeName: 'Nguyễn Thị Thu Trang' },
      { subjectType: 'case', id: 'c2', number: '2/2026', summary: 'B', status: 'verifying', dueDate: '2026-06-01', unitId: null, assigneeId: 'u1', assigneeName: 'Nguyễn Thị Thu Trang' },
    ],
    visits: [],
  },
  { from: '2026-01-01', to: '2026-03-31', unitId: null, today: '2026-03-31', calendar: { daysOff: [], makeUpDays: [] } },
);

describe('chart series', () => {
  it('writes numbers and shares the Vietnamese way, and a dash where nothing was handled', () => {
    expect(formatCount(12345)).toBe('12.345');
    expect(formatRate(0.875)).toMatch(/^87,5\s?%$/);
    expect(formatRate(null)).toBe('–');
    expect(formatCell(null, 'rate')).toBe('–');
    expect(formatCell(null, 'count')).toBe('');
    expect(formatCell(1200, 'count')).toBe('1.200');
    expect(formatCell('Tháng 2/2026', 'text')).toBe('Tháng 2/2026');
    expect(monthTick('2026-02')).toBe('T2/2026');
  });

  it('gives every letter kind its own colour and texture, solid ones filled directly', () => {
    expect(new Set(letterKindSeries.map((s) => s.colour)).size).toBe(4);
    expect(new Set(letterKindSeries.map((s) => s.pattern)).size).toBe(4);
    expect(letterKindSeries.map((s) => s.label)).toEqual(['Khiếu nại', 'Tố cáo', 'Kiến nghị, phản ánh', 'Nhiều nội dung']);
    const denunciation = letterKindSeries[1];
    expect(denunciation && fillOf(denunciation)).toBe(`url(#${patternId(denunciation?.colour ?? '', 'stripes')})`);
    expect(fillOf({ colour: '#0072B2', pattern: 'solid' })).toBe('#0072B2');
    // Every textured fill a chart names is drawn in the page's shared defs.
    const drawn = new Set(usedPatterns().map((p) => patternId(p.colour, p.pattern)));
    for (const s of letterKindSeries) if (s.pattern !== 'solid') expect(drawn.has(patternId(s.colour, s.pattern))).toBe(true);
  });

  it('turns rates into percentages with gaps, and splits open cases into in time and overdue', () => {
    expect(onTimePoints(summary).map((p) => [p.month, p.letterRate])).toEqual([['2026-01', null], ['2026-02', 87.5], ['2026-03', null]]);
    expect(stageBars(summary).find((b) => b.label === 'Đang xác minh')).toEqual({ label: 'Đang xác minh', inTime: 1, overdue: 1 });
    expect(officerBars(summary)).toEqual([{ label: 'Nguyễn Thị Thu Trang', inTime: 1, overdue: 1 }]);
  });

  it('links a listed item to its record', () => {
    expect(recordPath({ subjectType: 'petition', id: 'p1' })).toBe('/petitions/p1/show');
    expect(recordPath({ subjectType: 'case', id: 'c1' })).toBe('/cases/c1/show');
  });
});
