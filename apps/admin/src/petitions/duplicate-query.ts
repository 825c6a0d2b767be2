import { foldVietnamese, normalizeText } from '@kntc/domain';

export type DuplicateQuery = {
  sender: { fullName: string; address: string; idNumber: string | null };
  summary: string;
};

type IntakeValues = {
  sender?: { fullName?: unknown; address?: unknown; idNumber?: unknown } | null;
  summary?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' ? normalizeText(value) : '');

/**
 * What to ask the duplicate finder while a letter is typed, or null while there is too little
 * to match on: the server ignores names under 3 letters and summaries under 5, and a partial
 * ID number would only match by accident. Text is normalised so that typing a trailing space
 * does not fire another request.
 */
export function duplicateQuery(values: IntakeValues): DuplicateQuery | null {
  const fullName = text(values.sender?.fullName);
  const address = text(values.sender?.address);
  const digits = text(values.sender?.idNumber).replace(/\s+/g, '');
  const idNumber = /^(\d{9}|\d{12})$/.test(digits) ? digits : null;
  const summary = text(values.summary);
  const hasName = foldVietnamese(fullName).length >= 3;
  const hasSummary = foldVietnamese(summary).length >= 5;
  if (!hasName && !hasSummary && idNumber === null) return null;
  return { sender: { fullName, address, idNumber }, summary };
}

/** Equal queries give equal keys, so an unchanged query is not sent again. */
export const duplicateQueryKey = (query: DuplicateQuery | null): string => (query ? JSON.stringify(query) : '');

/** "12/2026", " 12 / 2026 " → "12/2026": a receipt number as officials type it. */
export function normalizeReceiptNumber(input: string): string | null {
  const match = /^\s*0*(\d{1,7})\s*\/\s*(\d{4})\s*$/.exec(input);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** The one letter whose receipt number is exactly the one typed (a search for "12/2026" also finds "112/2026"). */
export function findByReceiptNumber<T extends { receiptNumber: string | null }>(letters: readonly T[], input: string): T | undefined {
  const wanted = normalizeReceiptNumber(input);
  return wanted === null ? undefined : letters.find((l) => l.receiptNumber === wanted);
}
