import { type ContentGroup } from '../content-groups.js';
import { type LetterMeasure } from '../measures.js';
import { type LetterResult, type PriorResolution } from '../records.js';
import { type ReportForm, type ReportLeafColumn } from './report-form.js';

/*
 * Biểu 02/XLD as public implementations lay it out (brief §5, source [S]): complaint letters only.
 * The breakdowns count eligible letters; whether the printed form counts letters or cases there
 * is not confirmed, hence 'U' on those columns.
 */

const complaints = (measure: Omit<LetterMeasure, 'source' | 'kinds'>): LetterMeasure => ({ source: 'letters', kinds: ['complaint'], ...measure });

const BREAKDOWN_NOTE = 'Đếm số đơn đủ điều kiện xử lý; chưa xác minh biểu mẫu đếm theo đơn hay theo vụ việc.';

const byContent = (number: number, header: string, group: ContentGroup): ReportLeafColumn => ({
  number,
  header,
  measure: complaints({ count: 'letters', stage: 'eligible', contentGroups: [group] }),
  confidence: 'U',
  note: BREAKDOWN_NOTE,
});

const byStatus = (number: number, header: string, status: PriorResolution): ReportLeafColumn => ({
  number,
  header,
  measure: complaints({ count: 'letters', stage: 'eligible', priorResolutions: [status] }),
  confidence: 'U',
  note: BREAKDOWN_NOTE,
});

const byResult = (number: number, header: string, result: LetterResult): ReportLeafColumn => ({
  number,
  header,
  measure: complaints({ count: 'letters', stage: 'eligible', results: [result] }),
  confidence: 'U',
  note: BREAKDOWN_NOTE,
});

export const form02Xld: ReportForm = {
  code: '02/XLD',
  title: 'Tổng hợp kết quả xử lý đơn khiếu nại',
  basis: 'Thông tư 02/2021/TT-TTCP, biểu số 02/XLD (bố cục theo các hệ thống đang dùng, chưa đối chiếu văn bản)',
  confidence: 'S',
  rows: 'by_unit',
  columns: [
    {
      header: 'Số đơn phải xử lý',
      children: [
        { number: 1, header: 'Tổng số', measure: complaints({ count: 'letters', stage: 'to_process' }), confidence: 'S' },
        {
          number: 2,
          header: 'Kỳ trước chuyển sang',
          measure: complaints({ count: 'letters', stage: 'carried_over' }),
          confidence: 'U',
          note: 'Đơn nhận trước ngày đầu kỳ mà đến hết ngày trước kỳ chưa xử lý xong.',
        },
        { number: 3, header: 'Tiếp nhận trong kỳ', measure: complaints({ count: 'letters', stage: 'received' }), confidence: 'S' },
      ],
    },
    { number: 4, header: 'Số đơn đã xử lý', measure: complaints({ count: 'letters', stage: 'processed' }), confidence: 'S' },
    {
      header: 'Số đơn, số vụ việc đủ điều kiện xử lý',
      children: [
        { number: 5, header: 'Số đơn', measure: complaints({ count: 'letters', stage: 'eligible' }), confidence: 'S' },
        { number: 6, header: 'Số vụ việc', measure: complaints({ count: 'cases', stage: 'eligible' }), confidence: 'S' },
      ],
    },
    {
      header: 'Phân loại theo nội dung',
      children: [
        {
          header: 'Lĩnh vực hành chính',
          children: [byContent(7, 'Chế độ, chính sách', 'admin_policy'), byContent(8, 'Đất đai, nhà cửa', 'admin_land_housing'), byContent(9, 'Khác', 'admin_other')],
        },
        byContent(10, 'Lĩnh vực tư pháp', 'judicial'),
        byContent(11, 'Về Đảng, đoàn thể', 'party'),
        byContent(12, 'Lĩnh vực khác', 'other'),
      ],
    },
    {
      header: 'Phân loại theo tình trạng giải quyết',
      children: [
        {
          header: 'Đã được giải quyết',
          children: [byStatus(13, 'Lần đầu', 'first_round'), byStatus(14, 'Lần hai', 'second_round'), byStatus(15, 'Đã có bản án của Tòa án', 'court')],
        },
        byStatus(16, 'Chưa được giải quyết', 'unresolved'),
      ],
    },
    {
      header: 'Kết quả xử lý',
      children: [
        { header: 'Thuộc thẩm quyền', children: [byResult(17, 'Lần đầu', 'in_competence_first'), byResult(18, 'Lần hai', 'in_competence_second')] },
        { header: 'Không thuộc thẩm quyền', children: [byResult(19, 'Hướng dẫn', 'guided'), byResult(20, 'Chuyển đơn, đôn đốc', 'transferred')] },
      ],
    },
    {
      number: 21,
      header: 'Số văn bản phúc đáp nhận được do chuyển đơn',
      measure: complaints({ count: 'letters', stage: 'processed', results: ['transferred'], hasTransferReply: true }),
      confidence: 'U',
      note: 'Đếm đơn đã chuyển trong kỳ có văn bản phúc đáp; chưa xác minh cách tính của biểu mẫu.',
    },
  ],
};

