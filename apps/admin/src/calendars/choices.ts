import { calendarEntryKindLabels, calendarEntryKinds } from '@kntc/domain';

export const entryKindChoices = calendarEntryKinds.map((id) => ({ id, name: calendarEntryKindLabels[id] }));
