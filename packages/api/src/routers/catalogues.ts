import { CatalogueItemSchema, catalogueNames, IdSchema, PaginationSchema, SortOrderSchema, VersionSchema } from '@kntc/domain';
import { findCatalogueItems, getCatalogueItem, listCatalogueItems, saveCatalogueItem } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { can, signedInProcedure } from '../trpc.js';

const editor = can('catalogue.write');

/** Danh mục: reference lists every form reads (so any signed-in official); administrators and leaders maintain them. */
export const cataloguesRouter = {
  list: signedInProcedure
    .input(
      z
        .strictObject({
          pagination: PaginationSchema.optional(),
          sort: z.strictObject({ field: z.string().max(50), order: SortOrderSchema }).optional(),
          filter: z.strictObject({ catalogue: z.enum(catalogueNames).optional() }).optional(),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      const data = await listCatalogueItems(ctx.db, input?.filter?.catalogue);
      return { data, total: data.length };
    }),
  getOne: signedInProcedure.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getCatalogueItem(ctx.db, input.id)),
  getMany: signedInProcedure.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findCatalogueItems(ctx.db, input.ids)),
  create: editor.input(CatalogueItemSchema).mutation(({ ctx, input }) => saveCatalogueItem(ctx.db, { item: input })),
  update: editor
    .input(z.strictObject({ id: IdSchema, version: VersionSchema, data: CatalogueItemSchema }))
    .mutation(({ ctx, input }) => saveCatalogueItem(ctx.db, { id: input.id, version: input.version, item: input.data })),
} satisfies TRPCRouterRecord;
