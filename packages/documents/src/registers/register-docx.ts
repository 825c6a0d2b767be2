import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { z } from 'zod';
import { MOTTO, NATIONAL_NAME } from '../render/header.js';
import { FONT, halfPoints, mm } from '../render/layout.js';
import { twoColumnTable } from '../render/table.js';

/**
 * A register (sổ) printed for a period: the agency block beside the national motto, the title and
 * period, then one bordered table with a header row, the numbered-columns row ("(1) (2) …"), one row
 * per entry and a totals row. A4 landscape: a register has more columns than a letter has words a line.
 */
export const RegisterDocumentSchema = z.strictObject({
  agency: z.strictObject({ parentName: z.string().min(1), name: z.string().min(1) }),
  title: z.string().min(1),
  period: z.string().min(1),
  columns: z.array(z.strictObject({ header: z.string().min(1), widthMm: z.number().positive() })).min(1),
  rows: z.array(z.array(z.union([z.string(), z.number()]))),
  totals: z.array(z.union([z.string(), z.number()])),
  footnote: z.string().optional(),
});
export type RegisterDocument = z.infer<typeof RegisterDocumentSchema>;

const landscape = { width: mm(297), height: mm(210), margin: mm(15) } as const;
const TABLE_SIZE = 10;

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, bold: options.bold ?? false, italics: options.italics ?? false, size: halfPoints(options.size ?? 13) });
const centred = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, options)] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border };

function cell(value: string | number, widthMm: number, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) {
  const lines = String(value).split('\n');
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders,
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: mm(1), right: mm(1), top: mm(0.5), bottom: mm(0.5) },
    children: lines.map((line) => new Paragraph({ alignment: align, children: [run(line, { bold, size: TABLE_SIZE })] })),
  });
}

export function buildRegisterDocument(input: RegisterDocument): Document {
  const doc = RegisterDocumentSchema.parse(input);
  const widths = doc.columns.map((c) => c.widthMm);
  const row = (values: readonly (string | number)[], options: { bold?: boolean; header?: boolean } = {}) =>
    new TableRow({
      tableHeader: options.header ?? false,
      cantSplit: true,
      children: widths.map((w, i) => cell(values[i] ?? '', w, options.bold ?? false, options.header ? AlignmentType.CENTER : typeof values[i] === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT)),
    });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mm(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    rows: [
      row(doc.columns.map((c) => c.header), { bold: true, header: true }),
      row(doc.columns.map((_, i) => `(${i + 1})`), { header: true }),
      ...doc.rows.map((r) => row(r)),
      row(doc.totals, { bold: true }),
    ],
  });
  const half = (landscape.width - 2 * landscape.margin) / 2;
  return new Document({
    creator: doc.agency.name,
    title: `${doc.title} ${doc.period}`,
    styles: { default: { document: { run: { font: FONT, size: halfPoints(13), language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: landscape.height, height: landscape.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: landscape.margin, bottom: landscape.margin, left: landscape.margin, right: landscape.margin },
          },
        },
        children: [
          twoColumnTable({ left: half, right: half }, [
            {
              left: [centred(doc.agency.parentName), centred(doc.agency.name, { bold: true })],
              right: [centred(NATIONAL_NAME, { bold: true, size: 12 }), centred(MOTTO, { bold: true })],
            },
          ]),
          new Paragraph({ children: [] }),
          centred(doc.title, { bold: true, size: 14 }),
          centred(doc.period, { italics: true }),
          new Paragraph({ children: [] }),
          table,
          ...(doc.footnote ? [new Paragraph({ children: [run(doc.footnote, { italics: true, size: TABLE_SIZE })] })] : []),
        ],
      },
    ],
  });
}

/** The register's .docx bytes. */
export async function renderRegisterDocx(input: RegisterDocument): Promise<Buffer> {
  return Packer.toBuffer(buildRegisterDocument(input));
}
