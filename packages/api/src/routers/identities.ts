import { IdSchema, IdentityRevealReasonSchema as ReasonSchema, notFound } from '@kntc/domain';
import { getDocumentFile, openSealedDocument, revealIdentities } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { assertSecondFactorForReveal } from '../auth/second-factor.js';
import { requireInScope, readScopeFor } from '../authorization/record-scope.js';
import { can } from '../trpc.js';

/**
 * The identity vault's only doors (Luật Tố cáo Đ8.3, Đ9.1b, Đ47–56). Each opening is a mutation,
 * so the audit middleware appends its row (who, when, which letter, the reason) in the same
 * transaction; a failed audit write means nothing was revealed.
 */
export const identitiesRouter = {
  /** The clear identities of a letter's protected sender and co-signers. */
  reveal: can('identity.reveal')
    .input(z.strictObject({ petitionId: IdSchema, reason: ReasonSchema }))
    .mutation(async ({ ctx, input }) => {
      assertSecondFactorForReveal(ctx);
      await requireInScope(ctx, 'petition', input.petitionId, readScopeFor(ctx, 'petition'));
      ctx.audit.note = input.reason;
      ctx.audit.entity = 'petitions';
      ctx.audit.entityId = input.petitionId;
      const signers = await revealIdentities(ctx.db, { agencyId: ctx.user.agencyId, vault: ctx.secrets.vault, petitionId: input.petitionId });
      return { petitionId: input.petitionId, signers };
    }),

  /**
   * A sealed document (one addressed to a protected sender: a receipt, a notice, a decision) as a
   * .docx in base64, for download in the browser.
   */
  openDocument: can('identity.reveal')
    .input(z.strictObject({ documentId: IdSchema, reason: ReasonSchema }))
    .mutation(async ({ ctx, input }) => {
      assertSecondFactorForReveal(ctx);
      const doc = await getDocumentFile(ctx.db, { agencyId: ctx.user.agencyId, id: input.documentId });
      // A reception session's conclusion notice names visitors by pseudonym only and is never sealed.
      if (doc.subjectType === 'reception_session') throw notFound('văn bản');
      await requireInScope(ctx, doc.subjectType, doc.subjectId, readScopeFor(ctx, doc.subjectType));
      ctx.audit.note = input.reason;
      ctx.audit.entity = 'documents';
      ctx.audit.entityId = doc.id;
      return { fileName: doc.fileName, contentBase64: openSealedDocument(ctx.secrets.vault, doc).toString('base64') };
    }),
} satisfies TRPCRouterRecord;
