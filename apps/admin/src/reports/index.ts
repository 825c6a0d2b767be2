import AssessmentIcon from '@mui/icons-material/Assessment';
import { ReportPage } from './ReportPage';

// One page: choose a form and a period, read, drill into, export and file it.
export default {
  list: ReportPage,
  icon: AssessmentIcon,
};
