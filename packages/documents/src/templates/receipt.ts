import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate, yearOf } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { formatDocumentNumber } from '../number.js';
import { PartySchema, capitalize, endListItem, issueFields, issuedDocument, kindPhrase, partyName } from './common.js';

const { number: _number, ...receiptIssueFields } = issueFields;

export const ReceiptInputSchema = z.strictObject({
  ...receiptIssueFields,
  /** The letter's register number for the agency and year; the receipt carries it as its own number. */
  receiptNumber: z.number().int().positive('Số tiếp nhận phải là số nguyên dương.'),
  receivedDate: IsoDateSchema,
  kind: z.enum(['complaint', 'denunciation', 'recommendation']).optional(),
  sender: PartySchema,
  /** Documents handed in with the letter, as listed to the citizen. */
  attachments: z.array(requiredText('Tài liệu kèm theo')).default([]),
  trackingCode: requiredText('Mã tra cứu'),
  /** The public site's lookup page; left as a blank to fill in by hand until the site's address is known. */
  lookupAddress: requiredText('Địa chỉ tra cứu').optional(),
});
export type ReceiptInput = z.input<typeof ReceiptInputSchema>;

/** Giấy biên nhận đơn: what the citizen keeps, with the register number and the code to follow the letter online. */
export function receipt(input: ReceiptInput): AdministrativeDocument {
  const p = ReceiptInputSchema.parse(input);
  const letter = p.kind === undefined ? 'đơn' : `đơn ${kindPhrase(p.kind)}`;
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${p.issuer.textName} đã nhận ${letter} của:` },
    { type: 'item', marker: '-', text: `Họ và tên: ${capitalize(partyName(p.sender))}.` },
    ...(p.sender.address === undefined ? [] : [{ type: 'item', marker: '-', text: `Địa chỉ: ${p.sender.address}.` } as const]),
    { type: 'item', marker: '-', text: `Ngày nhận đơn: ${formatLongDate(p.receivedDate)}.` },
    { type: 'item', marker: '-', text: `Số tiếp nhận: ${formatDocumentNumber(p.receiptNumber)}/${yearOf(p.receivedDate)}.` },
  ];
  if (p.attachments.length > 0) {
    body.push({ type: 'paragraph', text: 'Tài liệu kèm theo đơn:' });
    p.attachments.forEach((a, i) => body.push({ type: 'item', marker: `${i + 1}.`, text: endListItem(a, i === p.attachments.length - 1) }));
  }
  body.push(
    { type: 'paragraph', lead: 'Mã tra cứu:', text: p.trackingCode },
    {
      type: 'paragraph',
      text: `${capitalize(partyName(p.sender))} có thể tra cứu tình hình xử lý đơn bằng mã tra cứu nêu trên tại địa chỉ: ${p.lookupAddress ?? '……………………………………'}.`,
    },
    { type: 'paragraph', text: 'Giấy biên nhận này xác nhận việc tiếp nhận đơn, không phải là văn bản thụ lý giải quyết đơn.' },
  );
  return issuedDocument(
    { ...p, number: p.receiptNumber },
    { kind: 'receipt', title: 'GIẤY BIÊN NHẬN ĐƠN', subject: null, addressees: [], body, recipients: [capitalize(partyName(p.sender))] },
  );
}
