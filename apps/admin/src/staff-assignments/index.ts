import BadgeIcon from '@mui/icons-material/Badge';
import type { StaffAssignment } from '../office/data-methods';
import { StaffAssignmentCreate } from './StaffAssignmentCreate';
import { StaffAssignmentEdit } from './StaffAssignmentEdit';
import { StaffAssignmentList } from './StaffAssignmentList';
import { StaffAssignmentShow } from './StaffAssignmentShow';

/** An assignment period is named by its official. */
const recordRepresentation = (record: StaffAssignment) => record.fullName;

export default {
  list: StaffAssignmentList,
  show: StaffAssignmentShow,
  create: StaffAssignmentCreate,
  edit: StaffAssignmentEdit,
  icon: BadgeIcon,
  recordRepresentation,
};
