import { z } from 'zod';

/** react-admin's pagination, bounded so one request cannot ask for the whole table. */
export const PaginationSchema = z.strictObject({
  page: z.number().int().min(1, { error: 'Trang phải từ 1 trở lên.' }),
  perPage: z.number().int().min(1).max(200, { error: 'Mỗi trang tối đa 200 dòng.' }),
});
export type Pagination = z.output<typeof PaginationSchema>;

export const SortOrderSchema = z.enum(['ASC', 'DESC']);

/** Builds the {pagination, sort, filter} input that react-admin's getList sends. */
export function listInputSchema<S extends z.ZodType, F extends z.ZodType>(sort: S, filter: F) {
  return z.strictObject({
    pagination: PaginationSchema.default({ page: 1, perPage: 25 }),
    sort: sort.optional(),
    filter: filter.optional(),
  });
}

/**
 * A page of a list and how many rows match. `totalAtLeast`: more rows matched than were counted, so
 * `total` is a lower bound (counting every match of a broad filter over a million letters cost
 * 0.1–0.5 s per page view; see docs/benchmarks.md, national scale).
 */
export type ListResult<T> = { data: T[]; total: number; totalAtLeast?: boolean };

/** Lists count their matches exactly up to this many; past it they say "more than". */
export const LIST_COUNT_CAP = 10_000;
