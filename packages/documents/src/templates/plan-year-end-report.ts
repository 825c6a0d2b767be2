import { IsoDateSchema, planItemStatusLabels, planItemStatuses } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { REPORT_PLACEHOLDER } from './annual-report.js';
import { dashedList, issueFields, issuedDocument } from './common.js';

const optionalText = z.string().trim().nullable().default(null);

export const PlanYearEndReportInputSchema = z.strictObject({
  ...issueFields,
  /** Kính gửi: the body the agency reports to (the provincial inspectorate). */
  addressee: requiredText('Nơi nhận báo cáo'),
  plan: z.strictObject({
    year: z.number().int().min(2000).max(2100),
    number: requiredText('Số kế hoạch'),
    date: IsoDateSchema,
    title: requiredText('Trích yếu kế hoạch'),
  }),
  /** In plan order, each with its units and time as the plan writes them, and its status on the report's date. */
  items: z
    .array(
      z.strictObject({
        code: requiredText('Số thứ tự mục'),
        content: requiredText('Nội dung mục'),
        leadText: requiredText('Đơn vị chủ trì'),
        coordinatingText: optionalText,
        responsibilityNote: optionalText,
        timeText: requiredText('Thời gian thực hiện'),
        status: z.enum(planItemStatuses),
        dueDate: IsoDateSchema,
        /** Oldest first: the report tells what was done in the order it was done. */
        progress: z.array(z.strictObject({ date: IsoDateSchema, note: requiredText('Nội dung tiến độ') })),
      }),
    )
    .min(1, 'Kế hoạch chưa có mục nào để báo cáo.'),
});
export type PlanYearEndReportInput = z.input<typeof PlanYearEndReportInputSchema>;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
/** Unit names keep their capitals mid-sentence; only the generic "Các đơn vị …" is lowered. */
const unitPhrase = (s: string) => (s.startsWith('Các ') ? lowerFirst(s) : s);
/** "Kế hoạch công tác tiếp công dân … năm 2024" → "công tác tiếp công dân … năm 2024", as running text cites it. */
const topicOf = (title: string) => lowerFirst(title.replace(/^kế hoạch\s+/iu, ''));

/**
 * Báo cáo kết quả thực hiện kế hoạch năm: each item of the plan with its lead and coordinating
 * units, its time, its status and the progress recorded, then the counts. What the records cannot
 * say (the assessment, next year's direction) is left as a marked placeholder for the office.
 */
export function planYearEndReport(input: PlanYearEndReportInput): AdministrativeDocument {
  const p = PlanYearEndReportInputSchema.parse(input);
  const agency = p.issuer.textName;
  const topic = topicOf(p.plan.title);
  const year = String(p.plan.year);
  const count = (status: (typeof planItemStatuses)[number]) => p.items.filter((i) => i.status === status).length;
  const done = count('done');
  const late = p.items.filter((i) => i.status === 'late');
  const itemBlocks = p.items.flatMap((item): BodyBlock[] => {
    const units = item.coordinatingText ? `${item.leadText} chủ trì, ${unitPhrase(item.coordinatingText)} phối hợp` : `${item.leadText} chủ trì`;
    const result =
      item.status === 'late'
        ? `${planItemStatusLabels.late} (thời hạn ${formatShortDate(item.dueDate)})`
        : planItemStatusLabels[item.status];
    return [
      { type: 'item', marker: `${item.code}.`, text: item.content },
      { type: 'paragraph', lead: 'Phân công:', text: `${units}; thời gian: ${lowerFirst(item.timeText)}.${item.responsibilityNote ? ` ${item.responsibilityNote}` : ''}` },
      { type: 'paragraph', lead: 'Kết quả:', text: `${result}.` },
      ...(item.progress.length === 0
        ? [{ type: 'paragraph', text: 'Chưa có cập nhật tiến độ.' } as const]
        : dashedList(item.progress.map((n) => `Ngày ${formatShortDate(n.date)}: ${n.note}`))),
    ];
  });
  const percent = Math.floor((done * 100) / p.items.length);
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      text: `Thực hiện Kế hoạch số ${p.plan.number} ngày ${formatShortDate(p.plan.date)} của ${agency} về ${topic}, ${agency} báo cáo kết quả thực hiện năm ${year} như sau:`,
    },
    { type: 'section', text: 'I. Kết quả thực hiện các nhiệm vụ' },
    ...itemBlocks,
    { type: 'section', text: 'II. Đánh giá chung' },
    {
      type: 'paragraph',
      text:
        `Kế hoạch có ${String(p.items.length)} nhiệm vụ: đã hoàn thành ${String(done)} nhiệm vụ (${String(percent)}%), đang thực hiện ${String(count('in_progress'))} nhiệm vụ, ` +
        `chưa thực hiện ${String(count('not_started'))} nhiệm vụ, chậm tiến độ ${String(late.length)} nhiệm vụ` +
        (late.length > 0 ? ` (mục ${late.map((i) => i.code).join(', mục ')}).` : '.'),
    },
    { type: 'paragraph', lead: 'Ưu điểm, tồn tại, hạn chế và nguyên nhân:', text: REPORT_PLACEHOLDER },
    { type: 'section', text: `III. Phương hướng, nhiệm vụ năm ${String(p.plan.year + 1)}` },
    { type: 'paragraph', text: REPORT_PLACEHOLDER },
    { type: 'paragraph', text: `Trên đây là báo cáo kết quả thực hiện kế hoạch ${topic} của ${agency}.` },
  ];
  return issuedDocument(p, {
    kind: 'plan_year_end_report',
    title: 'BÁO CÁO',
    subject: `Kết quả thực hiện kế hoạch ${topic}`,
    addressees: [p.addressee],
    body,
    recipients: ['Như trên', `Lãnh đạo ${agency}`, 'Các phòng, đơn vị thuộc Sở'],
  });
}
