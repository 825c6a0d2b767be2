import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { z } from 'zod';

export type PublicationsInput = RouterInputs['public']['publications'];

export const publicationKinds = ['denunciation_conclusion', 'complaint_decision', 'inspection_conclusion'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What the site accepts from `public.publications`. Checked at the boundary so a
 * malformed answer becomes a 503 before rendering starts, not a page cut off mid-stream.
 */
export const PublicPublicationSchema = z.object({
  slug: z.string().min(1),
  kind: z.enum(publicationKinds),
  title: z.string(),
  summary: z.string(),
  documentNumber: z.string().nullable(),
  signedDate: IsoDateSchema,
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  postedFrom: IsoDateSchema.nullable(),
  postedUntil: IsoDateSchema.nullable(),
  state: z.enum(['published', 'taken_down']),
  takedownReason: z.string().nullable(),
  takenDownAt: z.iso.datetime({ offset: true }).nullable(),
  agencyName: z.string(),
  fieldName: z.string().nullable(),
  legalBasis: z.string(),
  /** The legal posting period is over; the text stays readable as an archive. */
  archived: z.boolean(),
});
export type PublicPublication = z.output<typeof PublicPublicationSchema>;

/** One publication with the approved redacted text (paragraphs separated by newlines). */
export const PublicationDetailSchema = PublicPublicationSchema.extend({ redactedBody: z.string() });
export type PublicationDetail = z.output<typeof PublicationDetailSchema>;

/** The choices the list's filter form offers, as `public.publicationFacets` returns them. */
export const PublicationFacetsSchema = z.object({
  years: z.array(z.number().int()),
  kinds: z.array(z.object({ code: z.string(), label: z.string(), count: z.number().int().min(0) })),
  agencies: z.array(z.object({ id: z.string(), name: z.string() })),
  fields: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type PublicationFacets = z.output<typeof PublicationFacetsSchema>;

export const PublicationsPageSchema = z.object({
  data: z.array(PublicPublicationSchema),
  total: z.number().int().min(0),
});
export type PublicationsPage = z.output<typeof PublicationsPageSchema>;

// Compile-time guards: every field the schemas require, the router provides with a fitting type,
// so the schemas and the router cannot drift apart unnoticed (extra router fields are ignored).
type Assert<T extends true> = T;
type RouterPage = RouterOutputs['public']['publications'];
// The database type of `state` names every state; the public queries only return the two visible
// ones, which the schema checks at run time.
type WithoutState<T> = Omit<T, 'state'>;
export type _RouterFitsPageSchema = Assert<
  WithoutState<RouterPage['data'][number]> extends WithoutState<PublicPublication> ? true : false
>;
export type _RouterFitsDetailSchema = Assert<
  WithoutState<RouterOutputs['public']['publication']> extends WithoutState<PublicationDetail> ? true : false
>;
export type _RouterFitsFacetsSchema = Assert<RouterOutputs['public']['publicationFacets'] extends PublicationFacets ? true : false>;
export type _KindsMatchRouter = Assert<
  [RouterPage['data'][number]['kind']] extends [PublicationKind]
    ? [PublicationKind] extends [RouterPage['data'][number]['kind']]
      ? true
      : false
    : false
>;

/** Names of the published documents as the laws call them. */
export const publicationKindLabels: Record<PublicationKind, string> = {
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
  complaint_decision: 'Quyết định giải quyết khiếu nại',
  inspection_conclusion: 'Kết luận thanh tra',
};

export const publicationKindLabel = (kind: PublicationKind): string => publicationKindLabels[kind];

export const isTakenDown = (p: Pick<PublicPublication, 'state'>): boolean => p.state === 'taken_down';

/** A publication's own page. */
export const publicationPath = (slug: string): string => `/cong-khai/${encodeURIComponent(slug)}`;

/** The redacted text as paragraphs: one per non-blank line. */
export const paragraphsOf = (body: string): string[] =>
  body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
