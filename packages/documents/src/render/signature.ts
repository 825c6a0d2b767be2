import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Signer } from '../model.js';
import { footerColumns, signatureSpaceLines, size } from './layout.js';
import { line } from './runs.js';
import { twoColumnTable } from './table.js';

const clean = (s: string): string => s.trim().replace(/[;.,]+$/u, '');

/** "Nơi nhận:" then one "- …;" line per recipient, the last ending with "." (ô 9a of Phụ lục I). */
export function recipientsBlock(recipients: readonly string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const tight = { spacing: { before: 0, after: 0 } };
  return [
    line('Nơi nhận:', { points: size.recipientsHeading, bold: true, italics: true }, tight),
    ...recipients.map((r, i) => line(`- ${clean(r)}${i === recipients.length - 1 ? '.' : ';'}`, { points: size.recipients }, tight)),
  ];
}

/** Authority and title in bold capitals, room for signature and seal, then the name in bold (ô 7 of Phụ lục I). */
export function signerBlock(signer: Signer): Paragraph[] {
  const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;
  const bold = { points: size.body, bold: true };
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  return [
    ...(signer.authority === undefined ? [] : [line(upper(signer.authority), bold, centred)]),
    line(upper(signer.title), bold, centred),
    ...Array.from({ length: signatureSpaceLines }, () => line('', { points: size.body }, centred)),
    line(signer.name, bold, centred),
  ];
}

/** "Nơi nhận" on the left, the signature on the right, in one row that never splits across pages. */
export function renderSignatureAndRecipients(signer: Signer, recipients: readonly string[]): Table {
  return twoColumnTable(footerColumns, [{ left: recipientsBlock(recipients), right: signerBlock(signer) }]);
}
