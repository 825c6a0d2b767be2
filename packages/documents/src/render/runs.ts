import { Paragraph, Tab, TextRun, type IParagraphOptions } from 'docx';
import { FONT, halfPoints } from './layout.js';

export type RunStyle = { points: number; bold?: boolean; italics?: boolean };

const runOptions = (style: RunStyle) => ({ font: FONT, size: halfPoints(style.points), bold: style.bold, italics: style.italics });

export const run = (text: string, style: RunStyle): TextRun => new TextRun({ text, ...runOptions(style) });

/** A real tab element: a "\t" inside a text run is not turned into one. */
export const tab = (style: RunStyle): TextRun => new TextRun({ children: [new Tab()], ...runOptions(style) });

/** A one-run paragraph: most lines of the layout are a single piece of text in a single style. */
export const line = (text: string, style: RunStyle, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph =>
  new Paragraph({ ...options, children: [run(text, style)] });
