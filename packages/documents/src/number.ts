/** Blank left for the clerk (văn thư) to write the number by hand when a draft is registered and signed. */
export const DRAFT_NUMBER_GAP = '      ';

/**
 * "12" / "05": NĐ 30/2020/NĐ-CP, Phụ lục I asks for a leading zero on numbers below 10, for the same
 * anti-tampering reason as dates.
 */
export const formatDocumentNumber = (num: number): string => String(num).padStart(2, '0');

/** "Số: 12/TB-SNV", or "Số:      /TB-SNV" for a draft that has no number yet. */
export function formatNumberLine(num: number | null, symbol: string): string {
  return num === null ? `Số:${DRAFT_NUMBER_GAP}/${symbol}` : `Số: ${formatDocumentNumber(num)}/${symbol}`;
}
