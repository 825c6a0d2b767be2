import {
  competenceLabels,
  eligibilityConditionLabels,
  handlingOutcomeLabels,
  petitionKindLabels,
  petitionMachine,
  petitionStatusLabels,
  type Competence,
  type EligibilityCondition,
  type HandlingOutcome,
  type PetitionKind,
  type PetitionStatus,
} from '@kntc/domain';
import { vietnamTimestamp } from '../layout/timestamp';

/** Events a letter records besides its state machine's steps. */
const otherActionLabels: Record<string, string> = {
  create_draft: 'Lưu nháp',
  update: 'Sửa thông tin đơn',
  repeat_linked: 'Một đơn trùng được gộp vào đơn này',
  repeat_unlinked: 'Một đơn trùng được bỏ gộp khỏi đơn này',
  attachment_added: 'Thêm tệp đính kèm',
  attachment_removed: 'Gỡ tệp đính kèm',
};

const machineLabels: Record<string, string> = Object.fromEntries(petitionMachine.transitions.map((t) => [t.action, t.label]));

/** The event's name in Vietnamese; an action added later shows by its code until it gets one. */
export const timelineActionLabel = (action: string): string => machineLabels[action] ?? otherActionLabels[action] ?? action;

const hasKey = <K extends string>(labels: Record<K, string>, key: unknown): key is K => typeof key === 'string' && Object.hasOwn(labels, key);

export const stateLabel = (state: string | null): string | null =>
  state === null ? null : hasKey<PetitionStatus>(petitionStatusLabels, state) ? petitionStatusLabels[state] : state;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function classificationDetails(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const details: string[] = [];
  if (hasKey<PetitionKind>(petitionKindLabels, value.kind)) details.push(`Loại đơn: ${petitionKindLabels[value.kind]}`);
  if (hasKey<Competence>(competenceLabels, value.competence)) details.push(`Thẩm quyền: ${competenceLabels[value.competence]}`);
  const failed = Array.isArray(value.failedConditions)
    ? value.failedConditions.filter((c): c is EligibilityCondition => hasKey<EligibilityCondition>(eligibilityConditionLabels, c))
    : [];
  details.push(
    failed.length === 0
      ? 'Đủ điều kiện xử lý'
      : `Chưa đáp ứng: ${failed.map((c) => eligibilityConditionLabels[c].toLocaleLowerCase('vi')).join('; ')}`,
  );
  return details;
}

export type TimelineDescription = {
  title: string;
  details: string[];
  /** The official's note; for a file event the note is the file's name, shown as a detail instead. */
  note: string | null;
  /** Another letter the event concerns: the original of a duplicate, or the repeat linked to this one. */
  related: { petitionId: string; label: string } | null;
};

/** Turns an event's payload into lines an official reads; unknown payload shapes add nothing. */
export function describeTimelineEvent(event: { action: string; payload: unknown; note?: string | null }): TimelineDescription {
  const payload = isRecord(event.payload) ? event.payload : {};
  const details: string[] = [];
  let note = event.note ?? null;
  let related: TimelineDescription['related'] = null;
  const relate = (id: unknown, label: string): TimelineDescription['related'] => {
    const petitionId = stringOf(id);
    return petitionId ? { petitionId, label } : null;
  };
  switch (event.action) {
    case 'register': {
      const receipt = stringOf(payload.receiptNumber);
      if (receipt) details.push(`Số tiếp nhận: ${receipt}`);
      break;
    }
    case 'classify':
      details.push(...classificationDetails(payload.classification));
      break;
    case 'propose':
      if (hasKey<HandlingOutcome>(handlingOutcomeLabels, payload.outcome)) details.push(`Hướng xử lý: ${handlingOutcomeLabels[payload.outcome]}`);
      break;
    case 'mark_duplicate':
      related = relate(payload.duplicateOfId, 'Xem đơn gốc');
      break;
    case 'repeat_linked':
    case 'repeat_unlinked':
      related = relate(payload.petitionId, 'Xem đơn trùng');
      break;
    case 'attachment_added':
    case 'attachment_removed':
      if (note) details.push(`Tệp: ${note}`);
      note = null;
      break;
  }
  return { title: timelineActionLabel(event.action), details, note, related };
}

const instantFormat = new Intl.DateTimeFormat('en-GB', { ...vietnamTimestamp, hourCycle: 'h23' });

/**
 * An instant as "dd/mm/yyyy HH:mm" in Vietnam time, whatever the browser's zone; built from
 * parts because locales disagree on the order of date and time.
 */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(instantFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
