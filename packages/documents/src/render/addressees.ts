import { AlignmentType, Paragraph, TabStopType } from 'docx';
import { mm, size } from './layout.js';
import { line, run, tab } from './runs.js';

const LABEL = 'Kính gửi:';
/** Where "Kính gửi:" starts when there are several addressees, and where their list starts. */
const LABEL_START = mm(45);
const LIST_START = LABEL_START + mm(25);

const clean = (s: string): string => s.trim().replace(/[;.,]+$/u, '');

/**
 * "Kính gửi: X." centred for one addressee; for several, "Kính gửi:" followed by a dashed list aligned
 * under each other, each line ending ";" and the last ".".
 */
export function renderAddressees(addressees: readonly string[], hasTitle: boolean): Paragraph[] {
  const style = { points: size.body };
  // Under a title the rule already leaves room; a công văn needs the gap below its header.
  const before = hasTitle ? 0 : 360;
  const names = addressees.map(clean);
  const [only] = names;
  if (only === undefined) return [];
  if (names.length === 1) return [line(`${LABEL} ${only}.`, style, { alignment: AlignmentType.CENTER, spacing: { before, after: 120 } })];
  return names.map((name, i) => {
    const text = `- ${name}${i === names.length - 1 ? '.' : ';'}`;
    const spacing = { before: i === 0 ? before : 0, after: i === names.length - 1 ? 120 : 0 };
    if (i > 0) return line(text, style, { indent: { left: LIST_START }, spacing });
    return new Paragraph({
      indent: { left: LIST_START, hanging: LIST_START - LABEL_START },
      tabStops: [{ type: TabStopType.LEFT, position: LIST_START }],
      spacing,
      children: [run(LABEL, style), tab(style), run(text, style)],
    });
  });
}
