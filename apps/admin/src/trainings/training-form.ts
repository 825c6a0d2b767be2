import { TrainingDataSchema, todayInVietnam } from '@kntc/domain';
import { blankToNull, blanksToNull, schemaResolver } from '../forms/schema-resolver';

type Values = Record<string, unknown>;

/** The documents covered, one per line in a text box: the list shows as lines... */
export const documentsToText = (value: unknown): string => (Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : '');

/** ...and lines go back as they are typed (an empty line may be the one being written); blanks drop on save. */
export const textToDocuments = (text: unknown): string[] => (typeof text === 'string' ? text.split('\n') : []);

const isPlainObject = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One attendee as the API takes it: an official is named by their account (their name is the
 * account's, so none is sent), anyone else by the name typed.
 */
export function prepareAttendee(row: Values): Values {
  const userId = blankToNull(row.userId);
  return {
    userId,
    fullName: userId === null ? blankToNull(row.fullName) : null,
    organisation: blankToNull(row.organisation),
    attended: row.attended !== false,
  };
}

export function prepareTraining(values: Values): Values {
  const documents = Array.isArray(values.legalDocuments) ? values.legalDocuments : [];
  return {
    ...blanksToNull(values, ['dateTo', 'planItemId', 'materials', 'note']),
    legalDocuments: documents.filter((d): d is string => typeof d === 'string').map((d) => d.trim()).filter((d) => d !== ''),
    attendees: Array.isArray(values.attendees) ? values.attendees.filter(isPlainObject).map(prepareAttendee) : [],
  };
}

export const trainingResolver = schemaResolver(TrainingDataSchema, prepareTraining);

export const blankAttendee = () => ({ userId: null, fullName: '', organisation: '', attended: true });

export const trainingDefaults = () => ({
  kind: 'training',
  dateFrom: todayInVietnam(),
  dateTo: null,
  legalDocuments: [],
  planItemId: null,
  attendees: [blankAttendee()],
});
