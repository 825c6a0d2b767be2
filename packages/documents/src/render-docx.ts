import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { AdministrativeDocumentSchema, type AdministrativeDocument } from './model.js';
import { renderAddressees } from './render/addressees.js';
import { renderBody } from './render/body.js';
import { renderHeader } from './render/header.js';
import { FONT, halfPoints, page, size } from './render/layout.js';
import { renderSignatureAndRecipients } from './render/signature.js';
import { renderTitle } from './render/title.js';

/** Phụ lục I: page numbers centred in the top margin, from the second page on. */
const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(size.body) })],
      }),
    ],
  });

/** Builds the docx object tree; exported for tests that inspect structure rather than bytes. */
export function buildDocument(model: AdministrativeDocument): Document {
  const doc = AdministrativeDocumentSchema.parse(model);
  return new Document({
    creator: doc.agency.unitName ?? doc.agency.name,
    title: [doc.title, doc.subject].filter((s) => s !== null).join(' '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(size.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.marginTop, bottom: page.marginBottom, left: page.marginLeft, right: page.marginRight, header: page.headerDistance },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          renderHeader(doc),
          ...renderTitle(doc),
          ...renderAddressees(doc.addressees, doc.title !== null),
          ...renderBody(doc.body),
          // Keeps the last lines of text with the signature, so a page never starts with the signature alone.
          new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [] }),
          renderSignatureAndRecipients(doc.signer, doc.recipients),
        ],
      },
    ],
  });
}

/** Renders a validated document model to the bytes of a .docx file. */
export async function renderDocx(model: AdministrativeDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(model));
}
