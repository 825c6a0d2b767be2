import { describe, expect, it } from 'vitest';
import { renderDocx } from '../render-docx.js';
import { readDocx } from '../testing/read-docx.js';
import { REPORT_PLACEHOLDER } from './annual-report.js';
import { planYearEndReport, type PlanYearEndReportInput } from './plan-year-end-report.js';

const input: PlanYearEndReportInput = {
  issuer: { parentName: 'UBND TỈNH KON TUM', name: 'SỞ NỘI VỤ', textName: 'Sở Nội vụ', headTitle: 'Giám đốc Sở Nội vụ' },
  number: null,
  symbol: 'BC-SNV',
  place: 'Kon Tum',
  date: '2024-12-20',
  signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Lân' },
  filing: 'Lưu: VT, TTr',
  addressee: 'Thanh tra tỉnh Kon Tum',
  plan: { year: 2024, number: '156/KH-SNV', date: '2023-12-25', title: 'Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024' },
  items: [
    {
      code: '2',
      content: 'Thực hiện Quyết định số 01/QĐ-SNV ngày 03/01/2023 của Sở Nội vụ ban hành Nội quy tiếp công dân.',
      leadText: 'Thanh tra Sở',
      coordinatingText: 'Các đơn vị thuộc Sở',
      timeText: 'Thường xuyên trong năm 2024',
      status: 'done',
      dueDate: '2024-12-31',
      progress: [{ date: '2024-12-10', note: 'Niêm yết Nội quy tại nơi tiếp công dân' }],
    },
    {
      code: '3',
      content: 'Bảo đảm thiết bị truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
      leadText: 'Phòng Hành chính - Tổng hợp',
      coordinatingText: 'Thanh tra Sở',
      timeText: 'Năm 2024 (theo Công văn số 4305/UBND-TD)',
      status: 'late',
      dueDate: '2024-12-31',
      progress: [],
    },
  ],
};

describe('Báo cáo kết quả thực hiện kế hoạch năm', () => {
  it('prints each item with its units, time, status and notes, the counts, and placeholders for the assessment', async () => {
    const { text } = await readDocx(await renderDocx(planYearEndReport(input)));
    expect(text).toContain('Kết quả thực hiện kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024');
    expect(text).toContain('Thực hiện Kế hoạch số 156/KH-SNV ngày 25/12/2023 của Sở Nội vụ về công tác tiếp công dân');
    expect(text).toContain('Thanh tra Sở chủ trì, các đơn vị thuộc Sở phối hợp; thời gian: thường xuyên trong năm 2024.');
    expect(text).toContain('Ngày 10/12/2024: Niêm yết Nội quy tại nơi tiếp công dân.');
    expect(text).toContain('Chậm tiến độ (thời hạn 31/12/2024).');
    expect(text).toContain('Chưa có cập nhật tiến độ.');
    expect(text).toContain('Kế hoạch có 2 nhiệm vụ: đã hoàn thành 1 nhiệm vụ (50%), đang thực hiện 0 nhiệm vụ, chưa thực hiện 0 nhiệm vụ, chậm tiến độ 1 nhiệm vụ (mục 3).');
    expect(text).toContain('III. Phương hướng, nhiệm vụ năm 2025');
    expect(text).toContain(REPORT_PLACEHOLDER);
    expect(text).toContain('Thanh tra tỉnh Kon Tum');
  });

  it('refuses a plan without items', () => {
    expect(() => planYearEndReport({ ...input, items: [] })).toThrow('Kế hoạch chưa có mục nào để báo cáo.');
  });
});
