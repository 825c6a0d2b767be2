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
  postedUntil: IsoDateSchema.nullable(),
  state: z.enum(['published', 'taken_down']),
  takedownReason: z.string().nullable(),
  agencyName: z.string(),
});
export type PublicPublication = z.output<typeof PublicPublicationSchema>;

export const PublicationsPageSchema = z.object({
  data: z.array(PublicPublicationSchema),
  total: z.number().int().min(0),
});
export type PublicationsPage = z.output<typeof PublicationsPageSchema>;

// Compile-time guards: the schema and the router's types cannot drift apart unnoticed.
type RouterPage = RouterOutputs['public']['publications'];
type Assert<T extends true> = T;
export type _SchemaFitsRouter = Assert<PublicationsPage extends RouterPage ? true : false>;
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

/** Where a publication's own page will live (added with the detail page). */
export const publicationPath = (slug: string): string => `/cong-khai/${encodeURIComponent(slug)}`;
