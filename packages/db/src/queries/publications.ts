import { foldVietnamese, notFound, publicationKindLabels, publicationKinds, type IsoDate, type ListResult, type Pagination, type PublicationKind } from '@kntc/domain';
import { and, asc, count, desc, eq, inArray, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { catalogueItems } from '../schema/catalogues.js';
import { agencies } from '../schema/organisation.js';
import { publications } from '../schema/publications.js';
import { escapeLike } from './like.js';

/** The field catalogue's row for a publication's field code, for its public name. */
const fieldOf = and(eq(catalogueItems.catalogue, 'field'), eq(catalogueItems.code, publications.fieldCode));

/** The only columns the public may see: a fixed projection, never `select *`. */
const publicColumns = {
  slug: publications.slug,
  kind: publications.kind,
  title: publications.title,
  summary: publications.summary,
  documentNumber: publications.documentNumber,
  signedDate: publications.signedDate,
  publishedAt: publications.publishedAt,
  postedFrom: publications.postedFrom,
  postedUntil: publications.postedUntil,
  state: publications.state,
  takedownReason: publications.takedownReason,
  takenDownAt: publications.takenDownAt,
  legalBasis: publications.legalBasis,
  fieldCode: publications.fieldCode,
  fieldName: catalogueItems.name,
  agencyId: publications.agencyId,
  agencyName: agencies.name,
};

const selectPublic = (db: Db) =>
  db
    .select(publicColumns)
    .from(publications)
    .innerJoin(agencies, eq(agencies.id, publications.agencyId))
    .leftJoin(catalogueItems, fieldOf);
type PublicRow = Awaited<ReturnType<typeof selectPublic>>[number];

/**
 * Timestamps as ISO strings, and `archived`: a published copy whose posting period is over (its
 * posted-until day has passed in Vietnam) stays listed, marked as archive rather than current.
 */
const toPublic = (row: PublicRow, today: IsoDate) => ({
  ...row,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  takenDownAt: row.takenDownAt?.toISOString() ?? null,
  archived: row.state === 'published' && row.postedUntil !== null && row.postedUntil < today,
});
export type PublicPublicationSummary = ReturnType<typeof toPublic>;

const visibleStates = ['published', 'taken_down'] as const;
const isVisible = inArray(publications.state, [...visibleStates]);

/** The Vietnamese day a publication went up: its posting start, else its publication time in Vietnam. */
const publishedDay = sql<string>`coalesce(${publications.postedFrom}, (${publications.publishedAt} at time zone 'Asia/Ho_Chi_Minh')::date)`;

export type PublicPublicationFilter = {
  q?: string | undefined;
  year?: number | undefined;
  kind?: PublicationKind | undefined;
  /** Agency id. */
  agency?: string | undefined;
  /** A field catalogue code; a parent code also matches its children. */
  field?: string | undefined;
};

function publicWhere(filter: PublicPublicationFilter): SQL | undefined {
  const words = foldVietnamese(filter.q ?? '').split(' ').filter(Boolean);
  const children = sql`(select ${catalogueItems.code} from ${catalogueItems} where ${catalogueItems.catalogue} = 'field' and ${catalogueItems.parentCode} = ${filter.field ?? ''})`;
  return and(
    isVisible,
    ...words.map((w) => like(publications.searchText, `%${escapeLike(w)}%`)),
    filter.year !== undefined ? sql`${publishedDay} between ${`${filter.year}-01-01`}::date and ${`${filter.year}-12-31`}::date` : undefined,
    filter.kind ? eq(publications.kind, filter.kind) : undefined,
    filter.agency ? eq(publications.agencyId, filter.agency) : undefined,
    filter.field ? or(eq(publications.fieldCode, filter.field), sql`${publications.fieldCode} in ${children}`) : undefined,
  );
}

export async function listPublicPublications(
  db: Db,
  params: PublicPublicationFilter & { pagination: Pagination; today: IsoDate },
): Promise<ListResult<PublicPublicationSummary>> {
  const where = publicWhere(params);
  const [rows, [total]] = await Promise.all([
    selectPublic(db)
      .where(where)
      // Slug breaks ties so a page boundary never repeats or skips a publication.
      .orderBy(sql`${publications.publishedAt} desc nulls last`, asc(publications.slug))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(publications).where(where),
  ]);
  return { data: rows.map((r) => toPublic(r, params.today)), total: total?.value ?? 0 };
}

/**
 * One published (or taken-down) publication with its redacted text, by slug. Drafts and approved
 * copies not yet published are not found; the source text lives elsewhere and is never selected.
 */
export async function getPublicPublication(db: Db, slug: string, today: IsoDate) {
  const [row] = await db
    .select({ ...publicColumns, redactedBody: publications.redactedBody })
    .from(publications)
    .innerJoin(agencies, eq(agencies.id, publications.agencyId))
    .leftJoin(catalogueItems, fieldOf)
    .where(and(eq(publications.slug, slug), isVisible));
  if (!row) throw notFound('bản công khai');
  return { ...toPublic(row, today), redactedBody: row.redactedBody };
}
export type PublicPublication = Awaited<ReturnType<typeof getPublicPublication>>;

export type PublicPublicationFacets = {
  /** Years with at least one visible publication, latest first. */
  years: number[];
  kinds: { code: PublicationKind; label: string; count: number }[];
  agencies: { id: string; name: string }[];
  /** Fields some visible publication is filed under, with their parents so a whole group can be chosen. */
  fields: { code: string; name: string; parentCode: string | null }[];
};

/** What the public list can be filtered by: only values that find something. */
export async function publicPublicationFacets(db: Db): Promise<PublicPublicationFacets> {
  const yearExpr = sql<number>`extract(year from ${publishedDay})::int`;
  const [years, kinds, agencyRows, usedFields] = await Promise.all([
    db.selectDistinct({ year: yearExpr }).from(publications).where(and(isVisible, sql`${publishedDay} is not null`)).orderBy(desc(yearExpr)),
    db.select({ code: publications.kind, count: count() }).from(publications).where(isVisible).groupBy(publications.kind),
    db
      .selectDistinct({ id: agencies.id, name: agencies.name })
      .from(publications)
      .innerJoin(agencies, eq(agencies.id, publications.agencyId))
      .where(isVisible)
      .orderBy(asc(agencies.name), asc(agencies.id)),
    db.selectDistinct({ code: publications.fieldCode }).from(publications).where(and(isVisible, isNotNull(publications.fieldCode))),
  ]);
  const used = usedFields.flatMap((f) => (f.code ? [f.code] : []));
  const fieldRows =
    used.length === 0
      ? []
      : await db
          .select({ code: catalogueItems.code, name: catalogueItems.name, parentCode: catalogueItems.parentCode, sortOrder: catalogueItems.sortOrder })
          .from(catalogueItems)
          .where(and(eq(catalogueItems.catalogue, 'field'), or(inArray(catalogueItems.code, used), sql`${catalogueItems.code} in (select ${catalogueItems.parentCode} from ${catalogueItems} where ${catalogueItems.catalogue} = 'field' and ${inArray(catalogueItems.code, used)})`)))
          .orderBy(asc(catalogueItems.sortOrder), asc(catalogueItems.code));
  const countOf = new Map(kinds.map((k) => [k.code, Number(k.count)]));
  return {
    years: years.map((y) => Number(y.year)),
    kinds: publicationKinds.filter((k) => countOf.has(k)).map((k) => ({ code: k, label: publicationKindLabels[k], count: countOf.get(k) ?? 0 })),
    agencies: agencyRows,
    fields: fieldRows.map(({ sortOrder: _s, ...f }) => f),
  };
}
