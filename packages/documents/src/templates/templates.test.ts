import { describe, expect, it } from 'vitest';
import {
  acceptanceNotice,
  acceptanceProposal,
  archiveNote,
  complaintDecision,
  denunciationAcceptanceDecision,
  denunciationConclusion,
  extensionDecision,
  guidance,
  MOTTO,
  NATIONAL_NAME,
  nonAcceptanceNotice,
  receipt,
  renderDocx,
  returnLetter,
  transferSlip,
  urgeLetter,
  type AdministrativeDocument,
} from '../index.js';
import { readDocx } from '../testing/read-docx.js';
import * as s from '../testing/samples.js';

type Case = {
  name: string;
  build: () => AdministrativeDocument;
  numberLine: string;
  dateLine: string;
  /** The agency block; a unit prints the agency over itself instead of the province. */
  agencyLines?: [string, string];
  /** Names and wording that must appear: the parties, the signer, the legal basis. */
  contains: string[];
  /** What must not: above all, a denouncer's identity. */
  excludes?: string[];
};

const signedByDeputy = ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Minh Tuấn'];
const onMarch5 = 'Kon Tum, ngày 05 tháng 3 năm 2026';
const denouncerIdentity = [s.denouncer.name, s.denouncer.address];

const cases: Case[] = [
  {
    name: 'receipt',
    build: () => receipt(s.receiptSample),
    numberLine: 'Số: 12/GBN-TTr',
    dateLine: onMarch5,
    contains: ['GIẤY BIÊN NHẬN ĐƠN', 'Họ và tên: Ông Nguyễn Văn An.', 'Số tiếp nhận: 12/2026.', 'Mã tra cứu: KNTC-7Q4M-2KX9', 'https://kntc.snv.kontum.gov.vn/tra-cuu', 'CÁN BỘ TIẾP NHẬN', 'Đỗ Thị Hoa'],
  },
  {
    name: 'acceptanceProposal',
    build: () => acceptanceProposal(s.acceptanceProposalSample),
    agencyLines: ['SỞ NỘI VỤ', 'THANH TRA SỞ'],
    numberLine: 'Số: 12/PĐX-TTr',
    dateLine: onMarch5,
    contains: ['THANH TRA SỞ', 'PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN', 'Kính gửi: Giám đốc Sở Nội vụ.', 'ông Nguyễn Văn An', 'Điều 27 Luật Khiếu nại năm 2011', 'CHÁNH THANH TRA', 'Hoàng Thị Dung'],
  },
  {
    name: 'acceptanceNotice',
    build: () => acceptanceNotice(s.acceptanceNoticeSample),
    numberLine: 'Số: 12/TB-SNV',
    dateLine: onMarch5,
    contains: ['THÔNG BÁO', 'Về việc thụ lý giải quyết khiếu nại lần đầu', 'Kính gửi: Ông Nguyễn Văn An.', 'Điều 27 Luật Khiếu nại năm 2011', 'Điều 28', 'đến hết ngày 04/4/2026', '- Thanh tra tỉnh (để biết);', ...signedByDeputy],
  },
  {
    name: 'nonAcceptanceNotice',
    build: () => nonAcceptanceNotice(s.nonAcceptanceNoticeSample),
    numberLine: 'Số: 12/TB-SNV',
    dateLine: onMarch5,
    contains: ['Về việc không thụ lý giải quyết khiếu nại', 'Kính gửi: Ông Nguyễn Văn An.', 'Điều 11 và Điều 27 Luật Khiếu nại năm 2011', '- Thời hiệu khiếu nại đã hết', ...signedByDeputy],
  },
  {
    name: 'guidance',
    build: () => guidance(s.guidanceSample),
    numberLine: 'Số: 12/PHD-SNV',
    dateLine: onMarch5,
    contains: ['PHIẾU HƯỚNG DẪN', 'Kính gửi: Ông Nguyễn Văn An.', 'Chủ tịch Ủy ban nhân dân xã Hòa Bình', 'chỉ thực hiện một lần', ...signedByDeputy],
  },
  {
    name: 'transferSlip',
    build: () => transferSlip(s.transferSlipSample),
    numberLine: 'Số: 12/PC-SNV',
    dateLine: onMarch5,
    contains: ['PHIẾU CHUYỂN ĐƠN TỐ CÁO', 'Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Kon Tum.', 'khoản 2 Điều 24 Luật Tố cáo năm 2018', 'đơn tố cáo đề ngày 27/02/2026', 'giữ bí mật', ...signedByDeputy],
    excludes: denouncerIdentity,
  },
  {
    name: 'returnLetter',
    build: () => returnLetter(s.returnLetterSample),
    numberLine: 'Số: 12/SNV-TTr',
    dateLine: onMarch5,
    contains: ['V/v trả lại đơn', 'Kính gửi: Đoàn đại biểu Quốc hội tỉnh Kon Tum.', 'Công văn số 123/ĐĐBQH-VP ngày 01/3/2026', 'ông Nguyễn Văn An', 'Sở Nông nghiệp và Môi trường', ...signedByDeputy],
  },
  {
    name: 'urgeLetter',
    build: () => urgeLetter(s.urgeLetterSample),
    numberLine: 'Số: 12/SNV-TTr',
    dateLine: onMarch5,
    contains: ['V/v đôn đốc giải quyết đơn tố cáo', 'Kính gửi: Giám đốc Trung tâm Lưu trữ lịch sử tỉnh.', 'Điều 38 Luật Tố cáo năm 2018', 'trước ngày 16 tháng 3 năm 2026', ...signedByDeputy],
    excludes: denouncerIdentity,
  },
  {
    name: 'archiveNote',
    build: () => archiveNote(s.archiveNoteSample),
    numberLine: 'Số: 12/PXL-TTr',
    dateLine: onMarch5,
    contains: ['PHIẾU XẾP LƯU ĐƠN', 'với lý do:', 'không ghi rõ họ tên', 'đến hết ngày 05/3/2027', 'Giám đốc Sở Nội vụ', 'CHÁNH THANH TRA'],
  },
  {
    name: 'denunciationAcceptanceDecision',
    build: () => denunciationAcceptanceDecision(s.denunciationAcceptanceDecisionSample),
    numberLine: 'Số: 12/QĐ-SNV',
    dateLine: onMarch5,
    contains: [
      'QUYẾT ĐỊNH',
      'Về việc thụ lý tố cáo',
      'GIÁM ĐỐC SỞ NỘI VỤ',
      'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;',
      'Căn cứ Nghị định số 31/2019/NĐ-CP',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thụ lý tố cáo đối với ông Phạm Văn Cường, Phó Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
      'Điều 2. Thời hạn giải quyết tố cáo là 30 ngày',
      'Điều 3.',
      '- Như Điều 3;',
      ...signedByDeputy,
    ],
    excludes: denouncerIdentity,
  },
  {
    name: 'extensionDecision',
    build: () => extensionDecision(s.extensionDecisionSample),
    numberLine: 'Số: 12/QĐ-SNV',
    dateLine: 'Kon Tum, ngày 03 tháng 4 năm 2026',
    contains: ['Về việc gia hạn giải quyết tố cáo', 'Căn cứ Quyết định số 12/QĐ-SNV', '(lần thứ nhất) thêm 30 ngày', 'đến hết ngày 04/5/2026', 'Lý do gia hạn:', '- Người tố cáo;', ...signedByDeputy],
    excludes: denouncerIdentity,
  },
  {
    name: 'complaintDecision',
    build: () => complaintDecision(s.complaintDecisionSample),
    numberLine: 'Số: 12/QĐ-SNV',
    dateLine: onMarch5,
    contains: [
      'Về việc giải quyết khiếu nại của ông Nguyễn Văn An (lần đầu)',
      'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
      'Căn cứ Nghị định số 124/2020/NĐ-CP',
      'I. Nội dung khiếu nại',
      'II. Kết quả xác minh nội dung khiếu nại',
      'III. Kết quả đối thoại',
      'IV. Kết luận',
      'Điều 1. Giữ nguyên Quyết định số 45/QĐ-TTLT',
      'Điều 2. Trong thời hạn 30 ngày',
      'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum hoặc khởi kiện vụ án hành chính',
      'Điều 3. Chánh Văn phòng Sở',
      '- Như Điều 3;',
      ...signedByDeputy,
    ],
  },
  {
    name: 'denunciationConclusion',
    build: () => denunciationConclusion(s.denunciationConclusionSample),
    numberLine: 'Số: 12/KL-SNV',
    dateLine: 'Kon Tum, ngày 02 tháng 5 năm 2026',
    contains: [
      'KẾT LUẬN NỘI DUNG TỐ CÁO',
      'Đối với ông Phạm Văn Cường',
      '1. Kết quả xác minh nội dung tố cáo',
      'Nội dung này là tố cáo sai.',
      'Nội dung này là tố cáo đúng một phần.',
      '2. Căn cứ pháp luật',
      '3. Kết luận',
      '4. Các biện pháp xử lý theo thẩm quyền',
      '- Ông Phạm Văn Cường (người bị tố cáo);',
      '- Người tố cáo;',
      ...signedByDeputy,
    ],
    excludes: denouncerIdentity,
  },
];

describe.each(cases)('$name', (c) => {
  it('renders a valid .docx with the administrative layout and its parties', async () => {
    const model = c.build();
    const docx = await readDocx(await renderDocx(model));
    expect(docx.files).toContain('[Content_Types].xml');
    expect(docx.files).toContain('word/document.xml');
    const lines = docx.text.split('\n');
    const [managing, issuing] = c.agencyLines ?? ['UBND TỈNH KON TUM', 'SỞ NỘI VỤ'];
    expect(lines.slice(0, 2)).toEqual([managing, issuing]);
    for (const expected of [NATIONAL_NAME, MOTTO, c.numberLine, c.dateLine, 'Nơi nhận:', '- Lưu: VT, hồ sơ.']) {
      expect(lines).toContain(expected);
    }
    for (const expected of c.contains) expect(docx.text).toContain(expected);
    for (const secret of c.excludes ?? []) expect(docx.text).not.toContain(secret);
    // The body, not a list of recipients, carries the closing mark.
    expect(lines.filter((l) => l.endsWith('./.'))).toHaveLength(1);
  });

  it('prints a blank number on a draft', async () => {
    const draft = { ...c.build(), number: null };
    const docx = await readDocx(await renderDocx(draft));
    expect(docx.text.split('\n')).toContain(c.numberLine.replace(/^Số: \d+\//u, 'Số:      /'));
  });
});
