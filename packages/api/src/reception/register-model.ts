import {
  headReceptionModeLabels,
  identityPaperLabels,
  receptionMatterKindLabels,
  receptionModeLabels,
  receptionOutcomeLabels,
  receptionVisitKindLabels,
  type IsoDate,
} from '@kntc/domain';
import type { ReceptionVisitRecord } from '@kntc/db';

/** dd/mm/yyyy, read off the legal date's digits (no Date object, no time zone). */
export const vietnameseDate = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

type Column = { header: string; widthMm: number; value: (v: ReceptionVisitRecord, index: number) => string | number };

const visitorsText = (v: ReceptionVisitRecord) =>
  v.visitors
    .map((p) => {
      // A protected visitor is printed by pseudonym: the register travels further than the vault.
      const details = [p.address, p.idNumber ? `CCCD/CMND ${p.idNumber}` : '', identityPaperLabels[p.identityPaper]].filter(Boolean).join('; ');
      return `${p.fullName}${p.isRepresentative ? ' (đại diện)' : ''}${details ? ` – ${details}` : ''}`;
    })
    .join('\n');

const resultText = (v: ReceptionVisitRecord) =>
  [
    receptionOutcomeLabels[v.outcome],
    v.refusalGroundText ? `Căn cứ: ${v.refusalGroundText}` : '',
    v.letter?.receiptNumber ? `Đơn số ${v.letter.receiptNumber}` : '',
    v.outcomeNote ?? '',
  ]
    .filter(Boolean)
    .join('\n');

const kindText = (v: ReceptionVisitRecord) =>
  [receptionVisitKindLabels[v.kind], v.headReception ? headReceptionModeLabels[v.headReception] : '', receptionModeLabels[v.mode]].filter(Boolean).join('\n');

/**
 * The columns of the sổ tiếp công dân (Luật TCD Đ25.2; TT 06/2014 Mẫu 06-TCD): number, date,
 * who came, how many, the matter, its history elsewhere, the request, the handling, first or
 * repeat, the reply deadline and the receiving official.
 */
export const registerColumns: Column[] = [
  { header: 'STT', widthMm: 9, value: (_, i) => i + 1 },
  { header: 'Số lượt tiếp', widthMm: 14, value: (v) => v.visitNumber },
  { header: 'Ngày tiếp', widthMm: 17, value: (v) => vietnameseDate(v.visitDate) },
  { header: 'Hình thức tiếp', widthMm: 22, value: kindText },
  { header: 'Họ tên, địa chỉ, giấy tờ của người đến', widthMm: 40, value: visitorsText },
  { header: 'Số người', widthMm: 11, value: (v) => v.headcount },
  { header: 'Đoàn đông người', widthMm: 11, value: (v) => (v.isGroup ? 'x' : '') },
  { header: 'Nội dung vụ việc', widthMm: 38, value: (v) => `${receptionMatterKindLabels[v.matterKind]}: ${v.summary}` },
  { header: 'Quá trình giải quyết của cơ quan có thẩm quyền', widthMm: 26, value: (v) => v.history ?? '' },
  { header: 'Yêu cầu của công dân', widthMm: 24, value: (v) => v.request },
  { header: 'Kết quả tiếp nhận, xử lý', widthMm: 30, value: resultText },
  { header: 'Lần đầu / tái diễn', widthMm: 13, value: (v) => (v.isRepeat ? 'Tái diễn' : 'Lần đầu') },
  { header: 'Hạn trả lời', widthMm: 16, value: (v) => vietnameseDate(v.replyDueDate) },
  { header: 'Cán bộ tiếp', widthMm: 20, value: (v) => v.receivingOfficialName },
];

export type RegisterTotals = { visits: number; persons: number; groups: number; firstTime: number; repeat: number; lettersReceived: number; refused: number };

export function registerTotals(visits: readonly ReceptionVisitRecord[]): RegisterTotals {
  return {
    visits: visits.length,
    persons: visits.reduce((sum, v) => sum + v.headcount, 0),
    groups: visits.filter((v) => v.isGroup).length,
    firstTime: visits.filter((v) => !v.isRepeat).length,
    repeat: visits.filter((v) => v.isRepeat).length,
    lettersReceived: visits.filter((v) => v.outcome === 'letter_received').length,
    refused: visits.filter((v) => v.outcome === 'refused').length,
  };
}

/** The totals row, aligned under the columns it sums. */
export function totalsRow(t: RegisterTotals): (string | number)[] {
  const cells: (string | number)[] = registerColumns.map(() => '');
  const at = (header: string, value: string | number) => {
    const index = registerColumns.findIndex((c) => c.header === header);
    if (index >= 0) cells[index] = value;
  };
  at('STT', 'Tổng cộng');
  at('Số lượt tiếp', `${t.visits} lượt`);
  at('Số người', t.persons);
  at('Đoàn đông người', t.groups);
  at('Kết quả tiếp nhận, xử lý', `Tiếp nhận ${t.lettersReceived} đơn; từ chối ${t.refused} lượt`);
  at('Lần đầu / tái diễn', `Lần đầu ${t.firstTime}; tái diễn ${t.repeat}`);
  return cells;
}

export const periodText = (from: IsoDate, to: IsoDate) => `Từ ngày ${vietnameseDate(from)} đến ngày ${vietnameseDate(to)}`;
