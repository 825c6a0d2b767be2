import { type HeadReceptionMode } from '../../reception/visit-enums.js';
import { type ReportColumnNode, type ReportForm } from './report-form.js';

/*
 * Biểu 01/TCD as public implementations lay it out (brief §5, source [S]). Columns whose exact
 * definition is not confirmed carry 'U' and say why, so the admin screen can flag them.
 */

const headReceptionColumns = (mode: HeadReceptionMode, first: number): ReportColumnNode => ({
  header: mode === 'in_person' ? 'Thủ trưởng tiếp' : 'Ủy quyền tiếp',
  children: [
    {
      number: first,
      header: 'Kỳ tiếp',
      measure: { source: 'sessions', headReception: mode },
      confidence: 'U',
      note: 'Đếm các buổi tiếp định kỳ, đột xuất đã tổ chức (không tính buổi đã hủy), kể cả buổi không có công dân đến.',
    },
    { number: first + 1, header: 'Lượt', measure: { source: 'visits', count: 'visits', kinds: ['periodic', 'ad_hoc'], headReception: mode }, confidence: 'S' },
    { number: first + 2, header: 'Người', measure: { source: 'visits', count: 'persons', kinds: ['periodic', 'ad_hoc'], headReception: mode }, confidence: 'S' },
    { number: first + 3, header: 'Vụ việc', measure: { source: 'visits', count: 'matters', kinds: ['periodic', 'ad_hoc'], headReception: mode }, confidence: 'S' },
    {
      number: first + 4,
      header: 'Đoàn đông người',
      measure: { source: 'visits', count: 'visits', kinds: ['periodic', 'ad_hoc'], headReception: mode, isGroup: true },
      confidence: 'U',
      note: 'Số đoàn; chưa xác minh biểu mẫu có tách số người, vụ việc của đoàn hay không.',
    },
  ],
});

export const form01Tcd: ReportForm = {
  code: '01/TCD',
  title: 'Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất',
  basis: 'Thông tư 02/2021/TT-TTCP, biểu số 01/TCD (bố cục theo các hệ thống đang dùng, chưa đối chiếu văn bản)',
  confidence: 'S',
  rows: 'by_unit',
  columns: [
    {
      header: 'Tổng số',
      children: [
        { number: 1, header: 'Lượt', measure: { source: 'visits', count: 'visits' }, confidence: 'S' },
        { number: 2, header: 'Người', measure: { source: 'visits', count: 'persons' }, confidence: 'S' },
        { number: 3, header: 'Vụ việc', measure: { source: 'visits', count: 'matters' }, confidence: 'S' },
      ],
    },
    {
      header: 'Tiếp thường xuyên',
      children: [
        { number: 4, header: 'Lượt', measure: { source: 'visits', count: 'visits', kinds: ['regular'] }, confidence: 'S' },
        { number: 5, header: 'Người', measure: { source: 'visits', count: 'persons', kinds: ['regular'] }, confidence: 'S' },
        {
          header: 'Vụ việc',
          children: [
            { number: 6, header: 'Tiếp lần đầu', measure: { source: 'visits', count: 'matters', kinds: ['regular'], isRepeat: false }, confidence: 'S' },
            { number: 7, header: 'Tiếp nhiều lần', measure: { source: 'visits', count: 'matters', kinds: ['regular'], isRepeat: true }, confidence: 'S' },
          ],
        },
        {
          header: 'Trong đó: đoàn đông người',
          children: [
            { number: 8, header: 'Số đoàn', measure: { source: 'visits', count: 'visits', kinds: ['regular'], isGroup: true }, confidence: 'S' },
            { number: 9, header: 'Người', measure: { source: 'visits', count: 'persons', kinds: ['regular'], isGroup: true }, confidence: 'S' },
            {
              header: 'Vụ việc',
              children: [
                { number: 10, header: 'Tiếp lần đầu', measure: { source: 'visits', count: 'matters', kinds: ['regular'], isGroup: true, isRepeat: false }, confidence: 'S' },
                { number: 11, header: 'Tiếp nhiều lần', measure: { source: 'visits', count: 'matters', kinds: ['regular'], isGroup: true, isRepeat: true }, confidence: 'S' },
              ],
            },
          ],
        },
      ],
    },
    {
      header: 'Tiếp định kỳ và đột xuất của Thủ trưởng',
      children: [headReceptionColumns('in_person', 12), headReceptionColumns('authorised', 17)],
    },
  ],
};
