import { describe, expect, it } from 'vitest';
import { MOTTO, NATIONAL_NAME } from '../render/header.js';
import { renderDocx } from '../render-docx.js';
import { readDocx } from '../testing/read-docx.js';
import { annualReport, REPORT_PLACEHOLDER, type AnnualReportInput } from './annual-report.js';

const cases = (over: Partial<AnnualReportInput['figures']['cases']['complaint']>) => ({
  carriedOver: 3, accepted: 9, toResolve: 12, resolved: 7, resolvedOnTime: 6, resolvedLate: 1, pending: 5, pendingOverdue: 2, ...over,
});

const input: AnnualReportInput = {
  issuer: { parentName: 'UBND TỈNH KON TUM', name: 'SỞ NỘI VỤ', textName: 'Sở Nội vụ', headTitle: 'Giám đốc Sở Nội vụ' },
  number: null,
  symbol: 'BC-SNV',
  place: 'Kon Tum',
  date: '2026-12-16',
  signer: { title: 'GIÁM ĐỐC', name: 'Trần Quốc Bảo' },
  filing: 'Lưu: VT, TTr',
  year: 2026,
  period: { from: '2025-12-15', to: '2026-12-14' },
  addressee: 'Thanh tra tỉnh Kon Tum',
  figures: {
    lettersReceived: { complaint: 1204, denunciation: 8, recommendation: 31, mixed: 0, total: 1243 },
    reception: {
      total: { visits: 57, persons: 112, matters: 57 },
      regular: { visits: 45, persons: 90, matters: 45, firstTime: 40, repeated: 5, groups: 2, groupPersons: 31 },
      headInPerson: { sessions: 12, visits: 10, persons: 19, matters: 10, groups: 1 },
      headAuthorised: { sessions: 1, visits: 2, persons: 3, matters: 2, groups: 0 },
    },
    complaintLetters: {
      toProcess: 1210, carriedOver: 6, received: 1204, processed: 1190, eligible: 1100, eligibleMatters: 1100,
      byContent: { admin_policy: 600, admin_land_housing: 100, admin_other: 300, judicial: 50, party: 0, other: 50 },
      inCompetenceFirst: 700, inCompetenceSecond: 3, guided: 200, transferred: 150,
    },
    cases: { complaint: cases({}), denunciation: cases({ carriedOver: 0, accepted: 0, toResolve: 0, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, pendingOverdue: 0 }) },
  },
};

describe('Báo cáo kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm', () => {
  it('prints the agency header, the title and the seven sections with the figures written the Vietnamese way', async () => {
    const { text } = await readDocx(await renderDocx(annualReport(input)));
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['UBND TỈNH KON TUM', 'SỞ NỘI VỤ']);
    for (const expected of [NATIONAL_NAME, MOTTO, 'Số:      /BC-SNV', 'Kon Tum, ngày 16 tháng 12 năm 2026', 'BÁO CÁO', 'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2026', 'Kính gửi: Thanh tra tỉnh Kon Tum.']) {
      expect(lines).toContain(expected);
    }
    const sections = lines.filter((l) => /^[IVX]+\. /u.test(l));
    expect(sections).toEqual([
      'I. Tình hình khiếu nại, tố cáo',
      'II. Kết quả tiếp công dân',
      'III. Kết quả xử lý đơn',
      'IV. Kết quả giải quyết khiếu nại, tố cáo thuộc thẩm quyền',
      'V. Đánh giá, nhận xét',
      'VI. Phương hướng, nhiệm vụ năm 2027',
      'VII. Kiến nghị, đề xuất',
    ]);
    expect(text).toContain('(số liệu từ ngày 15/12/2025 đến ngày 14/12/2026)');
    expect(text).toContain('tiếp 57 lượt với 112 người đến trình bày 57 vụ việc, trong đó 03 đoàn đông người; tiếp nhận 1.243 đơn các loại, gồm 1.204 đơn khiếu nại, 08 đơn tố cáo, 31 đơn kiến nghị, phản ánh và 0 đơn có nhiều nội dung.');
    expect(text).toContain('Giám đốc Sở Nội vụ trực tiếp tiếp 12 kỳ, 10 lượt, 19 người, 10 vụ việc, 01 đoàn đông người; người được ủy quyền tiếp 01 kỳ, 02 lượt, 03 người, 02 vụ việc, 0 đoàn đông người.');
    expect(text).toContain('Tổng số đơn khiếu nại phải xử lý: 1.210 đơn (kỳ trước chuyển sang 06 đơn, tiếp nhận trong kỳ 1.204 đơn); đã xử lý 1.190 đơn; đủ điều kiện xử lý 1.100 đơn, 1.100 vụ việc.');
    expect(text).toContain('lĩnh vực hành chính 1.000 đơn (chế độ, chính sách 600 đơn;');
    expect(text).toContain('thuộc thẩm quyền 703 đơn (lần đầu 700 đơn, lần hai 03 đơn); không thuộc thẩm quyền 350 đơn');
    expect(text).toContain('Tổng số vụ việc khiếu nại phải giải quyết: 12 vụ việc (kỳ trước chuyển sang 03 vụ việc, thụ lý mới 09 vụ việc); đã giải quyết 07 vụ việc (đạt 58,3%), trong đó đúng thời hạn 06 vụ việc, quá thời hạn 01 vụ việc; đang giải quyết 05 vụ việc, trong đó quá thời hạn 02 vụ việc.');
    // Nothing to resolve: no share is printed rather than a made-up 0% or 100%.
    expect(text).toContain('Tổng số vụ việc tố cáo phải giải quyết: 0 vụ việc (kỳ trước chuyển sang 0 vụ việc, thụ lý mới 0 vụ việc); đã giải quyết 0 vụ việc, trong đó');
    expect(text.split(REPORT_PLACEHOLDER).length - 1).toBe(8);
    expect(lines.filter((l) => l.endsWith('./.'))).toEqual(['Trên đây là báo cáo kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2026 của Sở Nội vụ./.']);
    for (const expected of ['GIÁM ĐỐC', 'Trần Quốc Bảo', 'Nơi nhận:', '- Như trên;', '- Lãnh đạo Sở Nội vụ;', '- Lưu: VT, TTr.']) expect(lines).toContain(expected);
  });

  it('refuses figures that are not counts', () => {
    const bad = { ...input, figures: { ...input.figures, lettersReceived: { ...input.figures.lettersReceived, total: -1 } } };
    expect(() => annualReport(bad)).toThrow();
  });
});
