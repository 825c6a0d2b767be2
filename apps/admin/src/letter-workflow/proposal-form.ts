import {
  handlingOutcomeLabels,
  handlingOutcomes,
  outcomesNeedingTarget,
  outcomeTargetLabel,
  type HandlingOutcome,
} from '@kntc/domain';
import type { OutcomeOption } from './data-methods';

/** A radio choice: every outcome is listed, those the rules refuse disabled with the reason. */
export type OutcomeChoice = { id: HandlingOutcome; name: string; disabled: boolean; reason: string | null };

export type ProposalFormValues = { outcome: string; target: string; note: string };

const isOutcome = (value: unknown): value is HandlingOutcome =>
  typeof value === 'string' && (handlingOutcomes as readonly string[]).includes(value);

/**
 * All outcomes in the domain's order. One the server did not evaluate counts as refused:
 * the form never offers what the rules have not allowed.
 */
export function outcomeChoices(options: readonly OutcomeOption[]): OutcomeChoice[] {
  const byOutcome = new Map(options.map((o) => [o.outcome, o]));
  return handlingOutcomes.map((id) => {
    const option = byOutcome.get(id);
    const allowed = option?.allowed === true;
    const reason = option && !option.allowed ? option.reason : allowed ? null : 'Chưa xác định được theo phân loại hiện tại.';
    return { id, name: handlingOutcomeLabels[id], disabled: !allowed, reason };
  });
}

/** The competent body's field: its label for the outcome, and whether the document needs it. */
export function targetFieldFor(outcome: unknown): { label: string; isRequired: boolean } | null {
  if (!isOutcome(outcome)) return null;
  const label = outcomeTargetLabel[outcome];
  if (label === undefined) return null;
  return { label, isRequired: outcomesNeedingTarget.includes(outcome) };
}

type Errors = Partial<Record<keyof ProposalFormValues, string>>;

/**
 * Checked before sending, with the server's own wording for a missing body, so the official
 * fixes the form without a round trip; the server checks the same again.
 */
export function validateProposal(values: Partial<ProposalFormValues>, choices: readonly OutcomeChoice[]): Errors {
  const errors: Errors = {};
  const choice = choices.find((c) => c.id === values.outcome);
  if (!choice) errors.outcome = 'Hãy chọn hướng xử lý.';
  else if (choice.disabled) errors.outcome = choice.reason ?? 'Hướng xử lý này không được phép.';
  const field = targetFieldFor(values.outcome);
  const target = values.target?.trim() ?? '';
  if (field?.isRequired && target === '') errors.target = `Hãy ghi ${field.label.toLocaleLowerCase('vi')}.`;
  else if (field && target !== '' && target.length < 3) errors.target = 'Tên cơ quan phải có ít nhất 3 ký tự.';
  else if (target.length > 300) errors.target = 'Tên cơ quan không được quá 300 ký tự.';
  if ((values.note?.trim().length ?? 0) > 2000) errors.note = 'Ghi chú không được quá 2000 ký tự.';
  return errors;
}

/** Only the outcome's own fields are sent: a body typed for another outcome is dropped. */
export function toProposal(values: Partial<ProposalFormValues>): { outcome: string; target?: string; note?: string } {
  const target = targetFieldFor(values.outcome) ? values.target?.trim() : undefined;
  const note = values.note?.trim();
  return { outcome: values.outcome ?? '', ...(target ? { target } : {}), ...(note ? { note } : {}) };
}
