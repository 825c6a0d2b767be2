import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate, formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PetitionRefSchema, capitalize, dashedList, issueFields, issuedDocument, petitionRefPhrase } from './common.js';

export const ArchiveNoteInputSchema = z.strictObject({
  ...issueFields,
  petition: PetitionRefSchema,
  reasons: z.array(requiredText('Lý do xếp lưu')).min(1, 'Phải nêu ít nhất một lý do xếp lưu đơn.'),
  /**
   * End of the retention period, worked out by the caller from the configured rule (one year under
   * TT 07/2014 Điều 28; unconfirmed for TT 05/2021, so not hard-coded here).
   */
  keepUntil: IsoDateSchema,
});
export type ArchiveNoteInput = z.input<typeof ArchiveNoteInputSchema>;

/** Phiếu xếp lưu đơn: why a letter is filed without action, and until when it is kept (BRIEF 1.4). */
export function archiveNote(input: ArchiveNoteInput): AdministrativeDocument {
  const p = ArchiveNoteInputSchema.parse(input);
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${capitalize(formatLongDate(p.petition.receivedDate))}, ${p.issuer.textName} nhận được ${petitionRefPhrase(p.petition)}.` },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: p.petition.summary },
    { type: 'paragraph', text: 'Qua xem xét, đơn thuộc trường hợp xếp lưu theo quy định, với lý do:' },
    ...dashedList(p.reasons),
    {
      type: 'paragraph',
      text: `Đơn được xếp lưu và lưu giữ đến hết ngày ${formatShortDate(p.keepUntil)}; hết thời hạn lưu giữ, đơn được tiêu hủy theo quyết định của ${p.issuer.headTitle}.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'archive_note',
    title: 'PHIẾU XẾP LƯU ĐƠN',
    subject: null,
    addressees: [],
    body,
    recipients: [],
  });
}
