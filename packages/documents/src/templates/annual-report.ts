import { AnnualReportFiguresSchema, IsoDateSchema, type CaseResolutionFigures } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { formatCount as n, formatPercent } from '../figures.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { issueFields, issuedDocument } from './common.js';

/** Where the director's office writes what the figures cannot say; easy to find and replace in Word. */
export const REPORT_PLACEHOLDER = '[Nội dung do đơn vị bổ sung]';

export const AnnualReportInputSchema = z.strictObject({
  ...issueFields,
  year: z.number().int().min(2000).max(2100),
  /** The report year's window (15/12 of the previous year to 14/12 under TT 02/2021). */
  period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  /** Kính gửi: the body the agency reports to (the provincial inspectorate). */
  addressee: requiredText('Nơi nhận báo cáo'),
  figures: AnnualReportFiguresSchema,
});
export type AnnualReportInput = z.input<typeof AnnualReportInputSchema>;

const item = (marker: string, text: string): BodyBlock => ({ type: 'item', marker, text });
const placeholder = (lead: string): BodyBlock => ({ type: 'paragraph', lead, text: REPORT_PLACEHOLDER });

function caseSentence(what: string, c: CaseResolutionFigures): string {
  const share = formatPercent(c.resolved, c.toResolve);
  return (
    `Tổng số vụ việc ${what} phải giải quyết: ${n(c.toResolve)} vụ việc (kỳ trước chuyển sang ${n(c.carriedOver)} vụ việc, thụ lý mới ${n(c.accepted)} vụ việc); ` +
    `đã giải quyết ${n(c.resolved)} vụ việc${share === null ? '' : ` (đạt ${share})`}, trong đó đúng thời hạn ${n(c.resolvedOnTime)} vụ việc, quá thời hạn ${n(c.resolvedLate)} vụ việc; ` +
    `đang giải quyết ${n(c.pending)} vụ việc, trong đó quá thời hạn ${n(c.pendingOverdue)} vụ việc.`
  );
}

/**
 * Báo cáo kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm: the annual
 * narrative report (TT 02/2021/TT-TTCP), as a skeleton the director's office completes. Every figure
 * comes from the year's 01/TCD and 02/XLD and the cases; the assessment and plans are placeholders.
 */
export function annualReport(input: AnnualReportInput): AdministrativeDocument {
  const p = AnnualReportInputSchema.parse(input);
  const { lettersReceived: lr, reception: r, complaintLetters: l, cases } = p.figures;
  const agency = p.issuer.textName;
  const groups = r.regular.groups + r.headInPerson.groups + r.headAuthorised.groups;
  const admin = l.byContent.admin_policy + l.byContent.admin_land_housing + l.byContent.admin_other;
  const head = (h: typeof r.headInPerson) => `${n(h.sessions)} kỳ, ${n(h.visits)} lượt, ${n(h.persons)} người, ${n(h.matters)} vụ việc, ${n(h.groups)} đoàn đông người`;

  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      text:
        `Thực hiện chế độ báo cáo theo Thông tư số 02/2021/TT-TTCP ngày 22/3/2021 của Thanh tra Chính phủ, ${agency} báo cáo kết quả công tác tiếp công dân, ` +
        `xử lý đơn, giải quyết khiếu nại, tố cáo năm ${String(p.year)} (số liệu từ ngày ${formatShortDate(p.period.from)} đến ngày ${formatShortDate(p.period.to)}) như sau:`,
    },
    { type: 'section', text: 'I. Tình hình khiếu nại, tố cáo' },
    {
      type: 'paragraph',
      text:
        `Trong kỳ, ${agency} tiếp ${n(r.total.visits)} lượt với ${n(r.total.persons)} người đến trình bày ${n(r.total.matters)} vụ việc, trong đó ${n(groups)} đoàn đông người; ` +
        `tiếp nhận ${n(lr.total)} đơn các loại, gồm ${n(lr.complaint)} đơn khiếu nại, ${n(lr.denunciation)} đơn tố cáo, ${n(lr.recommendation)} đơn kiến nghị, phản ánh ` +
        `và ${n(lr.mixed)} đơn có nhiều nội dung.`,
    },
    placeholder('Nội dung chủ yếu, tính chất và diễn biến của khiếu nại, tố cáo:'),
    { type: 'section', text: 'II. Kết quả tiếp công dân' },
    item(
      '1.',
      `Tiếp công dân thường xuyên: ${n(r.regular.visits)} lượt, ${n(r.regular.persons)} người, ${n(r.regular.matters)} vụ việc ` +
        `(tiếp lần đầu ${n(r.regular.firstTime)} vụ việc, tiếp nhiều lần ${n(r.regular.repeated)} vụ việc); trong đó ${n(r.regular.groups)} đoàn đông người với ${n(r.regular.groupPersons)} người.`,
    ),
    item('2.', `Thủ trưởng tiếp công dân định kỳ và đột xuất: ${p.issuer.headTitle} trực tiếp tiếp ${head(r.headInPerson)}; người được ủy quyền tiếp ${head(r.headAuthorised)}.`),
    item('3.', `Tổng cộng: ${n(r.total.visits)} lượt, ${n(r.total.persons)} người, ${n(r.total.matters)} vụ việc (số liệu chi tiết tại Biểu số 01/TCD kèm theo).`),
    { type: 'section', text: 'III. Kết quả xử lý đơn' },
    item(
      '1.',
      `Tổng số đơn khiếu nại phải xử lý: ${n(l.toProcess)} đơn (kỳ trước chuyển sang ${n(l.carriedOver)} đơn, tiếp nhận trong kỳ ${n(l.received)} đơn); ` +
        `đã xử lý ${n(l.processed)} đơn; đủ điều kiện xử lý ${n(l.eligible)} đơn, ${n(l.eligibleMatters)} vụ việc.`,
    ),
    item(
      '2.',
      `Phân loại theo nội dung: lĩnh vực hành chính ${n(admin)} đơn (chế độ, chính sách ${n(l.byContent.admin_policy)} đơn; đất đai, nhà cửa ${n(l.byContent.admin_land_housing)} đơn; ` +
        `khác ${n(l.byContent.admin_other)} đơn); lĩnh vực tư pháp ${n(l.byContent.judicial)} đơn; về Đảng, đoàn thể ${n(l.byContent.party)} đơn; lĩnh vực khác ${n(l.byContent.other)} đơn.`,
    ),
    item(
      '3.',
      `Kết quả xử lý: thuộc thẩm quyền ${n(l.inCompetenceFirst + l.inCompetenceSecond)} đơn (lần đầu ${n(l.inCompetenceFirst)} đơn, lần hai ${n(l.inCompetenceSecond)} đơn); ` +
        `không thuộc thẩm quyền ${n(l.guided + l.transferred)} đơn, trong đó hướng dẫn ${n(l.guided)} đơn, chuyển đơn, đôn đốc ${n(l.transferred)} đơn (số liệu chi tiết tại Biểu số 02/XLD kèm theo).`,
    ),
    item('4.', `Xử lý đơn tố cáo, đơn kiến nghị, phản ánh: ${REPORT_PLACEHOLDER}`),
    { type: 'section', text: 'IV. Kết quả giải quyết khiếu nại, tố cáo thuộc thẩm quyền' },
    item('1.', `Giải quyết khiếu nại: ${caseSentence('khiếu nại', cases.complaint)} Kết quả giải quyết: ${REPORT_PLACEHOLDER}`),
    item('2.', `Giải quyết tố cáo: ${caseSentence('tố cáo', cases.denunciation)} Kết quả giải quyết: ${REPORT_PLACEHOLDER}`),
    { type: 'section', text: 'V. Đánh giá, nhận xét' },
    item('1.', `Ưu điểm: ${REPORT_PLACEHOLDER}`),
    item('2.', `Tồn tại, hạn chế và nguyên nhân: ${REPORT_PLACEHOLDER}`),
    { type: 'section', text: `VI. Phương hướng, nhiệm vụ năm ${String(p.year + 1)}` },
    { type: 'paragraph', text: REPORT_PLACEHOLDER },
    { type: 'section', text: 'VII. Kiến nghị, đề xuất' },
    { type: 'paragraph', text: REPORT_PLACEHOLDER },
    { type: 'paragraph', text: `Trên đây là báo cáo kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm ${String(p.year)} của ${agency}.` },
  ];
  return issuedDocument(p, {
    kind: 'annual_report',
    title: 'BÁO CÁO',
    subject: `Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm ${String(p.year)}`,
    addressees: [p.addressee],
    body,
    recipients: ['Như trên', `Lãnh đạo ${agency}`],
  });
}
