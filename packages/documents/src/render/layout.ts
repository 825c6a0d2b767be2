/** Millimetres to twips, rounded rather than floored so A4 comes out as Word's own 11906 × 16838. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** NĐ 30/2020/NĐ-CP, Phụ lục I: Times New Roman (Unicode TCVN 6909:2001), black, on A4. */
export const FONT = 'Times New Roman';

/** Point sizes chosen inside the ranges of Phụ lục I. */
export const size = {
  /** Tên cơ quan chủ quản, tên cơ quan ban hành: 12–13. */
  agency: 13,
  /** Quốc hiệu: 12–13. 12 keeps it on one line in the right column. */
  nationalName: 12,
  /** Tiêu ngữ: 13–14. */
  motto: 13,
  /** "Số:": 13. */
  number: 13,
  /** Trích yếu of a công văn, under the number: 12–13. */
  letterSubject: 12,
  /** Địa danh và thời gian: 13–14, italic. */
  placeAndDate: 14,
  /** Tên loại, trích yếu, nội dung, người ký: 13–14. */
  body: 14,
  /** "Nơi nhận:": 12, bold italic. */
  recipientsHeading: 12,
  /** The recipients' lines: 11. */
  recipients: 11,
} as const;

/** docx sizes are in half-points. */
export const halfPoints = (points: number): number => points * 2;

/** Margins within Phụ lục I's ranges: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const page = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  /** The page number sits in the top margin, from page 2 on. */
  headerDistance: mm(10),
} as const;

export const textWidth = page.width - page.marginLeft - page.marginRight;

/** Header and signature tables split the text width; the left column holds the agency or "Nơi nhận". */
export const headerColumns = { left: mm(62), right: textWidth - mm(62) } as const;
export const footerColumns = { left: mm(75), right: textWidth - mm(75) } as const;

/** Small cell padding so the columns keep nearly their whole width for text. */
export const cellPadding = mm(1);

/** Phụ lục I: first-line indent 1–1.27 cm, at least 6 pt between paragraphs, single to 1.5 lines. */
export const paragraph = {
  firstLineIndent: mm(10),
  spacingAfter: 120,
  /** 1.15 lines, in 240ths of a line (lineRule auto). */
  lineSpacing: 276,
} as const;

/** Room for the signature and the seal between the signer's title and name. */
export const signatureSpaceLines = 4;
