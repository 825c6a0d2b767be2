import { defaultCatalogueItems, DomainError, notFound, staleVersion, type CatalogueItem, type CatalogueName } from '@kntc/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { catalogueItems } from '../schema/catalogues.js';

export async function ensureCatalogues(db: Db) {
  await db
    .insert(catalogueItems)
    .values(defaultCatalogueItems.map((i) => ({ ...i })))
    .onConflictDoUpdate({
      target: [catalogueItems.catalogue, catalogueItems.code],
      // A shipped item an administrator never saved (version 1) learns its report content group; edited items are left alone.
      set: { reportContentGroup: sql`excluded.report_content_group` },
      setWhere: sql`${catalogueItems.version} = 1 and ${catalogueItems.reportContentGroup} is null and excluded.report_content_group is not null`,
    });
}

export async function listCatalogueItems(db: Db, catalogue?: CatalogueName) {
  return db
    .select()
    .from(catalogueItems)
    .where(catalogue ? eq(catalogueItems.catalogue, catalogue) : undefined)
    .orderBy(asc(catalogueItems.catalogue), asc(catalogueItems.sortOrder), asc(catalogueItems.code));
}

export async function getCatalogueItem(db: Db, id: string) {
  const [row] = await db.select().from(catalogueItems).where(eq(catalogueItems.id, id));
  if (!row) throw notFound('mục danh mục');
  return row;
}

export async function findCatalogueItems(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(catalogueItems).where(inArray(catalogueItems.id, ids));
}

/** A letter's field must be an active item of the 'field' catalogue. */
export async function assertActiveField(db: Db, code: string | null) {
  if (!code) return;
  const [row] = await db
    .select({ id: catalogueItems.id })
    .from(catalogueItems)
    .where(and(eq(catalogueItems.catalogue, 'field'), eq(catalogueItems.code, code), eq(catalogueItems.isActive, true)));
  if (!row) throw new DomainError('VALIDATION', 'Lĩnh vực không có trong danh mục.', { fieldCode: 'Hãy chọn lĩnh vực trong danh mục.' });
}

export async function saveCatalogueItem(db: Db, params: { id?: string; version?: number; item: CatalogueItem }) {
  return db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: catalogueItems.id })
      .from(catalogueItems)
      .where(and(eq(catalogueItems.catalogue, params.item.catalogue), eq(catalogueItems.code, params.item.code)));
    if (clash && clash.id !== params.id) throw new DomainError('VALIDATION', 'Mã này đã có trong danh mục.', { code: 'Mã này đã có trong danh mục.' });
    if (params.item.parentCode) {
      if (params.item.parentCode === params.item.code) {
        throw new DomainError('VALIDATION', 'Một mục không thể là mục cha của chính nó.', { parentCode: 'Hãy chọn mục cha khác.' });
      }
      const [parent] = await tx
        .select({ parentCode: catalogueItems.parentCode })
        .from(catalogueItems)
        .where(and(eq(catalogueItems.catalogue, params.item.catalogue), eq(catalogueItems.code, params.item.parentCode)));
      // Two levels (group › item) is all the national catalogues use; a deeper tree could also loop.
      if (!parent || parent.parentCode) {
        throw new DomainError('VALIDATION', 'Mục cha phải là một nhóm cấp trên trong cùng danh mục.', { parentCode: 'Hãy chọn một nhóm cấp trên trong cùng danh mục.' });
      }
    }
    if (!params.id) {
      const [row] = await tx.insert(catalogueItems).values(params.item).returning();
      if (!row) throw new Error('catalogue insert returned no row');
      return row;
    }
    const [current] = await tx.select().from(catalogueItems).where(eq(catalogueItems.id, params.id)).for('update');
    if (!current) throw notFound('mục danh mục');
    if (params.version !== undefined && params.version !== current.version) throw staleVersion();
    // Letters and child items store the code: it and its catalogue never change once created.
    if (current.catalogue !== params.item.catalogue || current.code !== params.item.code) {
      throw new DomainError('VALIDATION', 'Không được đổi danh mục hoặc mã của một mục đã có; hãy tạo mục mới và ngừng sử dụng mục cũ.', { code: 'Mã không được thay đổi.' });
    }
    const [row] = await tx
      .update(catalogueItems)
      .set({ ...params.item, version: sql`${catalogueItems.version} + 1`, updatedAt: new Date() })
      .where(eq(catalogueItems.id, params.id))
      .returning();
    if (!row) throw notFound('mục danh mục');
    return row;
  });
}
