import { AlignmentType, type Paragraph, type Table } from 'docx';
import { formatPlaceAndDate } from '../dates.js';
import type { AdministrativeDocument } from '../model.js';
import { formatNumberLine } from '../number.js';
import { headerColumns, size } from './layout.js';
import { estimateTextWidth } from './measure.js';
import { horizontalRule } from './rule.js';
import { line } from './runs.js';
import { columnTextWidth, twoColumnTable } from './table.js';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const upper = (s: string): string => s.toLocaleUpperCase('vi');
const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;

/** Managing body (upright) over issuing body (bold); a unit prints the agency above itself instead of the parent. */
function agencyLines(agency: AdministrativeDocument['agency']): { managing: string; issuing: string } {
  return agency.unitName === undefined
    ? { managing: upper(agency.parentName), issuing: upper(agency.name) }
    : { managing: upper(agency.name), issuing: upper(agency.unitName) };
}

function agencyBlock(doc: AdministrativeDocument): Paragraph[] {
  const { managing, issuing } = agencyLines(doc.agency);
  const width = columnTextWidth(headerColumns.left);
  return [
    line(managing, { points: size.agency }, centred),
    line(issuing, { points: size.agency, bold: true }, centred),
    // Phụ lục I: a rule one third to one half as long as the issuing body's name.
    horizontalRule(estimateTextWidth(issuing, size.agency, true) * 0.45, width),
  ];
}

function mottoBlock(): Paragraph[] {
  const width = columnTextWidth(headerColumns.right);
  return [
    line(NATIONAL_NAME, { points: size.nationalName, bold: true }, centred),
    line(MOTTO, { points: size.motto, bold: true }, centred),
    // Phụ lục I: a rule as long as the motto itself.
    horizontalRule(estimateTextWidth(MOTTO, size.motto, true), width),
  ];
}

function numberBlock(doc: AdministrativeDocument): Paragraph[] {
  const numberLine = line(formatNumberLine(doc.number, doc.symbol), { points: size.number }, { ...centred, spacing: { before: 120, after: 0 } });
  // A công văn has no title: its subject ("V/v …") goes under the number, upright, 12–13 pt.
  if (doc.title !== null || doc.subject === null) return [numberLine];
  return [numberLine, line(doc.subject, { points: size.letterSubject }, { ...centred, spacing: { before: 60, after: 0 } })];
}

function placeAndDateBlock(doc: AdministrativeDocument): Paragraph[] {
  return [line(formatPlaceAndDate(doc.place, doc.date), { points: size.placeAndDate, italics: true }, { ...centred, spacing: { before: 120, after: 0 } })];
}

/** The two-column head of the first page: ô 1–4 of NĐ 30/2020, Phụ lục I. */
export function renderHeader(doc: AdministrativeDocument): Table {
  return twoColumnTable(headerColumns, [
    { left: agencyBlock(doc), right: mottoBlock() },
    { left: numberBlock(doc), right: placeAndDateBlock(doc) },
  ]);
}
