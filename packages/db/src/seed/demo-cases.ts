import { shiftDate, type CaseKind, type CaseStatus, type IsoDate } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { caseDeadline, CASE_SERIES } from '../queries/cases.js';
import type { Clock } from '../queries/legal-clock.js';
import { cases } from '../schema/cases.js';
import { counters } from '../schema/counters.js';
import { seedDemoConclusions } from './demo-decisions.js';
import { stableUuid } from './random.js';

type AcceptedLetter = { id: string; kind: string; receivedDate: IsoDate; summary: string; content: string };

/** Where a demo case stands, by how long ago its letter arrived: old ones are closed, recent ones in progress. */
function stageFor(receivedDate: IsoDate, index: number): CaseStatus {
  if (receivedDate < '2026-06-01') return index % 9 === 0 ? 'terminated' : 'closed';
  if (receivedDate < '2026-09-01') return (['issued', 'enforcing', 'closed'] as const)[index % 3] ?? 'closed';
  return (['accepted', 'verifying', 'drafting', 'pending_signature'] as const)[index % 4] ?? 'verifying';
}

/**
 * Cases for the demo letters that were accepted, so the back office has cases at every stage.
 * Stable ids and ON CONFLICT DO NOTHING keep seeding idempotent.
 */
export async function seedDemoCases(
  tx: Db,
  params: { agencyId: string; assigneeId: string; letters: AcceptedLetter[]; clock: Clock; signer: { id: string; name: string; title: string } },
) {
  const perYear = new Map<number, number>();
  const rows = params.letters
    .filter((l): l is AcceptedLetter & { kind: 'complaint' | 'denunciation' } => l.kind === 'complaint' || l.kind === 'denunciation')
    .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.id.localeCompare(b.id))
    .map((letter, index) => {
      const acceptedDate = shiftDate(letter.receivedDate, 7);
      const year = Number(acceptedDate.slice(0, 4));
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      const kind: CaseKind = letter.kind === 'denunciation' ? 'denunciation' : 'complaint_first';
      const status = stageFor(letter.receivedDate, index);
      const due = caseDeadline(params.clock, { kind, acceptedDate, suspendedDays: 0, isComplex: false, isRemote: false, extensions: 0 });
      const signed = status === 'issued' || status === 'enforcing' || status === 'closed';
      return {
        id: stableUuid(`case:${letter.id}`),
        agencyId: params.agencyId,
        petitionId: letter.id,
        caseYear: year,
        caseSeq: seq,
        kind,
        status,
        acceptedDate,
        dueDate: due.due,
        dueRuleVersion: due.ruleVersion,
        assigneeId: params.assigneeId,
        subject: letter.summary,
        ...(signed ? { signedDate: shiftDate(acceptedDate, 25), resultSummary: kind === 'denunciation' ? 'Tố cáo đúng một phần.' : 'Giữ nguyên quyết định bị khiếu nại.' } : {}),
        ...(status === 'closed' || status === 'terminated' ? { closedDate: shiftDate(acceptedDate, 40) } : {}),
      };
    });
  if (rows.length === 0) return 0;
  await tx.insert(cases).values(rows).onConflictDoNothing();
  // The latest signed denunciations get their conclusion issued: ready to publish, and overdue to.
  const content = new Map(params.letters.map((l) => [l.id, l.content]));
  const signedDenunciations = rows
    .flatMap((r) =>
      r.kind === 'denunciation' && r.signedDate
        ? [{ id: r.id, petitionId: r.petitionId, acceptedDate: r.acceptedDate, signedDate: r.signedDate, subject: r.subject, content: content.get(r.petitionId) ?? '' }]
        : [],
    )
    .sort((a, b) => b.signedDate.localeCompare(a.signedDate) || a.id.localeCompare(b.id));
  await seedDemoConclusions(tx, { agencyId: params.agencyId, signerId: params.signer.id, signer: { name: params.signer.name, title: params.signer.title }, cases: signedDenunciations.slice(0, 3) });
  for (const [year, value] of perYear) {
    await tx
      .insert(counters)
      .values({ agencyId: params.agencyId, series: CASE_SERIES, year, value })
      .onConflictDoUpdate({ target: [counters.agencyId, counters.series, counters.year], set: { value: sql`greatest(${counters.value}, ${value})` } });
  }
  return rows.length;
}
