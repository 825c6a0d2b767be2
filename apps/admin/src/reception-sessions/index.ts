import EventNoteIcon from '@mui/icons-material/EventNote';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { formatViDate } from '@kntc/domain';
import type { ReceptionSession } from './data-methods';
import { ReceptionDirectionList } from './ReceptionDirectionList';
import { ReceptionSessionCreate } from './ReceptionSessionCreate';
import { ReceptionSessionEdit } from './ReceptionSessionEdit';
import { ReceptionSessionList } from './ReceptionSessionList';
import { ReceptionSessionShow } from './ReceptionSessionShow';

/** A session is named by its day. */
const recordRepresentation = (record: ReceptionSession) => `lịch tiếp ngày ${formatViDate(record.date)}`;

export default {
  list: ReceptionSessionList,
  show: ReceptionSessionShow,
  create: ReceptionSessionCreate,
  edit: ReceptionSessionEdit,
  icon: EventNoteIcon,
  recordRepresentation,
};

/** Theo dõi chỉ đạo: the directions of every session, a list only. */
export const receptionDirections = { list: ReceptionDirectionList, icon: AssignmentTurnedInIcon };
