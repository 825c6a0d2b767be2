import { documentFileName, planYearEndReport, renderDocx, type Signer } from '@kntc/documents';
import { DomainError, formatViDate, planItemStateOn, planItemStatus, planTimeFrameLabels, type IsoDate } from '@kntc/domain';
import { findAgencyHead, findPlanForSummary, getAgencyIssuer, type Db, type PlanItemRecord } from '@kntc/db';

/** "Năm 2024 (theo Công văn số 4305/UBND-TD)" as the plan words it, else from the time frame. */
function timeText(item: PlanItemRecord): string {
  if (item.timeNote) return item.timeNote;
  if (item.timeFrame === 'regular') return planTimeFrameLabels.regular;
  const to = item.timeTo ? formatViDate(item.timeTo) : '';
  return item.timeFrom ? `Từ ngày ${formatViDate(item.timeFrom)} đến ngày ${to}` : `Trước ngày ${to}`;
}

/**
 * Báo cáo kết quả thực hiện kế hoạch năm as a draft .docx: every item with its units, time, status
 * on the report's date and the progress recorded. It is not issued (no number is taken): the office
 * completes the assessment and the clerk numbers it on signing.
 */
export async function planYearEndSummary(
  db: Db,
  params: { agencyId: string; planId: string; date: IsoDate; signer?: { name: string; title: string } | undefined; fallbackSigner: Signer },
): Promise<{ fileName: string; content: Buffer; items: number }> {
  // Everything as of the report's date: a summary dated 20/12 neither calls a December item late nor shows later notes.
  const { plan, items } = await findPlanForSummary(db, { agencyId: params.agencyId, id: params.planId, today: params.date });
  if (items.length === 0) throw new DomainError('VALIDATION', 'Kế hoạch chưa có mục nào để báo cáo.');
  const [agency, head] = await Promise.all([getAgencyIssuer(db, params.agencyId), findAgencyHead(db, params.agencyId)]);
  const signer: Signer = params.signer
    ? { title: params.signer.title.toLocaleUpperCase('vi'), name: params.signer.name }
    : head
      ? { title: (head.position || 'Giám đốc').toLocaleUpperCase('vi'), name: head.fullName }
      : params.fallbackSigner;
  const model = planYearEndReport({
    issuer: agency.issuer,
    number: null,
    symbol: `BC-${agency.shortName}`,
    place: agency.place,
    date: params.date,
    signer,
    filing: 'Lưu: VT, TTr',
    addressee: agency.inspectorate,
    plan: { year: plan.year, number: plan.number, date: plan.date, title: plan.title },
    items: items.map((item) => ({
      code: item.code,
      content: item.content,
      leadText: item.leadText,
      coordinatingText: item.coordinatingText || null,
      responsibilityNote: item.responsibilityNote,
      timeText: timeText(item),
      status: planItemStatus({ ...item, state: planItemStateOn(item, params.date) }, plan.year, params.date),
      dueDate: item.dueDate,
      progress: item.progress
        .filter((n) => n.date <= params.date)
        .reverse()
        .map((n) => ({ date: n.date, note: n.note })),
    })),
  });
  return { fileName: documentFileName(model), content: await renderDocx(model), items: items.length };
}
