import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import type { CalendarYearSummary } from '../providers/data-provider';
import { CalendarCreate } from './CalendarCreate';
import { CalendarEdit } from './CalendarEdit';
import { CalendarList } from './CalendarList';
import { CalendarShow } from './CalendarShow';

export default {
  list: CalendarList,
  show: CalendarShow,
  create: CalendarCreate,
  edit: CalendarEdit,
  icon: CalendarMonthIcon,
  recordRepresentation: (record: CalendarYearSummary) => String(record.year),
};
