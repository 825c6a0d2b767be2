import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { BodyBlock } from '../model.js';
import { paragraph, size } from './layout.js';
import { line, run, type RunStyle } from './runs.js';

const plain: RunStyle = { points: size.body };
const bold: RunStyle = { points: size.body, bold: true };

/** Phụ lục I body text: justified, first line indented, ≥ 6 pt between paragraphs. */
const justified = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: paragraph.firstLineIndent },
  spacing: { before: 0, after: paragraph.spacingAfter, line: paragraph.lineSpacing, lineRule: LineRuleType.AUTO },
} as const;

/** Text typed with line breaks becomes separate paragraphs, each with its own indent. */
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function renderBlock(block: BodyBlock, keepNext: boolean): Paragraph[] {
  const body = keepNext ? { ...justified, keepNext } : justified;
  switch (block.type) {
    case 'paragraph':
      return lines(block.text).map((text, i) =>
        i === 0 && block.lead !== undefined
          ? new Paragraph({ ...body, children: [run(block.lead, bold), run(` ${text}`, plain)] })
          : line(text, plain, body),
      );
    case 'basis':
      return lines(block.text).map((text) => line(text, { ...plain, italics: true }, body));
    case 'heading':
      return [line(block.text, bold, { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true })];
    case 'section':
      return [line(block.text, bold, { ...body, keepNext: true })];
    case 'item':
      return [line(`${block.marker} ${block.text}`, plain, body)];
    case 'article':
      return [new Paragraph({ ...body, children: [run(`Điều ${block.number}.`, bold), run(` ${block.text}`, plain)] })];
  }
}

/** The text of a document ends with "./." so nothing can be appended after it (Vietnamese drafting practice). */
export const END_MARK = './.';

function withEndMark(block: BodyBlock): BodyBlock {
  if (block.type === 'heading' || block.text.endsWith(END_MARK)) return block;
  return { ...block, text: `${block.text.replace(/[.;:,\s]+$/u, '')}${END_MARK}` };
}

/** Renders the body; its last block ends with "./." and is kept on the page of the signature that follows. */
export function renderBody(blocks: readonly BodyBlock[]): Paragraph[] {
  return blocks.flatMap((block, i) => (i === blocks.length - 1 ? renderBlock(withEndMark(block), true) : renderBlock(block, false)));
}
