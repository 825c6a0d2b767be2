import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

/** Rules may not run wider than this share of their column, nor shorter than about 1.5 cm. */
const MIN_RULE = 850;

/**
 * A short centred horizontal line, drawn as the bottom border of an empty, indented paragraph. A border
 * (unlike a drawn shape) moves with the text, renders the same in Word and LibreOffice and survives editing.
 */
export function horizontalRule(lengthTwips: number, containerTwips: number, spaceAfter = 0): Paragraph {
  const length = Math.min(Math.max(lengthTwips, MIN_RULE), containerTwips);
  const side = Math.max(0, Math.floor((containerTwips - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: spaceAfter, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}
