import { foldVietnamese, notFound, type ListResult, type Pagination } from '@kntc/domain';
import { and, count, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../client.js';
import { agencies } from '../schema/organisation.js';
import { publications } from '../schema/publications.js';
import { escapeLike } from './like.js';

/** The only columns the public may see: a fixed projection, never `select *`. */
const publicColumns = {
  slug: publications.slug,
  kind: publications.kind,
  title: publications.title,
  summary: publications.summary,
  documentNumber: publications.documentNumber,
  signedDate: publications.signedDate,
  publishedAt: publications.publishedAt,
  postedUntil: publications.postedUntil,
  state: publications.state,
  takedownReason: publications.takedownReason,
  agencyName: agencies.name,
};

const selectPublic = (db: Db) =>
  db.select(publicColumns).from(publications).innerJoin(agencies, eq(agencies.id, publications.agencyId));

const toPublic = (row: Awaited<ReturnType<typeof selectPublic>>[number]) => ({
  ...row,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});
export type PublicPublicationSummary = ReturnType<typeof toPublic>;

const visibleStates = ['published', 'taken_down'] as const;

export async function listPublicPublications(
  db: Db,
  params: { pagination: Pagination; q?: string | undefined },
): Promise<ListResult<PublicPublicationSummary>> {
  const words = foldVietnamese(params.q ?? '').split(' ').filter(Boolean);
  const where = and(
    inArray(publications.state, [...visibleStates]),
    ...words.map((w) => like(publications.searchText, `%${escapeLike(w)}%`)),
  );
  const [rows, [total]] = await Promise.all([
    selectPublic(db)
      .where(where)
      .orderBy(desc(publications.publishedAt), desc(publications.slug))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(publications).where(where),
  ]);
  return { data: rows.map(toPublic), total: total?.value ?? 0 };
}

/**
 * One published (or taken-down) publication with its redacted text, by slug. Drafts and approved
 * copies not yet published are not found; the source text lives elsewhere and is never selected.
 */
export async function getPublicPublication(db: Db, slug: string) {
  const [row] = await db
    .select({ ...publicColumns, redactedBody: publications.redactedBody })
    .from(publications)
    .innerJoin(agencies, eq(agencies.id, publications.agencyId))
    .where(and(eq(publications.slug, slug), inArray(publications.state, [...visibleStates])));
  if (!row) throw notFound('bản công khai');
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
}
export type PublicPublication = Awaited<ReturnType<typeof getPublicPublication>>;
