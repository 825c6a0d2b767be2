import { normalizeReceiptNumber } from '../petitions/duplicate-query';
import type { DuplicateSuggestion } from './data-methods';

const MIN_REASON = 5;
const MAX_NOTE = 2000;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The API's own limits for a send-back reason (petitions.reject: at least 5 characters). */
export function validateRejection(values: { note?: unknown }): { note?: string } {
  const note = trimmed(values.note);
  if (note.length < MIN_REASON) return { note: 'Hãy ghi lý do trả lại đề xuất (ít nhất 5 ký tự).' };
  if (note.length > MAX_NOTE) return { note: 'Lý do không được quá 2000 ký tự.' };
  return {};
}

/** Linking needs an original: one of the suggestions, or a receipt number typed by hand. */
export function validateDuplicateLink(values: { duplicateOfId?: unknown; receiptNumber?: unknown; note?: unknown }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (trimmed(values.duplicateOfId) === '' && trimmed(values.receiptNumber) === '') {
    errors.duplicateOfId = 'Hãy chọn đơn gốc trong danh sách hoặc nhập số tiếp nhận của đơn gốc.';
  }
  if (trimmed(values.receiptNumber) !== '' && normalizeReceiptNumber(trimmed(values.receiptNumber)) === null) {
    errors.receiptNumber = 'Số tiếp nhận có dạng số/năm, ví dụ 12/2026.';
  }
  if (trimmed(values.note).length > MAX_NOTE) errors.note = 'Ghi chú không được quá 2000 ký tự.';
  return errors;
}

export type DuplicateTargetChoice = { id: string; suggestion: DuplicateSuggestion; disabled: boolean; reason: string | null };

/**
 * The suggestions an official may link to. A letter that is itself a repeat cannot be an
 * original (the API refuses it): it stays listed, disabled, with the reason.
 */
export function duplicateTargetChoices(suggestions: readonly DuplicateSuggestion[]): DuplicateTargetChoice[] {
  return suggestions.map((suggestion) =>
    suggestion.duplicateOfId
      ? { id: suggestion.id, suggestion, disabled: true, reason: 'Đơn này cũng là đơn trùng; hãy gộp vào đơn gốc của nó.' }
      : { id: suggestion.id, suggestion, disabled: false, reason: null },
  );
}
