import { documentAddressee, issueDocument, loadCalendar, schema, type OnApproved, type SessionUser } from '@kntc/db';
import { todayInVietnam } from '@kntc/domain';
import { eq } from 'drizzle-orm';
import type { Context } from '../context.js';
import { outcomeDocument } from './outcome-documents.js';
import { signerOf } from './signer.js';

/** Issues the approved outcome's document in the approval's own transaction, signed by the approver. */
export const issueOutcomeDocument =
  (ctx: Context & { user: SessionUser }): OnApproved =>
  async (tx, petition, caseId) => {
    if (!petition.proposedOutcome) return;
    const today = todayInVietnam(ctx.now());
    const addressee = await documentAddressee(tx, ctx.secrets.vault, petition.id);
    const [opened] = caseId ? await tx.select({ due: schema.cases.dueDate }).from(schema.cases).where(eq(schema.cases.id, caseId)) : [];
    const year = Number(today.slice(0, 4));
    const plan = outcomeDocument(petition.proposedOutcome, {
      petition,
      sender: addressee,
      signer: signerOf(ctx.user),
      today,
      calendar: await loadCalendar(tx, year, year + 1),
      unitName: ctx.user.unitName ?? 'Thanh tra Sở',
      caseDueDate: opened?.due ?? null,
    });
    if (!plan) return;
    await issueDocument(tx, {
      agencyId: ctx.user.agencyId,
      userId: ctx.user.id,
      subjectType: 'petition',
      subjectId: petition.id,
      kind: plan.kind,
      date: today,
      build: plan.build,
      // A document that names a protected sender is stored sealed; others never name them.
      sealWith: plan.namesSender ? addressee.sealWith : undefined,
    });
  };
