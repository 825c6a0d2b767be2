import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import type { ReceptionVisit } from '../providers/data-provider';
import { ReceptionVisitCreate } from './ReceptionVisitCreate';
import { ReceptionVisitEdit } from './ReceptionVisitEdit';
import { ReceptionVisitList } from './ReceptionVisitList';
import { ReceptionVisitShow } from './ReceptionVisitShow';

/** A line of the register is named by its number for the year. */
const recordRepresentation = (record: ReceptionVisit) => `lượt tiếp ${record.visitNumber}`;

export default {
  list: ReceptionVisitList,
  show: ReceptionVisitShow,
  create: ReceptionVisitCreate,
  edit: ReceptionVisitEdit,
  icon: MeetingRoomIcon,
  recordRepresentation,
};
