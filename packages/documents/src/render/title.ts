import { AlignmentType, type Paragraph } from 'docx';
import type { AdministrativeDocument } from '../model.js';
import { size, textWidth } from './layout.js';
import { estimateTextWidth } from './measure.js';
import { horizontalRule } from './rule.js';
import { line } from './runs.js';

/** Tên loại and trích yếu, centred and bold, with a short rule under them (ô 5a of Phụ lục I). */
export function renderTitle(doc: AdministrativeDocument): Paragraph[] {
  if (doc.title === null) return [];
  const style = { points: size.body, bold: true };
  const title = line(doc.title.toLocaleUpperCase('vi'), style, { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, keepNext: true });
  const ruleUnder = doc.subject ?? doc.title;
  const blocks = [title];
  if (doc.subject !== null) blocks.push(line(doc.subject, style, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, keepNext: true }));
  // One third to one half of the line above it; Phụ lục I leaves the choice to the drafter.
  blocks.push(horizontalRule(Math.min(estimateTextWidth(ruleUnder, size.body, true) * 0.4, textWidth / 3), textWidth, 240));
  return blocks;
}
