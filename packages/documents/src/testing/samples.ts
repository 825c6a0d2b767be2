import type {
  AcceptanceNoticeInput,
  AcceptanceProposalInput,
  ArchiveNoteInput,
  ComplaintDecisionInput,
  DenunciationAcceptanceDecisionInput,
  DenunciationConclusionInput,
  ExtensionDecisionInput,
  GuidanceInput,
  NonAcceptanceNoticeInput,
  ReceiptInput,
  ReturnLetterInput,
  TransferSlipInput,
  UrgeLetterInput,
} from '../index.js';

/** Fictional people and numbers for tests and sample files; any likeness to real cases is accidental. */
export const issue = {
  issuer: { parentName: 'UBND TỈNH KON TUM', name: 'SỞ NỘI VỤ', textName: 'Sở Nội vụ', headTitle: 'Giám đốc Sở Nội vụ' },
  number: 12,
  place: 'Kon Tum',
  date: '2026-03-05',
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Minh Tuấn' },
} as const;

export const complainant = { salutation: 'ông', name: 'Nguyễn Văn An', address: 'tổ 3, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum' } as const;
export const denouncer = { salutation: 'bà', name: 'Trần Thị Bình', address: 'thôn 2, xã Hòa Bình, thành phố Kon Tum, tỉnh Kon Tum' } as const;
export const accused = { salutation: 'ông', name: 'Phạm Văn Cường', position: 'Phó Giám đốc', workplace: 'Trung tâm Lưu trữ lịch sử tỉnh' } as const;

/** A receipt takes its number from the register, not from the document numbering. */
const { number: _number, ...issueWithoutNumber } = issue;

export const receiptSample: ReceiptInput = {
  ...issueWithoutNumber,
  symbol: 'GBN-TTr',
  signer: { title: 'CÁN BỘ TIẾP NHẬN', name: 'Đỗ Thị Hoa' },
  receiptNumber: 12,
  receivedDate: '2026-03-05',
  kind: 'complaint',
  sender: complainant,
  attachments: ['Bản sao Quyết định số 45/QĐ-TTLT ngày 02/01/2026', 'Bản sao căn cước công dân'],
  trackingCode: 'KNTC-7Q4M-2KX9',
  lookupAddress: 'https://kntc.snv.kontum.gov.vn/tra-cuu',
};

export const acceptanceProposalSample: AcceptanceProposalInput = {
  ...issue,
  issuer: { ...issue.issuer, unitName: 'THANH TRA SỞ' },
  symbol: 'PĐX-TTr',
  signer: { title: 'CHÁNH THANH TRA', name: 'Hoàng Thị Dung' },
  kind: 'complaint',
  round: 'first',
  sender: complainant,
  letterDate: '2026-03-01',
  receivedDate: '2026-03-02',
  proposingUnit: 'Thanh tra Sở',
  subjectMatter: 'Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh về việc chấm dứt hợp đồng lao động',
  summary: 'Ông Nguyễn Văn An cho rằng việc chấm dứt hợp đồng lao động đối với ông là không đúng quy định và đề nghị hủy bỏ quyết định nêu trên.',
};

export const acceptanceNoticeSample: AcceptanceNoticeInput = {
  ...issue,
  symbol: 'TB-SNV',
  round: 'first',
  complainant,
  letterDate: '2026-03-01',
  receivedDate: '2026-03-02',
  complaintAgainst: 'Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
  summary: 'Đề nghị xem xét lại việc chấm dứt hợp đồng lao động',
  dueDate: '2026-04-04',
};

export const nonAcceptanceNoticeSample: NonAcceptanceNoticeInput = {
  ...issue,
  symbol: 'TB-SNV',
  kind: 'complaint',
  sender: complainant,
  letterDate: '2026-02-20',
  receivedDate: '2026-02-24',
  summary: 'Khiếu nại Quyết định số 10/QĐ-SNV ngày 05/9/2025 của Giám đốc Sở Nội vụ về việc điều động công chức.',
  reasons: ['Thời hiệu khiếu nại đã hết mà không có lý do chính đáng (Điều 9 Luật Khiếu nại năm 2011)'],
};

export const guidanceSample: GuidanceInput = {
  ...issue,
  symbol: 'PHD-SNV',
  kind: 'complaint',
  sender: complainant,
  receivedDate: '2026-03-02',
  summary: 'Khiếu nại việc Ủy ban nhân dân xã Hòa Bình không giải quyết chế độ trợ cấp.',
  competentBody: 'Chủ tịch Ủy ban nhân dân xã Hòa Bình',
  reason: 'quyết định, hành vi bị khiếu nại do Ủy ban nhân dân xã ban hành, thực hiện',
};

export const transferSlipSample: TransferSlipInput = {
  ...issue,
  symbol: 'PC-SNV',
  petition: {
    kind: 'denunciation',
    letterDate: '2026-02-27',
    receivedDate: '2026-03-02',
    summary: 'Tố cáo Chủ tịch Ủy ban nhân dân xã Hòa Bình có hành vi sai phạm trong việc chi trả chế độ cho cán bộ không chuyên trách.',
  },
  competentBody: 'Chủ tịch Ủy ban nhân dân thành phố Kon Tum',
};

export const returnLetterSample: ReturnLetterInput = {
  ...issue,
  symbol: 'SNV-TTr',
  forwardingBody: 'Đoàn đại biểu Quốc hội tỉnh Kon Tum',
  forwardingDocument: 'Công văn số 123/ĐĐBQH-VP ngày 01/3/2026',
  petition: {
    kind: 'recommendation',
    sender: complainant,
    letterDate: '2026-02-25',
    receivedDate: '2026-03-03',
    summary: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất.',
  },
  reasons: ['Nội dung kiến nghị thuộc lĩnh vực đất đai, không thuộc chức năng, nhiệm vụ của Sở Nội vụ'],
  competentBody: 'Sở Nông nghiệp và Môi trường',
};

export const urgeLetterSample: UrgeLetterInput = {
  ...issue,
  symbol: 'SNV-TTr',
  addressee: 'Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
  petition: {
    kind: 'denunciation',
    receivedDate: '2025-12-10',
    summary: 'Tố cáo viên chức Trung tâm vi phạm quy định về quản lý hồ sơ lưu trữ.',
  },
  previousDocument: 'Phiếu chuyển đơn số 15/PC-SNV ngày 15/12/2025 của Sở Nội vụ',
  dueDate: '2026-02-13',
  reportBy: '2026-03-16',
};

export const archiveNoteSample: ArchiveNoteInput = {
  ...issue,
  symbol: 'PXL-TTr',
  signer: { title: 'CHÁNH THANH TRA', name: 'Hoàng Thị Dung' },
  petition: {
    kind: 'complaint',
    receivedDate: '2026-03-02',
    summary: 'Đơn không ghi họ tên, địa chỉ người khiếu nại, khiếu nại việc xét nâng lương.',
  },
  reasons: ['Đơn không ghi rõ họ tên, địa chỉ người khiếu nại, không có chữ ký hoặc điểm chỉ'],
  keepUntil: '2027-03-05',
};

export const denunciationAcceptanceDecisionSample: DenunciationAcceptanceDecisionInput = {
  ...issue,
  symbol: 'QĐ-SNV',
  additionalBases: ['Quyết định số 08/2025/QĐ-UBND ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Kon Tum quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ'],
  proposedBy: 'Chánh Thanh tra Sở',
  letterDate: '2026-02-20',
  accused,
  allegations: ['Sử dụng kinh phí chỉnh lý tài liệu không đúng mục đích', 'Bố trí người không đủ tiêu chuẩn vào vị trí lưu trữ viên'],
  verifier: 'Thanh tra Sở',
};

export const extensionDecisionSample: ExtensionDecisionInput = {
  ...issue,
  symbol: 'QĐ-SNV',
  date: '2026-04-03',
  acceptanceDecision: 'Quyết định số 12/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ về việc thụ lý tố cáo',
  accused,
  extensionNumber: 1,
  extensionDays: 30,
  newDueDate: '2026-05-04',
  reason: 'Vụ việc phức tạp, liên quan đến nhiều cơ quan, đơn vị; cần thêm thời gian thu thập hồ sơ, tài liệu chi tiêu các năm 2023–2025.',
  verifier: 'Thanh tra Sở',
};

export const complaintDecisionSample: ComplaintDecisionInput = {
  ...issue,
  symbol: 'QĐ-SNV',
  round: 'first',
  complainant,
  letterDate: '2026-03-01',
  complaintAgainst: 'Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh về việc chấm dứt hợp đồng lao động',
  complaintContent: 'Ông Nguyễn Văn An cho rằng Trung tâm chấm dứt hợp đồng lao động khi chưa báo trước theo quy định.',
  verificationResult: 'Trung tâm đã thông báo bằng văn bản trước 30 ngày theo quy định của Bộ luật Lao động năm 2019.',
  dialogueResult: 'Tại buổi đối thoại ngày 20/3/2026, các bên giữ nguyên ý kiến.',
  conclusion: 'Khiếu nại của ông Nguyễn Văn An là khiếu nại sai.',
  ruling: 'Giữ nguyên Quyết định số 45/QĐ-TTLT ngày 02/01/2026 của Giám đốc Trung tâm Lưu trữ lịch sử tỉnh.',
  secondRoundBody: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
  enforcers: ['Chánh Văn phòng Sở', 'Giám đốc Trung tâm Lưu trữ lịch sử tỉnh'],
};

export const denunciationConclusionSample: DenunciationConclusionInput = {
  ...issue,
  symbol: 'KL-SNV',
  date: '2026-05-02',
  acceptanceDecision: 'Quyết định số 12/QĐ-SNV ngày 05/3/2026 của Giám đốc Sở Nội vụ về việc thụ lý tố cáo',
  verificationReport: 'Báo cáo kết quả xác minh nội dung tố cáo ngày 20/4/2026 của Thanh tra Sở',
  accused,
  findings: [
    { allegation: 'Sử dụng kinh phí chỉnh lý tài liệu không đúng mục đích.', finding: 'Kinh phí được sử dụng đúng dự toán được duyệt.', verdict: 'false' },
    { allegation: 'Bố trí người không đủ tiêu chuẩn vào vị trí lưu trữ viên.', finding: 'Một trường hợp chưa có chứng chỉ bồi dưỡng nghiệp vụ lưu trữ.', verdict: 'partly_true' },
  ],
  legalGrounds: ['Luật Lưu trữ năm 2024', 'Thông tư số 02/2021/TT-BNV ngày 11 tháng 6 năm 2021 của Bộ Nội vụ'],
  conclusion: 'Tố cáo đối với ông Phạm Văn Cường là tố cáo đúng một phần.',
  measures: ['Yêu cầu ông Phạm Văn Cường kiểm điểm, rút kinh nghiệm'],
  accusedManager: 'Trung tâm Lưu trữ lịch sử tỉnh',
};
