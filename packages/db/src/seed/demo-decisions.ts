import { denunciationConclusion, documentFileName, formatShortDate, renderDocx } from '@kntc/documents';
import type { IsoDate } from '@kntc/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { getAgencyIssuer } from '../queries/documents.js';
import { cases } from '../schema/cases.js';
import { counters } from '../schema/counters.js';
import { documents } from '../schema/documents.js';
import { stableUuid } from './random.js';

type SignedDemoCase = { id: string; petitionId: string; acceptedDate: IsoDate; signedDate: IsoDate; subject: string; content: string };

/** "Tôi tố cáo ông Lê Văn Nam, Trưởng phòng Phòng Nội vụ huyện Đăk Hà, có hành vi …": the accused as the demo letter names them. */
function accusedOf(content: string) {
  const m = /tố cáo ông ([^,]+), ([^,]+), có hành vi ([^.]+)\./u.exec(content);
  if (!m?.[1] || !m[2]) return { accused: { name: 'Người bị tố cáo' }, act: 'vi phạm pháp luật' };
  return { accused: { salutation: 'ông' as const, name: m[1], position: m[2] }, act: m[3] ?? 'vi phạm pháp luật' };
}

/**
 * The signed conclusion (.docx) of the demo's signed denunciation cases, numbered in the KL series
 * of their year, so "Lập bản công khai" works on a fresh demo database. Stable ids and ON CONFLICT
 * DO NOTHING keep seeding idempotent; a case seeded before these documents existed gets its number.
 */
export async function seedDemoConclusions(tx: Db, params: { agencyId: string; signerId: string; signer: { name: string; title: string }; cases: SignedDemoCase[] }) {
  if (params.cases.length === 0) return 0;
  const agency = await getAgencyIssuer(tx, params.agencyId);
  const symbol = `KL-${agency.shortName}`;
  const perYear = new Map<number, number>();
  for (const c of [...params.cases].sort((a, b) => a.signedDate.localeCompare(b.signedDate) || a.id.localeCompare(b.id))) {
    const year = Number(c.signedDate.slice(0, 4));
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const { accused, act } = accusedOf(c.content);
    const model = denunciationConclusion({
      issuer: agency.issuer,
      number: seq,
      symbol,
      place: agency.place,
      date: c.signedDate,
      signer: params.signer,
      acceptanceDecision: `Quyết định thụ lý tố cáo ngày ${formatShortDate(c.acceptedDate)}`,
      verificationReport: `Báo cáo kết quả xác minh nội dung tố cáo ngày ${formatShortDate(c.signedDate)} của Tổ xác minh`,
      accused,
      findings: [{ allegation: `${c.subject}.`, finding: `Qua làm việc với người bị tố cáo và đối chiếu hồ sơ, có một phần hành vi ${act} như nội dung tố cáo.`, verdict: 'partly_true' }],
      legalGrounds: ['Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019)', 'Luật Viên chức năm 2010 (sửa đổi, bổ sung năm 2019)'],
      conclusion: 'Nội dung tố cáo là tố cáo đúng một phần.',
      measures: ['Yêu cầu người bị tố cáo kiểm điểm, rút kinh nghiệm.'],
    });
    await tx
      .insert(documents)
      .values({
        id: stableUuid(`document:conclusion:${c.id}`),
        agencyId: params.agencyId,
        subjectType: 'case',
        subjectId: c.id,
        kind: 'denunciation_conclusion',
        year,
        seq,
        symbol,
        documentDate: c.signedDate,
        title: [model.title, model.subject].filter(Boolean).join(' – '),
        fileName: documentFileName(model),
        content: await renderDocx(model),
        signerName: params.signer.name,
        createdBy: params.signerId,
      })
      .onConflictDoNothing();
    await tx
      .update(cases)
      .set({ decisionNumber: `${String(seq).padStart(2, '0')}/${symbol}`, decisionYear: year, decisionSeq: seq })
      .where(and(eq(cases.id, c.id), isNull(cases.decisionNumber)));
  }
  for (const [year, value] of perYear) {
    await tx
      .insert(counters)
      .values({ agencyId: params.agencyId, series: `document:${symbol}`, year, value })
      .onConflictDoUpdate({ target: [counters.agencyId, counters.series, counters.year], set: { value: sql`greatest(${counters.value}, ${value})` } });
  }
  return params.cases.length;
}
