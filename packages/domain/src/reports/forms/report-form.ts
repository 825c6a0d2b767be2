import { z } from 'zod';
import { confidenceMarks, type ConfidenceMark } from '../../legal-clock/rules.js';
import { ReportMeasureSchema, type ReportMeasure } from '../measures.js';

/** A numbered column of a form: what it says, what it counts, and how sure we are of its definition. */
export interface ReportLeafColumn {
  number: number;
  header: string;
  measure: ReportMeasure;
  confidence: ConfidenceMark;
  note?: string | undefined;
}

/** A grouped header above several columns ("Tiếp thường xuyên" over visits, persons, cases…). */
export interface ReportColumnGroup {
  header: string;
  children: ReportColumnNode[];
}

export type ReportColumnNode = ReportLeafColumn | ReportColumnGroup;

export const isColumnGroup = (node: ReportColumnNode): node is ReportColumnGroup => 'children' in node;

const header = z.string({ error: 'Cần nhập tiêu đề cột.' }).trim().min(1, 'Cần nhập tiêu đề cột.');

const ReportLeafColumnSchema = z.strictObject({
  number: z.number({ error: 'Số thứ tự cột phải là số.' }).int().min(1, 'Số thứ tự cột phải từ 1 trở lên.'),
  header,
  measure: ReportMeasureSchema,
  confidence: z.enum(confidenceMarks, { error: 'Mức xác minh không hợp lệ.' }),
  note: z.string().optional(),
});

export const ReportColumnNodeSchema: z.ZodType<ReportColumnNode> = z.lazy(() =>
  z.union([ReportLeafColumnSchema, z.strictObject({ header, children: z.array(ReportColumnNodeSchema).min(1, 'Nhóm cột phải có ít nhất một cột.') })]),
);

/** The numbered columns left to right, as the table body lays them out. */
export const leafColumns = (nodes: readonly ReportColumnNode[]): ReportLeafColumn[] =>
  nodes.flatMap((node) => (isColumnGroup(node) ? leafColumns(node.children) : [node]));

/** Rows: one per unit (đơn vị) with a total row, or the total row alone. */
export const reportRowModes = ['by_unit', 'total'] as const;
export type ReportRowMode = (typeof reportRowModes)[number];

/** Biểu mẫu báo cáo, as data. Columns are numbered 1, 2, 3… left to right, as the printed form numbers them. */
export const ReportFormSchema = z
  .strictObject({
    code: z.string().trim().min(1, 'Cần nhập mã biểu mẫu.'),
    title: z.string().trim().min(1, 'Cần nhập tên biểu mẫu.'),
    basis: z.string().trim().min(1, 'Cần nhập căn cứ.'),
    confidence: z.enum(confidenceMarks),
    rows: z.enum(reportRowModes),
    columns: z.array(ReportColumnNodeSchema).min(1, 'Biểu mẫu phải có ít nhất một cột.'),
  })
  .superRefine((form, ctx) => {
    leafColumns(form.columns).forEach((column, i) => {
      if (column.number !== i + 1) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: `Cột "${column.header}" phải mang số ${String(i + 1)}, đang là ${String(column.number)}.` });
      }
    });
  });
export type ReportForm = z.infer<typeof ReportFormSchema>;
