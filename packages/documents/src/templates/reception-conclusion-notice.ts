import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { capitalize, endListItem, issueFields, issuedDocument } from './common.js';
import { lawShort } from './legal-bases.js';

const TimeSchema = z.string().regex(/^\d{2}:\d{2}$/, 'Giờ phải có dạng giờ:phút.');

export const ReceptionConclusionNoticeInputSchema = z.strictObject({
  ...issueFields,
  session: z.strictObject({
    kind: z.enum(['periodic', 'ad_hoc']),
    date: IsoDateSchema,
    startTime: TimeSchema,
    endTime: TimeSchema,
    place: requiredText('Địa điểm tiếp'),
    hostName: requiredText('Họ tên người chủ trì'),
    hostTitle: requiredText('Chức vụ người chủ trì'),
    /** A deputy receiving by authorisation says so. */
    isAuthorised: z.boolean().default(false),
  }),
  attendees: requiredText('Thành phần tham dự'),
  /**
   * The matters heard. `visitors` are the names the register shows: a protected visitor's
   * pseudonym, never their name (Luật Tố cáo Đ9), since this notice goes to several units.
   */
  matters: z.array(z.strictObject({ visitNumber: requiredText('Số lượt tiếp'), visitors: requiredText('Người đến'), summary: requiredText('Nội dung') })),
  conclusion: requiredText('Ý kiến kết luận'),
  directions: z.array(z.strictObject({ content: requiredText('Nội dung chỉ đạo'), responsible: requiredText('Đơn vị thực hiện'), dueDate: IsoDateSchema })).min(1, 'Thông báo kết luận phải có ít nhất một nội dung chỉ đạo.'),
});
export type ReceptionConclusionNoticeInput = z.input<typeof ReceptionConclusionNoticeInputSchema>;

const hhmm = (t: string) => `${t.slice(0, 2)} giờ ${t.slice(3, 5)}`;

/**
 * Thông báo kết luận tiếp công dân: the head's directions at a periodic or ad hoc reception, sent to
 * those who must carry them out (Luật Tiếp công dân Đ18; NĐ 154/2026 Đ27 from 2026).
 */
export function receptionConclusionNotice(input: ReceptionConclusionNoticeInput): AdministrativeDocument {
  const p = ReceptionConclusionNoticeInputSchema.parse(input);
  const s = p.session;
  const kindPhrase = s.kind === 'periodic' ? 'định kỳ' : 'đột xuất';
  const host = `${s.hostTitle} ${s.hostName}`;
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      text: `Ngày ${formatShortDate(s.date)}, từ ${hhmm(s.startTime)} đến ${hhmm(s.endTime)}, tại ${s.place}, ${host}${s.isAuthorised ? ' (được Giám đốc ủy quyền)' : ''} chủ trì tiếp công dân ${kindPhrase} theo quy định của ${lawShort.citizenReception}.`,
    },
    { type: 'paragraph', lead: 'Thành phần tham dự:', text: p.attendees },
    { type: 'section', text: 'I. Nội dung công dân trình bày' },
    ...(p.matters.length === 0
      ? [{ type: 'paragraph', text: 'Không có công dân đến trình bày tại buổi tiếp.' } as const]
      : p.matters.map((m, i): BodyBlock => ({ type: 'item', marker: `${i + 1}.`, text: endListItem(`${m.visitors} (lượt tiếp số ${m.visitNumber}): ${m.summary}`, i === p.matters.length - 1) }))),
    { type: 'section', text: `II. Kết luận của ${host}` },
    { type: 'paragraph', text: p.conclusion },
    ...p.directions.map(
      (d, i): BodyBlock => ({
        type: 'item',
        marker: `${i + 1}.`,
        text: endListItem(`${capitalize(d.content.trim().replace(/[;.,]+$/u, ''))}. Giao ${d.responsible} thực hiện, thời hạn hoàn thành trước ngày ${formatShortDate(d.dueDate)}`, i === p.directions.length - 1),
      }),
    ),
    { type: 'paragraph', text: `${p.issuer.textName} thông báo để các cơ quan, đơn vị, cá nhân có liên quan biết, thực hiện.` },
  ];
  const responsible = [...new Set(p.directions.map((d) => d.responsible))];
  return issuedDocument(p, {
    kind: 'reception_conclusion_notice',
    title: 'THÔNG BÁO',
    subject: `Kết luận của ${host} tại buổi tiếp công dân ${kindPhrase} ngày ${formatShortDate(s.date)}`,
    addressees: [],
    body,
    recipients: [...responsible, 'Công dân có tên tại mục I (để biết)'],
  });
}
