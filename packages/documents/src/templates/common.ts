import { IsoDateSchema, petitionKindLabels } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { AgencySchema, SignerSchema, requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';

/**
 * The issuing agency as templates need it: the header block plus how the text names the agency and its head,
 * which cannot be derived from the upper-case header ("SỞ NỘI VỤ" is written "Sở Nội vụ" in running text).
 * All of it is data because the organisation changes (BRIEF section 0: the 2025 provincial merger).
 */
export const IssuerSchema = AgencySchema.extend({
  /** "Sở Nội vụ" */
  textName: requiredText('Tên cơ quan trong văn bản'),
  /** "Giám đốc Sở Nội vụ" */
  headTitle: requiredText('Chức danh người đứng đầu'),
});
export type Issuer = z.infer<typeof IssuerSchema>;

/** What every template needs to issue a document, besides its own content. */
export const issueFields = {
  issuer: IssuerSchema,
  number: z.number().int().positive('Số văn bản phải là số nguyên dương.').nullable(),
  symbol: requiredText('Ký hiệu văn bản'),
  place: requiredText('Địa danh'),
  date: IsoDateSchema,
  signer: SignerSchema,
  /** Extra "Nơi nhận" lines, printed before the filing line. */
  copies: z.array(requiredText('Nơi nhận')).default([]),
  /** The filing line: "Lưu: VT, TTr." */
  filing: requiredText('Nơi lưu').default('Lưu: VT, hồ sơ'),
};

/** How a person or body is named in the text: "ông", "bà", or nothing for an organisation. */
export const SalutationSchema = z.enum(['ông', 'bà', 'ông (bà)', 'none']);

/** A party the document names and writes to: a complainant, a sender, an accused person. */
export const PartySchema = z.strictObject({
  salutation: SalutationSchema.default('ông (bà)'),
  name: requiredText('Họ tên'),
  address: requiredText('Địa chỉ').optional(),
});
export type Party = z.output<typeof PartySchema>;

/** "ông Nguyễn Văn A", or just the name of an organisation. */
export const partyName = (p: Pick<Party, 'salutation' | 'name'>): string => (p.salutation === 'none' ? p.name : `${p.salutation} ${p.name}`);

/** First letter upper case, for a party name at the start of a line ("Kính gửi: Ông Nguyễn Văn A"). */
export const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "ông Nguyễn Văn A, địa chỉ: …" */
export const partyWithAddress = (p: Party): string => (p.address === undefined ? partyName(p) : `${partyName(p)}, địa chỉ: ${p.address}`);

/** "khiếu nại", "tố cáo", "kiến nghị, phản ánh": the domain's labels, as they read mid-sentence. */
export const kindPhrase = (kind: 'complaint' | 'denunciation' | 'recommendation'): string => petitionKindLabels[kind].toLocaleLowerCase('vi');

/** "đơn khiếu nại đề ngày 01/3/2026" or "đơn khiếu nại" when the letter carries no date. */
export const letterPhrase = (kind: 'complaint' | 'denunciation' | 'recommendation', letterDate: string | undefined): string =>
  letterDate === undefined ? `đơn ${kindPhrase(kind)}` : `đơn ${kindPhrase(kind)} đề ngày ${formatShortDate(letterDate)}`;

/**
 * A letter referred to in a document sent to someone other than its sender. A denunciation never carries the
 * denouncer here (Luật Tố cáo 2018, Điều 9 khoản 1 điểm b, Điều 56): the variant has no field for it, and strict parsing rejects one.
 * A complaint or recommendation may name its sender, or not when the letter was unsigned.
 */
export const PetitionRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('denunciation'),
    letterDate: IsoDateSchema.optional(),
    receivedDate: IsoDateSchema,
    summary: requiredText('Tóm tắt nội dung đơn'),
  }),
  z.strictObject({
    kind: z.enum(['complaint', 'recommendation']),
    sender: PartySchema.optional(),
    letterDate: IsoDateSchema.optional(),
    receivedDate: IsoDateSchema,
    summary: requiredText('Tóm tắt nội dung đơn'),
  }),
]);
export type PetitionRef = z.output<typeof PetitionRefSchema>;

/** "đơn tố cáo đề ngày 01/3/2026" / "đơn kiến nghị, phản ánh đề ngày 01/3/2026 của ông Nguyễn Văn A, địa chỉ: …" */
export function petitionRefPhrase(ref: PetitionRef): string {
  const letter = letterPhrase(ref.kind, ref.letterDate);
  if (ref.kind === 'denunciation' || ref.sender === undefined) return letter;
  return `${letter} của ${partyWithAddress(ref.sender)}`;
}

type IssueInput = {
  issuer: Issuer;
  number: number | null;
  symbol: string;
  place: string;
  date: string;
  signer: z.output<typeof SignerSchema>;
  copies: string[];
  filing: string;
};

/** The parts of the model every template fills the same way. */
export function issuedDocument(
  input: IssueInput,
  content: Pick<AdministrativeDocument, 'kind' | 'title' | 'subject' | 'addressees' | 'body'> & { recipients: string[] },
): AdministrativeDocument {
  const { parentName, name, unitName } = input.issuer;
  return {
    kind: content.kind,
    agency: unitName === undefined ? { parentName, name } : { parentName, name, unitName },
    number: input.number,
    symbol: input.symbol,
    place: input.place,
    date: input.date,
    title: content.title,
    subject: content.subject,
    addressees: content.addressees,
    body: content.body,
    signer: input.signer,
    recipients: [...content.recipients, ...input.copies, input.filing],
  };
}

/** The person denounced or complained against, with the post that makes the matter the agency's business. */
export const AccusedSchema = z.strictObject({
  salutation: SalutationSchema.default('ông (bà)'),
  name: requiredText('Họ tên người bị tố cáo'),
  position: requiredText('Chức vụ').optional(),
  workplace: requiredText('Nơi công tác').optional(),
});
export type Accused = z.output<typeof AccusedSchema>;

/** "ông Trần Văn B, Phó Giám đốc Trung tâm X" */
export function accusedPhrase(a: Accused): string {
  // "Phó Giám đốc Trung tâm X" reads as one post, so position and workplace are not split by a comma.
  const post = [a.position, a.workplace].filter((s) => s !== undefined).join(' ');
  return post === '' ? partyName(a) : `${partyName(a)}, ${post}`;
}

/** List lines end with ";" and the last one with "." (NĐ 30 punctuation for enumerations). */
export const endListItem = (text: string, isLast: boolean): string => `${text.trim().replace(/[;.,]+$/u, '')}${isLast ? '.' : ';'}`;

/** A dashed list of items with that punctuation. */
export const dashedList = (items: readonly string[]): BodyBlock[] =>
  items.map((text, i) => ({ type: 'item', marker: '-', text: endListItem(text, i === items.length - 1) }));
