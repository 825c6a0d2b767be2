import { CatalogueItemSchema, catalogueEditorRoles, catalogueNames, IdSchema, PaginationSchema, SortOrderSchema, VersionSchema } from '@kntc/domain';
import { findCatalogueItems, getCatalogueItem, listCatalogueItems, saveCatalogueItem } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { protectedProcedure, roleProcedure } from '../trpc.js';

const editor = roleProcedure(catalogueEditorRoles);

/** Danh mục: reference lists every screen reads; administrators and leaders maintain them. */
export const cataloguesRouter = {
  list: protectedProcedure
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
  getOne: protectedProcedure.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getCatalogueItem(ctx.db, input.id)),
  getMany: protectedProcedure.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findCatalogueItems(ctx.db, input.ids)),
  create: editor.input(CatalogueItemSchema).mutation(({ ctx, input }) => saveCatalogueItem(ctx.db, { item: input })),
  update: editor
    .input(z.strictObject({ id: IdSchema, version: VersionSchema, data: CatalogueItemSchema }))
    .mutation(({ ctx, input }) => saveCatalogueItem(ctx.db, { id: input.id, version: input.version, item: input.data })),
} satisfies TRPCRouterRecord;
